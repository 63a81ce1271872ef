import { describe, expect, it } from 'vitest';
import { CAP_RESET_LATE_MS, capResetDue, cappedWindow, nextCapReset } from '../../../lib/credits/cap-reset';

const HOUR = 3_600_000;
const RESET = Date.UTC(2026, 10, 22);
const BEFORE = RESET - 3 * HOUR;

describe('cappedWindow', () => {
  it.each([
    ['cap reached', { used: 5, limit: 5, resetAt: RESET }, BEFORE, RESET],
    ['past the cap (a turn ran over)', { used: 5.4, limit: 5, resetAt: RESET }, BEFORE, RESET],
    ['below the cap', { used: 4.9, limit: 5, resetAt: RESET }, BEFORE, null],
    ['reset not known', { used: 5, limit: 5, resetAt: null }, BEFORE, null],
    ['no cap (limit 0)', { used: 0, limit: 0, resetAt: RESET }, BEFORE, null],
    ['a stale reading after its own reset', { used: 5, limit: 5, resetAt: RESET }, RESET + 1, null],
  ] as const)('%s', (_, daily, now, want) => {
    expect(cappedWindow(daily, now)).toBe(want);
  });

  it('no daily cap at all', () => {
    expect(cappedWindow(null, BEFORE)).toBeNull();
  });
});

describe('capResetDue', () => {
  it('nothing before the reset, the window at the reset, nothing once announced', () => {
    expect(capResetDue({ capped: [RESET], announced: [], now: RESET - 1 })).toBeNull();
    expect(capResetDue({ capped: [RESET], announced: [], now: RESET })).toBe(RESET);
    expect(capResetDue({ capped: [RESET], announced: [RESET], now: RESET + HOUR })).toBeNull();
  });

  it('only on days the cap was hit: no capped window, no notice', () => {
    expect(capResetDue({ capped: [], announced: [], now: RESET + HOUR })).toBeNull();
    // Yesterday was capped, today was not: tomorrow's reset is not announced.
    expect(capResetDue({ capped: [RESET], announced: [RESET], now: RESET + 24 * HOUR })).toBeNull();
  });

  it('still announced a few hours late (the worker slept), not the next evening', () => {
    expect(capResetDue({ capped: [RESET], announced: [], now: RESET + CAP_RESET_LATE_MS })).toBe(RESET);
    expect(capResetDue({ capped: [RESET], announced: [], now: RESET + CAP_RESET_LATE_MS + 1 })).toBeNull();
  });

  it('the newest of several due windows', () => {
    const earlier = RESET - 24 * HOUR;
    expect(
      capResetDue({ capped: [earlier, RESET], announced: [], now: RESET + HOUR, lateMs: 48 * HOUR }),
    ).toBe(RESET);
  });
});

describe('nextCapReset', () => {
  it('the earliest capped reset still ahead', () => {
    expect(nextCapReset([RESET + 24 * HOUR, RESET, BEFORE - HOUR], BEFORE)).toBe(RESET);
    expect(nextCapReset([RESET], RESET)).toBeNull();
    expect(nextCapReset([], BEFORE)).toBeNull();
  });
});
