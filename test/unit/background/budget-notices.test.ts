import { describe, expect, it } from 'vitest';
import { dueNotices } from '../../../lib/background/notify-model';
import { budgetsNow, type BudgetsNow } from '../../../lib/credits/budget';
import type { Summary } from '../../../lib/credits/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { row } from '../credits/ledger-fixture';
import { T0 } from './helpers';

const day = { start: T0 - 3_600_000, end: T0 + 20 * 3_600_000 };
const cycle = { start: T0 - 10 * 86_400_000, end: T0 + 1 };

/** A summary far from every Base44 limit: only the budgets can call for a notice. */
const summary: Summary = {
  workspaceId: 'w',
  workspaceName: null,
  tier: 'pro',
  planKnown: true,
  source: 'api',
  readAt: T0,
  message: { limit: 500, used: 10, remaining: 490, bonus: null },
  integration: { limit: 1000, used: 0, remaining: 1000, bonus: null },
  daily: null,
  nextReset: null,
  periodStart: 0,
  status: { kind: 'ok', message: '', at: T0 },
};

function budgets(spentToday: number, spentOnApp: number, perApp: Record<string, number> = {}): BudgetsNow {
  const rows = [
    row({ at: T0 - 60_000, appId: 'today-app', estimate: spentToday }),
    row({ at: T0 - 5 * 86_400_000, appId: 'a1', estimate: spentOnApp }),
  ];
  return budgetsNow({
    rows,
    budgets: { daily: 10, perApp },
    day,
    cycle,
    nameOf: (id) => (id === 'a1' ? 'Shop' : null),
  });
}

describe('budget notices', () => {
  it.each([
    // spent today of 10, threshold notice (null = none)
    [5, null],
    [8, 'Daily budget: 80% used'],
    [9.6, 'Daily budget: 96% used'],
    [10, 'Daily budget used up'],
  ])('daily budget, %s of 10 spent → %s', (spent, title) => {
    const notices = dueNotices(summary, DEFAULT_SETTINGS, T0, 'en', budgets(spent, 0));
    expect(notices.map((n) => n.title)).toEqual(title === null ? [] : [title]);
    for (const n of notices) expect(n.key).toContain(`:budget:${day.start}`);
  });

  it('an app’s budget, named by the builder’s name, in its cycle', () => {
    const notices = dueNotices(summary, DEFAULT_SETTINGS, T0, 'en', budgets(0, 20, { a1: 20 }));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toBe('Budget for Shop used up');
    expect(notices[0]!.message).toMatch(/Your own limit/);
    expect(notices[0]!.key).toBe(`notify:cap:app-a1:${cycle.start}`);
  });

  it('follows the notification switches', () => {
    const off: Settings = {
      ...DEFAULT_SETTINGS,
      notify: { thresholds: false, capReached: false, reset: true },
    };
    expect(dueNotices(summary, off, T0, 'en', budgets(10, 20, { a1: 20 }))).toEqual([]);
  });

  it('in the page language', () => {
    const [n] = dueNotices(summary, DEFAULT_SETTINGS, T0, 'de', budgets(8, 0));
    expect(n!.title).toMatch(/^Tagesbudget: 80\s?% verbraucht$/);
  });
});
