import { describe, expect, it } from 'vitest';
import { computeSummary, planFor, summaryValidUntil } from '../../../lib/credits/summary';
import { currentPeriod } from '../../../lib/credits/schedule';
import type { Status } from '../../../lib/credits/types';
import type { SnapshotRow } from '../../../lib/db/rows';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';

const U = (iso: string) => Date.parse(iso);
const NOW = U('2026-11-21T10:00Z');
const status: Status = { kind: 'ok', message: 'Up to date', at: NOW };

function snap(extra: Partial<SnapshotRow> = {}): SnapshotRow {
  return {
    id: 1,
    workspaceId: 'ws1',
    at: NOW - 60_000,
    source: 'api',
    message: { limit: 250, used: 100, remaining: 150, bonus: null },
    integration: { limit: 10000, used: 12, remaining: 9988, bonus: null },
    daily: null,
    tier: 'builder',
    periodEnd: U('2026-12-03T08:00Z'),
    ...extra,
  };
}

function summary(
  latest: SnapshotRow | undefined,
  settings: Partial<Settings> = {},
  spent = { period: 3, today: 1 },
) {
  return computeSummary({
    workspaceId: 'ws1',
    workspaceName: 'Personal',
    latest,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    spentThisPeriod: spent.period,
    spentToday: spent.today,
    status,
    now: NOW,
  });
}

describe('computeSummary', () => {
  it('shows a measured reading as is', () => {
    const s = summary(snap());
    expect(s).toEqual({
      workspaceId: 'ws1',
      workspaceName: 'Personal',
      planKnown: true,
      tier: 'builder',
      source: 'api',
      readAt: NOW - 60_000,
      message: { limit: 250, used: 100, remaining: 150, bonus: null },
      integration: { limit: 10000, used: 12, remaining: 9988, bonus: null },
      daily: null,
      nextReset: U('2026-12-03T08:00Z'),
      // One month before the stated period end.
      periodStart: U('2026-11-03T08:00Z'),
      status,
    });
  });

  it('labels a page reading as page', () => {
    expect(summary(snap({ source: 'page' })).source).toBe('page');
  });

  it('with no reading, estimates the Free plan from the ledger, daily cap included', () => {
    const s = summary(undefined, {}, { period: 7.5, today: 2.3 });
    expect(s.source).toBe('estimated');
    expect(s.readAt).toBeNull();
    expect(s.tier).toBe('free');
    expect(s.message).toEqual({ limit: 25, used: 7.5, remaining: 17.5, bonus: null });
    expect(s.integration).toEqual({ limit: 100, used: 0, remaining: 100, bonus: null });
    expect(s.daily).toEqual({ limit: 5, used: 2.3, resetAt: U('2026-11-22T00:00Z') });
    expect(s.nextReset).toBeNull();
  });

  it('estimates with the plan override, which has no daily cap', () => {
    const s = summary(undefined, { planOverride: 'pro' }, { period: 600, today: 1 });
    expect(s.tier).toBe('pro');
    expect(s.message).toEqual({ limit: 500, used: 600, remaining: 0, bonus: null });
    expect(s.integration.limit).toBe(20000);
    expect(s.daily).toBeNull();
  });

  it('the override wins over the tier of an expired reading; without it, that reading’s limits are used', () => {
    const expired = snap({ periodEnd: U('2026-11-03T08:00Z'), tier: 'builder' });
    const withOverride = summary(expired, { planOverride: 'starter' });
    expect(withOverride.source).toBe('estimated');
    expect(withOverride.message.limit).toBe(100);
    expect(withOverride.tier).toBe('starter');
    const without = summary(expired);
    expect(without.message).toEqual({ limit: 250, used: 3, remaining: 247, bonus: null });
    expect(without.tier).toBe('builder');
  });

  it('an unknown override string falls back to the reading’s tier, then Free', () => {
    expect(planFor('pro_yearly', { ...DEFAULT_SETTINGS, planOverride: 'mystery' }).key).toBe('pro');
    expect(planFor(null, { ...DEFAULT_SETTINGS, planOverride: 'mystery' }).key).toBe('free');
    expect(planFor('pro', { ...DEFAULT_SETTINGS, planOverride: 'elite' }).key).toBe('elite');
  });

  it('an expired reading is not shown as current, and the next reset comes from the anchor', () => {
    const s = summary(snap({ periodEnd: U('2026-11-03T08:00Z') }), {
      billingAnchor: { day: 3, hour: 8, minute: 0 },
    });
    expect(s.source).toBe('estimated');
    expect(s.readAt).toBeNull();
    expect(s.nextReset).toBe(U('2026-12-03T08:00Z'));
  });

  it('shows the measured daily cap while it is from the current window', () => {
    const s = summary(snap({ tier: 'free', daily: { limit: 5, used: 4 } }));
    expect(s.daily).toEqual({ limit: 5, used: 4, resetAt: U('2026-11-22T00:00Z') });
  });

  it('a daily reading from before today’s window gives way to the ledger', () => {
    const s = summary(
      snap({ tier: 'free', at: U('2026-11-20T22:00Z'), daily: { limit: 5, used: 5 } }),
      {},
      {
        period: 3,
        today: 0.3,
      },
    );
    expect(s.source).toBe('api');
    expect(s.daily).toEqual({ limit: 5, used: 0.3, resetAt: U('2026-11-22T00:00Z') });
  });

  it('uses the stated daily reset and the chosen window rule', () => {
    const stated = summary(
      snap({ tier: 'free', daily: { limit: 5, used: 1 }, dailyResetAt: U('2026-11-21T18:00Z') }),
    );
    expect(stated.daily?.resetAt).toBe(U('2026-11-21T18:00Z'));
    const rolling = computeSummary({
      workspaceId: 'ws1',
      workspaceName: null,
      latest: undefined,
      settings: { ...DEFAULT_SETTINGS, dailyWindow: 'rolling24h' },
      spentThisPeriod: 1,
      spentToday: 1,
      status,
      now: NOW,
      firstUseToday: NOW - 3_600_000,
    });
    expect(rolling.daily?.resetAt).toBe(NOW - 3_600_000 + 86_400_000);
  });

  it('fills a pool the source did not report from the plan', () => {
    const s = summary(snap({ integration: null, tier: 'pro' }));
    expect(s.source).toBe('api');
    expect(s.integration).toEqual({ limit: 20000, used: 0, remaining: 20000, bonus: null });
    expect(s.message.used).toBe(100);
    const noMessage = summary(snap({ message: null, tier: 'starter' }), {}, { period: 4, today: 0 });
    expect(noMessage.message).toEqual({ limit: 100, used: 4, remaining: 96, bonus: null });
    expect(noMessage.integration.used).toBe(12);
  });

  it('ignores a stored estimated snapshot as a measurement', () => {
    expect(summary(snap({ source: 'estimated' })).source).toBe('estimated');
  });
});

