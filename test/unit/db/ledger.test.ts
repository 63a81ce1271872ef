import { beforeEach, describe, expect, it } from 'vitest';
import type { CreditMeterDb } from '../../../lib/db/database';
import {
  calibrationPairs,
  EXCERPT_MAX,
  ledgerPage,
  recordPrompt,
  rollingWindowFirstUse,
  setActualCost,
  spentBetween,
} from '../../../lib/db/repo';
import { freshDbPerTest, prompt } from './helpers';

const T0 = Date.UTC(2026, 10, 1, 9, 0);
const MIN = 60_000;
const fresh = freshDbPerTest();
let db: CreditMeterDb;
beforeEach(() => {
  db = fresh();
});

describe('recordPrompt', () => {
  it('is idempotent on sendId, also when retried concurrently', async () => {
    const row = prompt(T0, { sendId: 'abc' });
    const ids = await Promise.all([
      recordPrompt(db, row),
      recordPrompt(db, row),
      recordPrompt(db, { ...row, estimate: 9 }),
    ]);
    expect(new Set(ids).size).toBe(1);
    expect(await db.ledger.count()).toBe(1);
    expect((await db.ledger.get(ids[0]!))?.estimate).toBe(1);
    expect(await recordPrompt(db, prompt(T0, { sendId: 'def' }))).not.toBe(ids[0]);
  });

  it('keeps the excerpt short', async () => {
    const id = await recordPrompt(db, prompt(T0, { excerpt: 'x'.repeat(5000) }));
    expect((await db.ledger.get(id))?.excerpt).toHaveLength(EXCERPT_MAX);
    const emoji = await recordPrompt(db, prompt(T0, { excerpt: 'x'.repeat(EXCERPT_MAX - 1) + '😀 more' }));
    expect((await db.ledger.get(emoji))?.excerpt).toBe('x'.repeat(EXCERPT_MAX - 1));
    const none = await recordPrompt(db, prompt(T0, { excerpt: null }));
    expect((await db.ledger.get(none))?.excerpt).toBeNull();
  });
});

describe('setActualCost', () => {
  it('attaches to the newest prompt of that app still without an actual', async () => {
    const older = await recordPrompt(db, prompt(T0));
    const newer = await recordPrompt(db, prompt(T0 + MIN));
    await recordPrompt(db, prompt(T0 + 2 * MIN, { appId: 'other' }));
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 1.5,
        source: 'builder',
        at: T0 + 3 * MIN,
      }),
    ).toBe(newer);
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 0.5,
        source: 'builder',
        at: T0 + 3 * MIN,
      }),
    ).toBe(older);
    expect(await db.ledger.get(newer)).toMatchObject({ actual: 1.5, actualSource: 'builder' });
    expect(await db.ledger.get(older)).toMatchObject({ actual: 0.5, actualSource: 'builder' });
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 2,
        source: 'builder',
        at: T0 + 3 * MIN,
      }),
    ).toBeNull();
  });

  it('matches only prompts sent in the last ~10 minutes, in the same workspace', async () => {
    await recordPrompt(db, prompt(T0));
    await recordPrompt(db, prompt(T0 + 5 * MIN, { workspaceId: 'ws2' }));
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 1,
        source: 'builder',
        at: T0 + 11 * MIN,
      }),
    ).toBeNull();
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 1,
        source: 'builder',
        at: T0 + 9 * MIN,
      }),
    ).not.toBeNull();
  });

  it('handles prompts without an app id', async () => {
    const id = await recordPrompt(db, prompt(T0, { appId: null }));
    await recordPrompt(db, prompt(T0 + 1, { appId: 'app1' }));
    expect(
      await setActualCost(db, { workspaceId: 'ws1', appId: null, cost: 2, source: 'builder', at: T0 + MIN }),
    ).toBe(id);
  });

  it('a cost the page states never replaces one measured from the balance', async () => {
    const id = await recordPrompt(db, prompt(T0, { actual: 0.9, actualSource: 'balanceDelta' }));
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 2,
        source: 'balanceDelta',
        at: T0 + MIN,
      }),
    ).toBeNull();
    expect(
      await setActualCost(db, {
        workspaceId: 'ws1',
        appId: 'app1',
        cost: 1,
        source: 'builder',
        at: T0 + MIN,
      }),
    ).toBeNull();
    expect(await db.ledger.get(id)).toMatchObject({ actual: 0.9, actualSource: 'balanceDelta' });
  });

  it.each([[Number.NaN], [-1], [Number.POSITIVE_INFINITY]])('refuses a cost of %s', async (cost) => {
    await recordPrompt(db, prompt(T0));
    expect(
      await setActualCost(db, { workspaceId: 'ws1', appId: 'app1', cost, source: 'builder', at: T0 }),
    ).toBeNull();
  });
});

