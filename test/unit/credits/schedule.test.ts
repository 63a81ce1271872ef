import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anchorInMonth,
  currentPeriod,
  dailyWindow,
  DAY,
  detectResets,
  HOUR,
  nextMonthlyReset,
  rollingWindowStart,
} from '../../../lib/credits/schedule';
import type { BalanceReading, Pool } from '../../../lib/credits/types';
import type { SnapshotRow } from '../../../lib/db/rows';

const U = (iso: string) => Date.parse(iso);

/**
 * Node re-reads `process.env.TZ` on assignment, so one test process can run the same table in
 * several zones. Each block proves the switch took effect with a known offset.
 */
const ZONES: { tz: string; januaryOffset: number; julyOffset: number }[] = [
  { tz: 'UTC', januaryOffset: 0, julyOffset: 0 },
  { tz: 'America/New_York', januaryOffset: 300, julyOffset: 240 },
  { tz: 'Europe/Berlin', januaryOffset: -60, julyOffset: -120 },
  { tz: 'Pacific/Auckland', januaryOffset: -780, julyOffset: -720 },
  { tz: 'Asia/Kolkata', januaryOffset: -330, julyOffset: -330 },
  { tz: 'America/Santiago', januaryOffset: 180, julyOffset: 240 },
];

function useZone(tz: string, januaryOffset: number, julyOffset: number): void {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = tz;
    expect(new Date(U('2026-01-15T12:00:00Z')).getTimezoneOffset()).toBe(januaryOffset);
    expect(new Date(U('2026-07-15T12:00:00Z')).getTimezoneOffset()).toBe(julyOffset);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}

const monthlyCases: [
  string,
  number,
  number | null,
  { day: number; hour: number; minute: number } | null,
  number | null,
][] = [
  [
    'period end ahead wins over the anchor',
    U('2026-11-21T10:00Z'),
    U('2026-12-03T08:00Z'),
    { day: 1, hour: 0, minute: 0 },
    U('2026-12-03T08:00Z'),
  ],
  [
    'period end passed → anchor',
    U('2026-11-21T10:00Z'),
    U('2026-11-20T08:00Z'),
    { day: 25, hour: 9, minute: 30 },
    U('2026-11-25T09:30Z'),
  ],
  ['period end exactly now is not ahead', U('2026-11-21T10:00Z'), U('2026-11-21T10:00Z'), null, null],
  [
    'anchor later this month',
    U('2026-11-21T10:00Z'),
    null,
    { day: 21, hour: 10, minute: 1 },
    U('2026-11-21T10:01Z'),
  ],
  [
    'anchor instant itself → next month',
    U('2026-11-21T10:00Z'),
    null,
    { day: 21, hour: 10, minute: 0 },
    U('2026-12-21T10:00Z'),
  ],
  [
    '31st clamps to Feb 28',
    U('2026-02-01T00:00Z'),
    null,
    { day: 31, hour: 23, minute: 59 },
    U('2026-02-28T23:59Z'),
  ],
  [
    '31st clamps to Feb 29 in a leap year',
    U('2028-02-10T00:00Z'),
    null,
    { day: 31, hour: 0, minute: 0 },
    U('2028-02-29T00:00Z'),
  ],
  [
    '29th in a non-leap February',
    U('2027-02-01T00:00Z'),
    null,
    { day: 29, hour: 12, minute: 0 },
    U('2027-02-28T12:00Z'),
  ],
  [
    'after the clamped Feb day → Mar 31',
    U('2026-02-28T23:59:30Z'),
    null,
    { day: 31, hour: 23, minute: 59 },
    U('2026-03-31T23:59Z'),
  ],
  [
    '31st clamps to Apr 30',
    U('2026-04-01T00:00Z'),
    null,
    { day: 31, hour: 6, minute: 0 },
    U('2026-04-30T06:00Z'),
  ],
  [
    '30th after Jan 30 → Feb 28',
    U('2026-01-30T12:00Z'),
    null,
    { day: 30, hour: 9, minute: 0 },
    U('2026-02-28T09:00Z'),
  ],
  [
    'December → January',
    U('2026-12-31T23:00Z'),
    null,
    { day: 15, hour: 0, minute: 0 },
    U('2027-01-15T00:00Z'),
  ],
  [
    '31st on Dec 31 after the time → Jan 31',
    U('2026-12-31T23:30Z'),
    null,
    { day: 31, hour: 23, minute: 0 },
    U('2027-01-31T23:00Z'),
  ],
  ['anchor day 0 is invalid', U('2026-11-21T10:00Z'), null, { day: 0, hour: 0, minute: 0 }, null],
  ['anchor day 32 is invalid', U('2026-11-21T10:00Z'), null, { day: 32, hour: 0, minute: 0 }, null],
  ['anchor hour 24 is invalid', U('2026-11-21T10:00Z'), null, { day: 1, hour: 24, minute: 0 }, null],
  ['fractional day is invalid', U('2026-11-21T10:00Z'), null, { day: 1.5, hour: 0, minute: 0 }, null],
  ['nothing known', U('2026-11-21T10:00Z'), null, null, null],
];

