/**
 * Property test of the whole way in from a builder page: generated observations (near valid, far
 * from valid, and plausible balances) go through the background's `pageObservation` handler into a
 * real (fake-indexeddb) database. Only the handler's own refusal may escape, no prototype is
 * touched, and every stored reading is one a real pool could have.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import type { Pool } from '../../../lib/credits/types';
import type { Sender } from '../../../lib/messaging/server';
import { rawObservation } from '../page-observer/contract';
import { APP, makeDeps, scriptedFetch, text } from './helpers';

const RUNS = 10_000;
const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 3 };
const WS = '64b7f1a2c3d4e5f607180000';

const count = fc.oneof(fc.integer({ min: -5, max: 5_000 }), fc.double(), fc.constantFrom(NaN, Infinity, -0));
const pool = fc.oneof(
  fc.constant(null),
  // Numbers that add up, as a real pool's do.
  fc
    .record({
      limit: fc.integer({ min: 0, max: 5_000 }),
      used: fc.nat(6_000),
      bonus: fc.constantFrom(null, 0, 5),
    })
    .map(({ limit, used, bonus }) => ({
      limit,
      used,
      remaining: Math.max(0, limit + (bonus ?? 0) - used),
      bonus,
    })),
  // Numbers that may not.
  fc.record({ limit: count, used: count, remaining: count, bonus: fc.constantFrom(null, 0, 5, -1, NaN) }),
);
/** Balances close to what a page sends, with numbers that may not add up. */
const plausibleBalance = fc.record({
  kind: fc.constant('balance'),
  workspaceId: fc.constantFrom(WS, undefined, 'not-a-workspace', '__proto__'),
  reading: fc.record({
    message: pool,
    integration: pool,
    daily: fc.oneof(fc.constant(null), fc.record({ used: count, limit: count })),
    tier: fc.constantFrom('free', 'pro', null, 'enterprise_custom', '__proto__'),
    periodStart: fc.constantFrom(null, 0, -1, 1.5e12),
    periodEnd: fc.constantFrom(null, 1.9e12, NaN),
    dailyResetAt: fc.constant(null),
  }),
});
const observation = fc.oneof(
  { weight: 3, arbitrary: rawObservation },
  { weight: 2, arbitrary: plausibleBalance },
);

/**
 * What a stored pool must be: finite counts, nothing negative, `used` at most half again past what
 * there is (Base44 lets a last turn overdraw a little), and `remaining` within rounding (2 %, at
 * least 1) of what is left, with or without the bonus, clamped at 0.
 */
function sanePool(p: Pool | null): boolean {
  if (p === null) return true;
  const bonus = p.bonus ?? 0;
  if (![p.limit, p.used, p.remaining, bonus].every((n) => Number.isFinite(n) && n >= 0)) return false;
  if (p.used > (p.limit + bonus) * 1.5 + 1) return false;
  const tol = Math.max(1, p.limit * 0.02);
  return [p.limit - p.used, p.limit + bonus - p.used].some(
    (left) => Math.abs(Math.max(0, left) - p.remaining) <= tol,
  );
}

const saneDaily = (d: { used: number; limit: number }) =>
  Number.isFinite(d.used) &&
  Number.isFinite(d.limit) &&
  d.used >= 0 &&
  d.limit >= 0 &&
  d.used <= d.limit * 1.5 + 1;

beforeEach(() => fakeBrowser.reset());

describe('pageObservation into the database (property)', () => {
  it(`only refuses, never breaks, and stores only readings a pool could have (${RUNS} cases)`, async () => {
    const { deps, clock, db } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    const h = createHandlers(deps);
    await h.pageObservation(
      { kind: 'workspaces', workspaces: [{ id: WS, name: 'Personal', tier: 'free' }] },
      PAGE,
    );
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(observation, async (raw) => {
        // Spaced out so the per-tab rate limit does not hide what the handler does with each.
        clock.now += 500;
        try {
          await h.pageObservation(raw as never, PAGE);
        } catch (error) {
          refused++;
          expect((error as Error).message).toBe('Invalid page observation');
        }
      }),
      { numRuns: RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Both paths were taken: refusals, and readings that reached the store.
    expect(refused).toBeGreaterThan(RUNS / 10);
    const rows = await db.snapshots.toArray();
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r.workspaceId).toBe(WS);
      expect(sanePool(r.message) && sanePool(r.integration)).toBe(true);
      if (r.daily) expect(saneDaily(r.daily)).toBe(true);
    }
  });
});
