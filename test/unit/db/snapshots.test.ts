import { beforeEach, describe, expect, it } from 'vitest';
import type { CreditMeterDb } from '../../../lib/db/database';
import {
  lastEvent,
  latestSnapshot,
  recordEvent,
  recordSnapshot,
  RESET_EVENT_KEYS,
  snapshotAtOrBefore,
} from '../../../lib/db/repo';
import { lastSeen } from '../../../lib/db/rows';
import { sparklineSeries } from '../../../lib/db/series';
import { freshDbPerTest, pool, reading } from './helpers';

const T0 = Date.UTC(2026, 10, 1, 9, 0);
const MIN = 60_000;
const fresh = freshDbPerTest();
let db: CreditMeterDb;
beforeEach(() => {
  db = fresh();
});

describe('recordSnapshot', () => {
  it('stores the first reading and returns no previous', async () => {
    const r = await recordSnapshot(db, 'ws1', 'api', reading(10), T0);
    expect(r).toEqual({ stored: true, resets: [] });
    const latest = await latestSnapshot(db, 'ws1');
    expect(latest).toMatchObject({ workspaceId: 'ws1', at: T0, source: 'api', tier: 'builder' });
    expect(latest?.message).toEqual(pool(250, 10));
  });

  it('does not store an unchanged reading within the heartbeat, but does after it', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0);
    const again = await recordSnapshot(db, 'ws1', 'api', reading(10), T0 + 14 * MIN);
    expect(again.stored).toBe(false);
    expect(again.previous?.at).toBe(T0);
    expect(await db.snapshots.count()).toBe(1);
    const later = await recordSnapshot(db, 'ws1', 'api', reading(10), T0 + 15 * MIN);
    expect(later.stored).toBe(true);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('an unchanged reading still makes the stored one current; another source stores its own', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0);
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0 + 5 * MIN);
    expect(await db.snapshots.count()).toBe(1);
    const latest = await latestSnapshot(db, 'ws1');
    expect(latest).toMatchObject({ at: T0, seenAt: T0 + 5 * MIN });
    expect(lastSeen(latest!)).toBe(T0 + 5 * MIN);
    // The same confirmation twice writes nothing new.
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0 + 5 * MIN);
    expect(lastSeen((await latestSnapshot(db, 'ws1'))!)).toBe(T0 + 5 * MIN);
    // After the clock was set back, a confirmation takes the stamp out of the future.
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0 + 2 * MIN);
    expect(lastSeen((await latestSnapshot(db, 'ws1'))!)).toBe(T0 + 2 * MIN);
    // The same numbers from the page are the page's reading, not the API's confirmation.
    expect((await recordSnapshot(db, 'ws1', 'page', reading(10), T0 + 6 * MIN)).stored).toBe(true);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('honours a custom heartbeat and ignores key order in the reading', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const r = reading(10);
    const reordered = {
      dailyResetAt: r.dailyResetAt,
      periodEnd: r.periodEnd,
      periodStart: r.periodStart,
      tier: r.tier,
      daily: r.daily,
      integration: { bonus: null, remaining: 9960, used: 40, limit: 10000 },
      message: { remaining: 240, bonus: null, limit: 250, used: 10 },
    };
    expect(
      (await recordSnapshot(db, 'ws1', 'page', reordered, T0 + 2 * MIN, { heartbeatMs: 5 * MIN })).stored,
    ).toBe(false);
    expect(
      (await recordSnapshot(db, 'ws1', 'page', reordered, T0 + 5 * MIN, { heartbeatMs: 5 * MIN })).stored,
    ).toBe(true);
  });

  it.each([
    ['message used', reading(11)],
    ['tier', reading(10, { tier: 'pro' })],
    ['period end', reading(10, { periodEnd: T0 + 30 * 86_400_000 })],
    ['daily cap', reading(10, { daily: { limit: 5, used: 1 } })],
    ['integration', { ...reading(10), integration: pool(10000, 41) }],
  ])('stores a reading whose %s changed, however soon', async (_name, next) => {
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0);
    expect((await recordSnapshot(db, 'ws1', 'api', next, T0 + 1000)).stored).toBe(true);
  });

  it('keeps workspaces apart', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(10), T0);
    const other = await recordSnapshot(db, 'ws2', 'api', reading(10), T0 + MIN);
    expect(other).toEqual({ stored: true, resets: [] });
    expect((await latestSnapshot(db, 'ws1'))?.at).toBe(T0);
    expect((await latestSnapshot(db, 'ws2'))?.at).toBe(T0 + MIN);
    expect(await latestSnapshot(db, 'ws3')).toBeUndefined();
  });

  it('records a monthly reset as an event', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(240), T0);
    const r = await recordSnapshot(db, 'ws1', 'api', reading(0.3), T0 + 60 * MIN);
    expect(r.resets).toEqual(['message']);
    expect(r.previous?.message?.used).toBe(240);
    const ev = await lastEvent(db, 'ws1', RESET_EVENT_KEYS.message);
    expect(ev).toMatchObject({ kind: 'reset', at: T0 + 60 * MIN, key: 'message-monthly' });
    expect(ev?.detail).toContain('240');
  });

  it('records a daily reset, and not a refund', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(12, { daily: { limit: 5, used: 5 } }), T0);
    const refund = await recordSnapshot(
      db,
      'ws1',
      'page',
      reading(11, { daily: { limit: 5, used: 4 } }),
      T0 + MIN,
    );
    expect(refund.resets).toEqual([]);
    const reset = await recordSnapshot(
      db,
      'ws1',
      'page',
      reading(11, { daily: { limit: 5, used: 0 } }),
      T0 + 2 * MIN,
    );
    expect(reset.resets).toEqual(['daily']);
    expect(await lastEvent(db, 'ws1', 'daily')).toBeDefined();
    expect(await lastEvent(db, 'ws1', 'message-monthly')).toBeUndefined();
  });

  it('records concurrent identical readings once', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => recordSnapshot(db, 'ws1', 'api', reading(10), T0)),
    );
    expect(results.filter((r) => r.stored)).toHaveLength(1);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('does not detect a reset against a reading from the future', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(200), T0 + 60 * MIN);
    const r = await recordSnapshot(db, 'ws1', 'api', reading(0), T0);
    expect(r.resets).toEqual([]);
    expect((await latestSnapshot(db, 'ws1'))?.at).toBe(T0 + 60 * MIN);
  });

  it('stores the period start and daily reset time', async () => {
    await recordSnapshot(
      db,
      'ws1',
      'api',
      reading(1, { periodStart: T0 - 1000, dailyResetAt: T0 + 1000 }),
      T0,
    );
    expect(await latestSnapshot(db, 'ws1')).toMatchObject({
      periodStart: T0 - 1000,
      dailyResetAt: T0 + 1000,
    });
  });
});