/** Local-midnight windows around DST changes and month ends, as UTC instants. */
const localCases: Record<string, [string, string, string, string][]> = {
  UTC: [
    ['plain day', '2026-03-08T16:00Z', '2026-03-08T00:00Z', '2026-03-09T00:00Z'],
    ['leap day', '2028-02-29T12:00Z', '2028-02-29T00:00Z', '2028-03-01T00:00Z'],
  ],
  'America/New_York': [
    ['spring forward (23 h)', '2026-03-08T16:00Z', '2026-03-08T05:00Z', '2026-03-09T04:00Z'],
    ['fall back (25 h)', '2026-11-01T17:00Z', '2026-11-01T04:00Z', '2026-11-02T05:00Z'],
    ['in the repeated hour', '2026-11-01T05:30Z', '2026-11-01T04:00Z', '2026-11-02T05:00Z'],
    [
      'UTC already tomorrow, local still today',
      '2026-12-31T23:30Z',
      '2026-12-31T05:00Z',
      '2027-01-01T05:00Z',
    ],
    ['leap day', '2028-02-29T20:00Z', '2028-02-29T05:00Z', '2028-03-01T05:00Z'],
  ],
  'Europe/Berlin': [
    ['spring forward (23 h)', '2026-03-29T10:00Z', '2026-03-28T23:00Z', '2026-03-29T22:00Z'],
    ['fall back (25 h)', '2026-10-25T10:00Z', '2026-10-24T22:00Z', '2026-10-25T23:00Z'],
    ['local already tomorrow', '2026-01-31T23:30Z', '2026-01-31T23:00Z', '2026-02-01T23:00Z'],
  ],
  'Pacific/Auckland': [
    ['fall back (25 h)', '2026-04-05T00:00Z', '2026-04-04T11:00Z', '2026-04-05T12:00Z'],
    ['spring forward (23 h)', '2026-09-27T00:00Z', '2026-09-26T12:00Z', '2026-09-27T11:00Z'],
    ['new year local, old year UTC', '2026-12-31T12:00Z', '2026-12-31T11:00Z', '2027-01-01T11:00Z'],
  ],
  'Asia/Kolkata': [
    ['half-hour offset', '2026-03-08T20:00Z', '2026-03-08T18:30Z', '2026-03-09T18:30Z'],
    ['month end', '2026-04-30T18:29Z', '2026-04-29T18:30Z', '2026-04-30T18:30Z'],
  ],
  // Chile moves its clocks at midnight: on 2026-09-06 local midnight does not exist.
  'America/Santiago': [
    [
      'midnight skipped: day starts at 01:00 (23 h)',
      '2026-09-06T12:00Z',
      '2026-09-06T04:00Z',
      '2026-09-07T03:00Z',
    ],
    ['the day before', '2026-09-06T03:30Z', '2026-09-05T04:00Z', '2026-09-06T04:00Z'],
  ],
};