describe('the period a summary states', () => {
  it.each([
    ['stated by the source', snap({ periodStart: U('2026-11-02T00:00Z') }), {}],
    ['only its end stated', snap(), {}],
    ['from the billing anchor', undefined, { billingAnchor: { day: 15, hour: 6, minute: 30 } }],
    // Nothing known: the UTC calendar month (the popup's own guess used to be the last 30 days).
    ['nothing known', undefined, {}],
  ] as const)('%s: the start is the schedule’s current period', (_name, latest, settings) => {
    const s = summary(latest, settings);
    const period = currentPeriod({
      now: NOW,
      periodStart: latest?.periodStart ?? null,
      periodEnd: latest?.periodEnd ?? null,
      anchor: { ...DEFAULT_SETTINGS, ...settings }.billingAnchor,
    });
    expect(s.periodStart).toBe(period.start);
    expect(s.periodStart).toBeLessThanOrEqual(NOW);
  });

  it('nothing known: the calendar month, not the last 30 days', () => {
    expect(summary(undefined).periodStart).toBe(U('2026-11-01T00:00Z'));
  });

  it('expires at its daily reset or its monthly reset, whichever comes first', () => {
    const free = summary(undefined);
    expect(summaryValidUntil(free)).toBe(U('2026-11-22T00:00Z'));
    expect(summaryValidUntil(summary(snap()))).toBe(U('2026-12-03T08:00Z'));
    expect(summaryValidUntil({ ...free, daily: null, nextReset: null })).toBeNull();
  });
});