describe('snapshotAtOrBefore', () => {
  it('finds the newest snapshot not after a time', async () => {
    for (let i = 0; i < 5; i++) await recordSnapshot(db, 'ws1', 'api', reading(i), T0 + i * MIN);
    expect((await snapshotAtOrBefore(db, 'ws1', T0 + 2 * MIN))?.message?.used).toBe(2);
    expect((await snapshotAtOrBefore(db, 'ws1', T0 + 2 * MIN + 59_999))?.message?.used).toBe(2);
    expect(await snapshotAtOrBefore(db, 'ws1', T0 - 1)).toBeUndefined();
  });
});

describe('events', () => {
  it('lastEvent returns the newest event of that key in that workspace', async () => {
    await recordEvent(db, {
      workspaceId: 'ws1',
      at: 3,
      kind: 'notification',
      key: 'threshold-80-message',
      detail: null,
    });
    await recordEvent(db, {
      workspaceId: 'ws1',
      at: 9,
      kind: 'notification',
      key: 'threshold-80-message',
      detail: 'b',
    });
    await recordEvent(db, {
      workspaceId: 'ws1',
      at: 5,
      kind: 'notification',
      key: 'threshold-80-message',
      detail: 'a',
    });
    await recordEvent(db, {
      workspaceId: 'ws1',
      at: 20,
      kind: 'notification',
      key: 'threshold-95-message',
      detail: null,
    });
    await recordEvent(db, {
      workspaceId: 'ws2',
      at: 30,
      kind: 'notification',
      key: 'threshold-80-message',
      detail: null,
    });
    expect((await lastEvent(db, 'ws1', 'threshold-80-message'))?.detail).toBe('b');
    expect(await lastEvent(db, 'ws1', 'threshold-50-message')).toBeUndefined();
  });
});

describe('sparklineSeries over stored readings', () => {
  it('returns every point when there are few, in time order', async () => {
    for (let i = 0; i < 5; i++) await recordSnapshot(db, 'ws1', 'api', reading(i * 2), T0 + i * 60 * MIN);
    const s = await sparklineSeries(db, 'ws1', T0, T0 + 10 * 60 * MIN, 50);
    expect(s).toEqual([0, 1, 2, 3, 4].map((i) => ({ at: T0 + i * 60 * MIN, used: i * 2 })));
  });

  it('downsamples to at most maxPoints, keeping the last reading of each slice', async () => {
    await db.snapshots.bulkAdd(
      Array.from({ length: 1000 }, (_, i) => ({
        workspaceId: 'ws1',
        at: T0 + i * MIN,
        source: 'api' as const,
        message: pool(250, i / 10),
        integration: null,
        daily: null,
        tier: null,
        periodEnd: null,
      })),
    );
    const s = await sparklineSeries(db, 'ws1', T0, T0 + 1000 * MIN, 10);
    expect(s).toHaveLength(10);
    expect(s.at(-1)).toEqual({ at: T0 + 999 * MIN, used: 99.9 });
    expect(s[0]).toEqual({ at: T0 + 99 * MIN, used: 9.9 });
    for (let i = 1; i < s.length; i++) expect(s[i]!.at).toBeGreaterThan(s[i - 1]!.at);
  });

  it('covers only the range and the workspace, skipping readings without a message pool', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(1), T0 - 1);
    await recordSnapshot(db, 'ws1', 'api', reading(2), T0);
    await recordSnapshot(db, 'ws1', 'api', { ...reading(3), message: null }, T0 + MIN);
    await recordSnapshot(db, 'ws2', 'api', reading(4), T0 + 2 * MIN);
    await recordSnapshot(db, 'ws1', 'api', reading(5), T0 + 10 * MIN);
    expect(await sparklineSeries(db, 'ws1', T0, T0 + 10 * MIN, 100)).toEqual([{ at: T0, used: 2 }]);
    expect(await sparklineSeries(db, 'ws1', T0, T0, 100)).toEqual([]);
  });
});