function snapshot(used: number, extra: Partial<SnapshotRow> = {}): SnapshotRow {
  return {
    workspaceId: 'ws',
    at: 0,
    source: 'api',
    message: { limit: 250, used, remaining: 250 - used, bonus: null },
    integration: { limit: 1000, used: 100, remaining: 900, bonus: null },
    daily: null,
    tier: null,
    periodEnd: null,
    ...extra,
  };
}

function reading(used: number, extra: Partial<BalanceReading> = {}): BalanceReading {
  const s = snapshot(used);
  return {
    message: s.message,
    integration: s.integration,
    daily: null,
    tier: null,
    periodStart: null,
    periodEnd: null,
    dailyResetAt: null,
    ...extra,
  };
}

const pool = (used: number): Pool => ({ limit: 1000, used, remaining: 1000 - used, bonus: null });

describe.each(ZONES)('in $tz', ({ tz, januaryOffset, julyOffset }) => {
  useZone(tz, januaryOffset, julyOffset);

  describe('nextMonthlyReset (UTC maths, same in every zone)', () => {
    it.each(monthlyCases)('%s', (_name, now, periodEnd, anchor, expected) => {
      expect(nextMonthlyReset({ now, periodEnd, anchor })).toBe(expected);
    });
  });

  describe('dailyWindow', () => {
    it('utcMidnight is the UTC calendar day', () => {
      expect(dailyWindow('utcMidnight', U('2026-03-08T16:00Z'))).toEqual({
        start: U('2026-03-08T00:00Z'),
        end: U('2026-03-09T00:00Z'),
      });
      expect(dailyWindow('utcMidnight', U('2026-03-09T00:00Z')).start).toBe(U('2026-03-09T00:00Z'));
    });

    it.each(localCases[tz] ?? [])('localMidnight: %s', (_name, now, start, end) => {
      expect(dailyWindow('localMidnight', U(now))).toEqual({ start: U(start), end: U(end) });
    });

    it('a reset time stated by the source wins over the rule', () => {
      const now = U('2026-03-08T16:00Z');
      const resetAt = U('2026-03-09T07:00Z');
      for (const rule of ['utcMidnight', 'localMidnight', 'rolling24h'] as const) {
        expect(dailyWindow(rule, now, { resetAt })).toEqual({ start: resetAt - DAY, end: resetAt });
      }
    });
  });

  it('window invariants hold for any instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: U('2000-01-01T00:00Z'), max: U('2099-12-31T00:00Z') }), (now) => {
        for (const rule of ['utcMidnight', 'localMidnight', 'rolling24h'] as const) {
          const w = dailyWindow(rule, now);
          expect(w.start).toBeLessThanOrEqual(now);
          expect(w.end).toBeGreaterThan(now);
          expect(w.end - w.start).toBeGreaterThanOrEqual(22 * HOUR);
          expect(w.end - w.start).toBeLessThanOrEqual(26 * HOUR);
        }
        const local = dailyWindow('localMidnight', now);
        const s = new Date(local.start);
        // The window starts on `now`'s local date, at midnight or the first instant that exists.
        expect([s.getFullYear(), s.getMonth(), s.getDate()]).toEqual([
          new Date(now).getFullYear(),
          new Date(now).getMonth(),
          new Date(now).getDate(),
        ]);
        expect(s.getHours() * 60 + s.getMinutes()).toBeLessThanOrEqual(60);
        expect(new Date(local.start - 1).getDate()).not.toBe(s.getDate());
      }),
      { numRuns: 400 },
    );
  });
});

