import { describe, expect, it } from 'vitest';
import { forecastPace, type UsagePoint } from '../../../lib/credits/forecast';
import { forecastText } from '../../../lib/ui/forecast-text';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 10, 1, 12, 0); // cycle began Nov 1 12:00 UTC
const RESET = Date.UTC(2026, 11, 1, 12, 0); // next reset Dec 1 12:00 UTC

/** A steady `perDay` credits a day from START until `days` later, one point a day. */
function steady(perDay: number, days: number, from = 0): UsagePoint[] {
  return Array.from({ length: days + 1 }, (_, i) => ({ at: START + i * DAY, used: from + perDay * i }));
}

describe('forecastPace', () => {
  it('runs out before the reset: 10 a day on a 250 pool after 10 days runs out on day 25', () => {
    const now = START + 10 * DAY;
    const f = forecastPace({ series: steady(10, 10), limit: 250, nextReset: RESET, now });
    expect(f.kind).toBe('runsOut');
    if (f.kind !== 'runsOut') return;
    expect(f.at).toBe(START + 25 * DAY); // Nov 26 12:00 UTC
    expect(f.ratePerDay).toBeCloseTo(10);
    expect(f.beforeResetMs).toBe(RESET - f.at); // 5 days
  });

  it('is on track when the pace lasts past the reset', () => {
    const now = START + 10 * DAY;
    const f = forecastPace({ series: steady(5, 10), limit: 250, nextReset: RESET, now });
    expect(f).toEqual({ kind: 'onTrack', ratePerDay: expect.closeTo(5, 6) });
  });

  it('is on track with no use at all', () => {
    const f = forecastPace({ series: steady(0, 3), limit: 25, nextReset: RESET, now: START + 3 * DAY });
    expect(f).toEqual({ kind: 'onTrack', ratePerDay: 0 });
  });

  it('says noData with no points, one fresh point, or under an hour of history', () => {
    expect(forecastPace({ series: [], limit: 250, nextReset: RESET, now: START }).kind).toBe('noData');
    expect(
      forecastPace({
        series: [{ at: START, used: 3 }],
        limit: 250,
        nextReset: RESET,
        now: START + 10 * 60_000,
      }).kind,
    ).toBe('noData');
  });

  it('counts a quiet spell since the last point: pace is measured up to now', () => {
    // 50 used in the first 5 days, nothing since; 20 days in, the pace is 2.5 a day → lasts.
    const series = steady(10, 5);
    const f = forecastPace({ series, limit: 100, nextReset: RESET, now: START + 20 * DAY });
    expect(f.kind).toBe('onTrack');
    if (f.kind === 'onTrack') expect(f.ratePerDay).toBeCloseTo(2.5);
  });

  it('uses only the part after a reset inside the series', () => {
    // Last cycle ended high; after the drop, 2 a day for 4 days on a 25 pool → runs out ~day 12.5.
    const series = [{ at: START - 2 * DAY, used: 24 }, { at: START - DAY, used: 25 }, ...steady(2, 4)];
    const now = START + 4 * DAY;
    const f = forecastPace({ series, limit: 25, nextReset: RESET, now });
    expect(f.kind).toBe('runsOut');
    if (f.kind === 'runsOut') expect(f.at).toBe(START + 12.5 * DAY);
  });

  it('prefers a fresher `used` than the last point', () => {
    const now = START + 10 * DAY;
    const f = forecastPace({ series: steady(5, 10), limit: 250, used: 150, nextReset: RESET, now });
    expect(f.kind).toBe('runsOut'); // 15 a day from 0 → 100 left at 15/day → under 7 days
  });

  it('reports an exhausted pool', () => {
    expect(
      forecastPace({ series: steady(5, 5), limit: 25, nextReset: RESET, now: START + 5 * DAY }).kind,
    ).toBe('exhausted');
  });

  it('still forecasts a date when the reset is unknown', () => {
    const f = forecastPace({ series: steady(10, 10), limit: 250, nextReset: null, now: START + 10 * DAY });
    expect(f).toMatchObject({ kind: 'runsOut', at: START + 25 * DAY, beforeResetMs: null });
  });

  it('ignores points from the future', () => {
    const series = [...steady(1, 2), { at: START + 30 * DAY, used: 500 }];
    expect(forecastPace({ series, limit: 250, nextReset: RESET, now: START + 2 * DAY }).kind).toBe('onTrack');
  });
});

describe('forecastText in two time zones', () => {
  const runsOut = {
    kind: 'runsOut' as const,
    at: Date.UTC(2026, 10, 28, 23, 30),
    ratePerDay: 10,
    beforeResetMs: 7 * DAY + HOUR,
  };
  it.each([
    ['America/Los_Angeles', 'At this pace the message pool runs out on Nov 28, 7 days before the reset.'],
    ['Asia/Tokyo', 'At this pace the message pool runs out on Nov 29, 7 days before the reset.'],
  ])('%s', (timeZone, text) => {
    expect(forecastText(runsOut, 'message', { timeZone, locale: 'en-US' })).toBe(text);
  });

  it('words the other outcomes', () => {
    expect(forecastText({ kind: 'onTrack', ratePerDay: 3 }, 'message')).toBe(
      'On track: at this pace the message pool lasts until the reset.',
    );
    expect(forecastText({ kind: 'onTrack', ratePerDay: 0 }, 'message')).toMatch(/no message credits used/);
    expect(forecastText({ kind: 'noData' }, 'message')).toMatch(/Not enough history/);
    expect(
      forecastText({ ...runsOut, beforeResetMs: 2 * HOUR }, 'message', { timeZone: 'UTC', locale: 'en-US' }),
    ).toBe('At this pace the message pool runs out on Nov 28, less than a day before the reset.');
    expect(
      forecastText({ ...runsOut, beforeResetMs: null }, 'message', { timeZone: 'UTC', locale: 'en-US' }),
    ).toBe('At this pace the message pool runs out on Nov 28.');
  });
});
