import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CreditMeterDb, SCHEMA_V1 } from '../../../lib/db/database';
import { lastEvent, latestSnapshot, markReplied, setActualCost } from '../../../lib/db/repo';

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

describe('schema upgrade v1 → v2', () => {
  it('keeps every row, fills the new snapshot fields, and serves the new indexes', async () => {
    const name = 'upgrade-' + Math.random().toString(36).slice(2);
    names.push(name);
    await seedV1(name);

    const db = new CreditMeterDb(name);
    await db.open();
    expect(db.verno).toBe(2);
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
    // [workspaceId+appId+at] on a row written by v1
    await markReplied(db, 'ws1', 'app1', 1600);
    expect(
      await setActualCost(db, { workspaceId: 'ws1', appId: 'app1', cost: 0.6, source: 'builder', at: 1700 }),
    ).toBe(1);
    expect(await db.ledger.get(1)).toMatchObject({ excerpt: 'make it blue', repliedAt: 1600, actual: 0.6 });
    db.close();
  });

  it('opens a fresh database straight at v2', async () => {
    const name = 'fresh-' + Math.random().toString(36).slice(2);
    names.push(name);
    const db = new CreditMeterDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'ledger', 'snapshots']);
    db.close();
  });
});