describe('dailyWindow: stated reset and rolling windows', () => {
  const now = U('2026-03-08T16:00Z');

  it('rolls a stated reset in the past forward by whole days', () => {
    expect(dailyWindow('utcMidnight', now, { resetAt: U('2026-03-06T07:00Z') })).toEqual({
      start: U('2026-03-08T07:00Z'),
      end: U('2026-03-09T07:00Z'),
    });
    expect(dailyWindow('utcMidnight', now, { resetAt: now })).toEqual({ start: now, end: now + DAY });
  });

  it('ignores a stated reset more than a day ahead', () => {
    expect(dailyWindow('utcMidnight', now, { resetAt: now + 2 * DAY })).toEqual({
      start: U('2026-03-08T00:00Z'),
      end: U('2026-03-09T00:00Z'),
    });
  });

  it('rolling24h runs from the first use in the last 24 h', () => {
    const first = now - 5 * HOUR;
    expect(dailyWindow('rolling24h', now, { firstUseAt: first })).toEqual({ start: first, end: first + DAY });
    expect(dailyWindow('rolling24h', now, { firstUseAt: now - DAY })).toEqual({ start: now, end: now + DAY });
    expect(dailyWindow('rolling24h', now, { firstUseAt: now + HOUR })).toEqual({
      start: now,
      end: now + DAY,
    });
    expect(dailyWindow('rolling24h', now)).toEqual({ start: now, end: now + DAY });
  });
});