describe('sums and pages', () => {
  beforeEach(async () => {
    await recordPrompt(db, prompt(T0, { estimate: 1 }));
    await recordPrompt(
      db,
      prompt(T0 + MIN, { estimate: 2, actual: 0.3, actualSource: 'builder', scope: 'discuss' }),
    );
    await recordPrompt(db, prompt(T0 + 2 * MIN, { estimate: 4 }));
    await recordPrompt(
      db,
      prompt(T0 + 3 * MIN, { estimate: 8, workspaceId: 'ws2', actual: 7, actualSource: 'builder' }),
    );
  });

  it('spentBetween sums actual ?? estimate over [start, end) in one workspace', async () => {
    expect(await spentBetween(db, 'ws1', T0, T0 + 10 * MIN)).toBe(5.3);
    expect(await spentBetween(db, 'ws1', T0, T0 + 2 * MIN)).toBe(1.3);
    expect(await spentBetween(db, 'ws1', T0 + 1, T0 + 2 * MIN + 1)).toBe(4.3);
    expect(await spentBetween(db, 'ws2', T0, T0 + 10 * MIN)).toBe(7);
    expect(await spentBetween(db, 'ws3', T0, T0 + 10 * MIN)).toBe(0);
  });

  it('ledgerPage pages newest first, per workspace or across all', async () => {
    const all = await ledgerPage(db, { limit: 10 });
    expect(all.map((r) => r.at)).toEqual([T0 + 3 * MIN, T0 + 2 * MIN, T0 + MIN, T0]);
    const p1 = await ledgerPage(db, { workspaceId: 'ws1', limit: 2 });
    expect(p1.map((r) => r.estimate)).toEqual([4, 2]);
    const p2 = await ledgerPage(db, { workspaceId: 'ws1', limit: 2, before: p1.at(-1)!.at });
    expect(p2.map((r) => r.estimate)).toEqual([1]);
    expect(await ledgerPage(db, { workspaceId: 'ws1', limit: 0 })).toEqual([]);
    expect((await ledgerPage(db, { limit: 1, before: T0 + 3 * MIN }))[0]?.at).toBe(T0 + 2 * MIN);
  });

  it('calibrationPairs returns newest rows with a known actual', async () => {
    expect(await calibrationPairs(db)).toEqual([
      { scope: 'feature', estimate: 8, actual: 7 },
      { scope: 'discuss', estimate: 2, actual: 0.3 },
    ]);
    expect(await calibrationPairs(db, 'ws1')).toEqual([{ scope: 'discuss', estimate: 2, actual: 0.3 }]);
    expect(await calibrationPairs(db, undefined, 1)).toHaveLength(1);
  });
});

describe('calibrationPairs over long histories', () => {
  it('finds known actuals behind many unknown rows and across equal timestamps', async () => {
    const rows = [];
    // 300 old rows sharing one timestamp, every tenth with an actual; then 600 newer unknown rows.
    for (let i = 0; i < 300; i++) {
      rows.push(prompt(T0, i % 10 === 0 ? { actual: i, actualSource: 'builder', estimate: i } : {}));
    }
    for (let i = 0; i < 600; i++) rows.push(prompt(T0 + (i + 1) * MIN));
    await db.ledger.bulkAdd(rows);
    const pairs = await calibrationPairs(db, 'ws1', 100);
    expect(pairs).toHaveLength(30);
    expect(new Set(pairs.map((p) => p.actual)).size).toBe(30);
    expect((await calibrationPairs(db, undefined, 100)).length).toBe(30);
    expect(await calibrationPairs(db, 'ws1', 5)).toHaveLength(5);
  });
});

describe('rollingWindowFirstUse', () => {
  it('chains windows through the workspace’s sends', async () => {
    const H = 3_600_000;
    for (const t of [0, 20, 30]) await recordPrompt(db, prompt(T0 + t * H));
    await recordPrompt(db, prompt(T0 + 29 * H, { workspaceId: 'ws2' }));
    expect(await rollingWindowFirstUse(db, 'ws1', T0 + 23 * H)).toBe(T0);
    expect(await rollingWindowFirstUse(db, 'ws1', T0 + 31 * H)).toBe(T0 + 30 * H);
    expect(await rollingWindowFirstUse(db, 'ws1', T0 + 60 * H)).toBeNull();
    expect(await rollingWindowFirstUse(db, 'ws2', T0 + 31 * H)).toBe(T0 + 29 * H);
  });
});
