import { describe, expect, it } from 'vitest';
import { integrationPace, integrationSeries } from '../../../lib/credits/integration-pace';
import type { Pool } from '../../../lib/credits/types';
import { DAY, HOUR } from './ledger-fixture';

const START = Date.UTC(2026, 9, 20, 9, 0); // a cycle spanning the end of European DST (Oct 25)
const RESET = START + 30 * DAY;

function pool(used: number, limit = 10_000): Pool {
  return { limit, used, remaining: Math.max(0, limit - used), bonus: null };
}

/** One reading a day at `perDay` integration credits a day. */
function daily(perDay: number, days: number, limit = 10_000) {
  return Array.from({ length: days + 1 }, (_, i) => ({
    at: START + i * DAY,
    integration: pool(perDay * i, limit),
  }));
}

describe('integrationSeries', () => {
  it('skips readings without an integration pool and sorts oldest first', () => {
    const s = integrationSeries([
      { at: 3, integration: pool(30) },
      { at: 1, integration: null },
      { at: 2, integration: pool(20) },
    ]);
    expect(s).toEqual([
      { at: 2, used: 20 },
      { at: 3, used: 30 },
    ]);
  });
});

describe('integrationPace', () => {
  it('projects the use at the reset at this cycle’s pace', () => {
    const p = integrationPace({ snapshots: daily(200, 10), nextReset: RESET, now: START + 10 * DAY });
    expect(p.forecast.kind).toBe('onTrack');
    expect(p.ratePerDay).toBeCloseTo(200);
    expect(p.used).toBe(2000);
    expect(p.projectedAtReset).toBeCloseTo(2000 + 200 * 20);
    expect(p.projectedPercent).toBeCloseTo(60);
  });

  it('says when the pool runs out before the reset, and caps the projection at the limit', () => {
    const p = integrationPace({ snapshots: daily(500, 10), nextReset: RESET, now: START + 10 * DAY });
    expect(p.forecast.kind).toBe('runsOut');
    if (p.forecast.kind !== 'runsOut') return;
    expect(p.forecast.at).toBe(START + 20 * DAY);
    expect(p.projectedAtReset).toBe(10_000);
    expect(p.projectedPercent).toBe(100);
  });

  it('needs half a day of history (traffic is bursty), unless told otherwise', () => {
    const snapshots = [
      { at: START, integration: pool(0) },
      { at: START + 2 * HOUR, integration: pool(300) },
    ];
    const now = START + 2 * HOUR;
    const p = integrationPace({ snapshots, nextReset: RESET, now });
    expect(p.forecast.kind).toBe('noData');
    expect(p.ratePerDay).toBeNull();
    expect(p.projectedAtReset).toBeNull();
    expect(integrationPace({ snapshots, nextReset: RESET, now, minSpanMs: HOUR }).forecast.kind).toBe(
      'runsOut',
    );
  });

  it('uses a fresher pool than the last reading', () => {
    const p = integrationPace({
      snapshots: daily(100, 10),
      pool: pool(3000),
      nextReset: RESET,
      now: START + 10 * DAY,
    });
    expect(p.used).toBe(3000);
    expect(p.ratePerDay).toBeCloseTo(300);
  });

  it('reports an exhausted pool as used up at the reset', () => {
    const p = integrationPace({ snapshots: daily(100, 2, 200), nextReset: RESET, now: START + 2 * DAY });
    expect(p.forecast.kind).toBe('exhausted');
    expect(p.projectedAtReset).toBe(200);
    expect(p.projectedPercent).toBe(100);
  });

  it('counts only the current cycle after a reset', () => {
    const snapshots = [
      { at: START - 2 * DAY, integration: pool(9000) },
      { at: START - DAY, integration: pool(9500) },
      ...daily(100, 5),
    ];
    const p = integrationPace({ snapshots, nextReset: RESET, now: START + 5 * DAY });
    expect(p.ratePerDay).toBeCloseTo(100);
  });

  it('has nothing to say without readings, and no projection without a reset date', () => {
    const empty = integrationPace({ snapshots: [], nextReset: RESET, now: START });
    expect(empty).toMatchObject({ used: null, limit: null, ratePerDay: null, projectedAtReset: null });
    expect(empty.forecast.kind).toBe('noData');
    const noReset = integrationPace({ snapshots: daily(100, 5), nextReset: null, now: START + 5 * DAY });
    expect(noReset.ratePerDay).toBeCloseTo(100);
    expect(noReset.projectedAtReset).toBeNull();
  });
});
