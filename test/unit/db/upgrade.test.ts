import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CreditMeterDb, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/database';
import { lastEvent, latestSnapshot, setActualCost } from '../../../lib/db/repo';
import { appTurns } from '../../../lib/db/turns';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Opens a database exactly as release 1 did and seeds it. */
async function seedV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  expect(v1.verno).toBe(1);
  await v1.table('snapshots').bulkAdd([
    {
      workspaceId: 'ws1',
      at: 1000,
      source: 'api',
      message: { limit: 250, used: 5, remaining: 245, bonus: null },
      integration: null,
      daily: null,
      tier: 'builder',
      periodEnd: 5000,
    },
    {
      workspaceId: 'ws1',
      at: 2000,
      source: 'page',
      message: { limit: 250, used: 6, remaining: 244, bonus: null },
      integration: null,
      daily: { limit: 5, used: 1 },
      tier: 'builder',
      periodEnd: 5000,
    },
  ]);
  await v1.table('ledger').add({
    sendId: 's1',
    at: 1500,
    workspaceId: 'ws1',
    appId: 'app1',
    mode: 'build',
    scope: 'simple',
    estimate: 0.5,
    low: 0.3,
    high: 1,
    actual: null,
    actualSource: null,
    repliedAt: null,
    excerpt: 'make it blue',
  });
  await v1.table('events').bulkAdd([
    { workspaceId: 'ws1', at: 10, kind: 'reset', key: 'daily', detail: 'old' },
    { workspaceId: 'ws1', at: 20, kind: 'reset', key: 'daily', detail: 'new' },
  ]);
  v1.close();
}

describe('schema upgrade v1 → v3', () => {
  it('keeps every row, fills the new snapshot fields, and serves the new indexes', async () => {
    const name = 'upgrade-' + Math.random().toString(36).slice(2);
    names.push(name);
    await seedV1(name);

    const db = new CreditMeterDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.snapshots.count()).toBe(2);
    const snaps = await db.snapshots.orderBy('at').toArray();
    expect(snaps.map((s) => [s.periodStart, s.dailyResetAt])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(snaps[1]).toMatchObject({ source: 'page', daily: { limit: 5, used: 1 }, periodEnd: 5000 });
    expect((await latestSnapshot(db, 'ws1'))?.at).toBe(2000);

    // [workspaceId+key+at]
    expect((await lastEvent(db, 'ws1', 'daily'))?.detail).toBe('new');
    // v3: a v1 row without a reply is a turn still sent, started by a chat message.
    expect(await db.ledger.get(1)).toMatchObject({
      start: 'message',
      state: 'sent',
      runningAt: 1500,
      settledAt: null,
      settledBy: null,
      messageId: null,
    });
    // [appId+at] (v3) and [workspaceId+appId+at] (v2) on a row written by v1
    expect((await appTurns(db, 'app1', 1600)).map((r) => r.sendId)).toEqual(['s1']);
    expect(
      await setActualCost(db, { workspaceId: 'ws1', appId: 'app1', cost: 0.6, source: 'builder', at: 1700 }),
    ).toBe(1);
    expect(await db.ledger.get(1)).toMatchObject({ excerpt: 'make it blue', actual: 0.6 });
    db.close();
  });

  it('a replied v2 row becomes a settled turn', async () => {
    const name = 'upgrade2-' + Math.random().toString(36).slice(2);
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('ledger').add({
      sendId: 's2',
      at: 100,
      workspaceId: 'ws1',
      appId: 'app2',
      mode: 'discuss',
      scope: 'discuss',
      estimate: 0.3,
      low: 0.3,
      high: 0.3,
      actual: 0.3,
      actualSource: 'balanceDelta',
      repliedAt: 400,
      excerpt: null,
    });
    v2.close();
    const db = new CreditMeterDb(name);
    await db.open();
    expect(await db.ledger.get(1)).toMatchObject({
      state: 'settled',
      settledAt: 400,
      settledBy: 'chatResponse',
      actual: 0.3,
    });
    db.close();
  });

  it('opens a fresh database straight at v3', async () => {
    const name = 'fresh-' + Math.random().toString(36).slice(2);
    names.push(name);
    const db = new CreditMeterDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'ledger', 'snapshots']);
    db.close();
  });
});
