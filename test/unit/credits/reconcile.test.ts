import { describe, expect, it } from 'vitest';
import { actualFromDelta } from '../../../lib/credits/reconcile';
import type { BalanceReading } from '../../../lib/credits/types';
import type { SnapshotRow } from '../../../lib/db/rows';

const T = Date.UTC(2026, 10, 21, 10);

function before(used: number, extra: Partial<SnapshotRow> = {}): SnapshotRow {
  return {
    workspaceId: 'ws',
    at: T,
    source: 'api',
    message: { limit: 250, used, remaining: 250 - used, bonus: null },
    integration: null,
    daily: null,
    tier: null,
    periodEnd: null,
    ...extra,
  };
}

function after(used: number, extra: Partial<BalanceReading> = {}): BalanceReading {
  return {
    message: { limit: 250, used, remaining: 250 - used, bonus: null },
    integration: null,
    daily: null,
    tier: null,
    periodStart: null,
    periodEnd: null,
    dailyResetAt: null,
    ...extra,
  };
}

describe('actualFromDelta', () => {
  it.each<[string, Parameters<typeof actualFromDelta>[0], number | null]>([
    [
      'one prompt in flight',
      { before: before(10), after: after(12), sendAt: T + 1000, othersInFlight: false },
      2,
    ],
    [
      'fractional, without float noise',
      { before: before(0.1), after: after(0.4), sendAt: T + 1, othersInFlight: false },
      0.3,
    ],
    ['two in flight', { before: before(10), after: after(12), sendAt: T + 1000, othersInFlight: true }, null],
    ['no reading before', { before: undefined, after: after(12), sendAt: T, othersInFlight: false }, null],
    [
      'reading taken after the send',
      { before: before(10), after: after(12), sendAt: T - 1, othersInFlight: false },
      null,
    ],
    [
      'reading hours before the send',
      { before: before(10), after: after(12), sendAt: T + 7 * 3_600_000, othersInFlight: false },
      null,
    ],
    ['reset between', { before: before(240), after: after(1), sendAt: T + 1, othersInFlight: false }, null],
    [
      'period changed',
      {
        before: before(10, { periodEnd: T + 5000 }),
        after: after(11, { periodEnd: T + 9e9 }),
        sendAt: T + 1,
        othersInFlight: false,
      },
      null,
    ],
    [
      'balance not updated yet',
      { before: before(10), after: after(10), sendAt: T + 1, othersInFlight: false },
      null,
    ],
    ['refund', { before: before(10), after: after(9.5), sendAt: T + 1, othersInFlight: false }, null],
    [
      'implausibly large',
      { before: before(10), after: after(200), sendAt: T + 1, othersInFlight: false },
      null,
    ],
    [
      'upgrade mid-cycle keeps used',
      {
        before: before(10),
        after: { ...after(11), message: { limit: 500, used: 11, remaining: 489, bonus: null } },
        sendAt: T + 1,
        othersInFlight: false,
      },
      1,
    ],
    [
      'daily cap only',
      {
        before: before(0, { message: null, daily: { limit: 5, used: 1 } }),
        after: after(0, { message: null, daily: { limit: 5, used: 1.5 } }),
        sendAt: T + 1,
        othersInFlight: false,
      },
      0.5,
    ],
    [
      'no comparable pool',
      { before: before(0, { message: null }), after: after(1), sendAt: T + 1, othersInFlight: false },
      null,
    ],
  ])('%s', (_name, args, expected) => {
    expect(actualFromDelta(args)).toBe(expected);
  });
});