describe('nextMonthlyReset properties', () => {
  it('is after now, within 31 days, and on the (clamped) anchor day and time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: U('2000-01-01T00:00Z'), max: U('2099-12-01T00:00Z') }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (now, day, hour, minute) => {
          const next = nextMonthlyReset({ now, anchor: { day, hour, minute } })!;
          expect(next).toBeGreaterThan(now);
          expect(next - now).toBeLessThanOrEqual(31 * DAY);
          const d = new Date(next);
          const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
          expect(d.getUTCDate()).toBe(Math.min(day, lastDay));
          expect([d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]).toEqual([hour, minute, 0]);
          // No anchor instant is skipped: the previous month's is not after now.
          const prev = anchorInMonth({ day, hour, minute }, d.getUTCFullYear(), d.getUTCMonth() - 1);
          expect(prev).toBeLessThanOrEqual(now);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a 31st anchor visits the last day of every short month in a year', () => {
    let t = U('2027-01-01T00:00Z');
    const days: number[] = [];
    for (let i = 0; i < 12; i++) {
      t = nextMonthlyReset({ now: t, anchor: { day: 31, hour: 0, minute: 0 } })!;
      days.push(new Date(t).getUTCDate());
    }
    expect(days).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('currentPeriod', () => {
  const now = U('2026-11-21T10:00Z');
  it('uses the stated start and end', () => {
    expect(
      currentPeriod({ now, periodStart: U('2026-11-03T08:00Z'), periodEnd: U('2026-12-03T08:00Z') }),
    ).toEqual({
      start: U('2026-11-03T08:00Z'),
      end: U('2026-12-03T08:00Z'),
      known: true,
    });
  });
  it('derives the start one month before a stated end', () => {
    expect(currentPeriod({ now, periodEnd: U('2026-12-03T08:00Z') })).toEqual({
      start: U('2026-11-03T08:00Z'),
      end: U('2026-12-03T08:00Z'),
      known: true,
    });
    expect(currentPeriod({ now: U('2026-03-10T00:00Z'), periodEnd: U('2026-03-31T00:00Z') }).start).toBe(
      U('2026-02-28T00:00Z'),
    );
  });
  it('uses the anchor around now', () => {
    expect(currentPeriod({ now, anchor: { day: 25, hour: 9, minute: 30 } })).toEqual({
      start: U('2026-10-25T09:30Z'),
      end: U('2026-11-25T09:30Z'),
      known: true,
    });
    expect(currentPeriod({ now: U('2026-03-15T00:00Z'), anchor: { day: 31, hour: 0, minute: 0 } })).toEqual({
      start: U('2026-02-28T00:00Z'),
      end: U('2026-03-31T00:00Z'),
      known: true,
    });
  });
  it('assumes the UTC calendar month when nothing is known', () => {
    expect(currentPeriod({ now, periodEnd: U('2026-11-01T00:00Z') })).toEqual({
      start: U('2026-11-01T00:00Z'),
      end: U('2026-12-01T00:00Z'),
      known: false,
    });
  });
  it('always contains now (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: U('2000-01-01T00:00Z'), max: U('2099-12-01T00:00Z') }),
        fc.option(
          fc.record({
            day: fc.integer({ min: 1, max: 31 }),
            hour: fc.integer({ min: 0, max: 23 }),
            minute: fc.integer({ min: 0, max: 59 }),
          }),
        ),
        (t, anchor) => {
          const p = currentPeriod({ now: t, anchor });
          expect(p.start).toBeLessThanOrEqual(t);
          expect(p.end).toBeGreaterThan(t);
          expect(p.end - p.start).toBeLessThanOrEqual(31 * DAY);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('detectResets', () => {
  it.each<[string, SnapshotRow | undefined, BalanceReading, string[]]>([
    ['no previous reading', undefined, reading(0), []],
    ['used rose', snapshot(10), reading(12), []],
    ['unchanged', snapshot(10), reading(10), []],
    ['monthly reset to zero', snapshot(240), reading(0), ['message']],
    ['reset plus a prompt since', snapshot(240), reading(1.3), ['message']],
    ['a small refund', snapshot(40), reading(38), []],
    ['float noise', snapshot(0.3), reading(0.1 + 0.2 - 0.2), []],
    ['tiny pool reset (0.6 → 0)', snapshot(0.6), reading(0), ['message']],
    [
      'refund with a new period end',
      snapshot(40, { periodEnd: U('2026-11-03T00:00Z') }),
      reading(38, { periodEnd: U('2026-12-03T00:00Z') }),
      ['message'],
    ],
    ['pool missing on one side', snapshot(240), reading(0, { message: null }), []],
    ['integration reset', snapshot(10), { ...reading(10), integration: pool(2) }, ['integration']],
    [
      'daily reset',
      snapshot(3, { daily: { limit: 5, used: 5 } }),
      reading(3, { daily: { limit: 5, used: 0 } }),
      ['daily'],
    ],
    [
      'daily unchanged',
      snapshot(3, { daily: { limit: 5, used: 2 } }),
      reading(3, { daily: { limit: 5, used: 2 } }),
      [],
    ],
    [
      'everything',
      snapshot(200, { daily: { limit: 5, used: 4 } }),
      { ...reading(0, { daily: { limit: 5, used: 0 } }), integration: pool(0) },
      ['message', 'integration', 'daily'],
    ],
  ])('%s', (_name, prev, next, expected) => {
    expect(detectResets(prev, next)).toEqual(expected);
  });
});

describe('rollingWindowStart', () => {
  const h = (n: number) => U('2026-03-01T00:00Z') + n * HOUR;
  it.each<[string, number[], number, number | null]>([
    ['no uses', [], h(5), null],
    ['one use, window open', [h(1)], h(5), h(1)],
    ['one use, window closed', [h(1)], h(25), null],
    ['a later use in the same window does not move it', [h(0), h(20)], h(23), h(0)],
    ['a use after the window closed opens the next', [h(0), h(20), h(30)], h(31), h(30)],
    ['chained windows from days ago', [h(0), h(23), h(24), h(47), h(48.5)], h(50), h(48.5)],
    ['uses after now are ignored', [h(0), h(30)], h(10), h(0)],
    ['exactly 24 h later opens a new window', [h(0), h(24)], h(24), h(24)],
  ])('%s', (_name, uses, now, expected) => {
    expect(rollingWindowStart(uses, now)).toBe(expected);
  });

  it('the window it gives always contains now (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 220 }),
        (hours, nowH) => {
          const uses = [...hours].sort((a, b) => a - b).map(h);
          const start = rollingWindowStart(uses, h(nowH));
          if (start === null) return;
          const w = dailyWindow('rolling24h', h(nowH), { firstUseAt: start });
          expect(w.start).toBe(start);
          expect(w.start).toBeLessThanOrEqual(h(nowH));
          expect(w.end).toBeGreaterThan(h(nowH));
          expect(uses).toContain(start);
        },
      ),
    );
  });
});
