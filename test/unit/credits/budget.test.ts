import { describe, expect, it } from 'vitest';
import {
  appBudgetUse,
  budgetVerdict,
  dailyBudgetUse,
  draftBudget,
  NO_BUDGETS,
} from '../../../lib/credits/budget';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { DAY, HOUR, T0, row } from './ledger-fixture';

const thresholds = DEFAULT_SETTINGS.thresholds; // warn at 80 %
// A local-midnight day in Berlin across the DST change: 23 hours long, given as epoch ms.
const day = { start: Date.UTC(2026, 2, 28, 23, 0), end: Date.UTC(2026, 2, 29, 22, 0) };
const cycle = { start: T0 - 10 * DAY, end: T0 + 20 * DAY };

const rows = [
  row({ at: day.start - 1, estimate: 4 }), // yesterday
  row({ at: day.start, estimate: 1, actual: 1.5, actualSource: 'builderText' }),
  row({ at: day.start + 5 * HOUR, estimate: 1 }),
  row({ at: day.start + 6 * HOUR, estimate: 2, state: 'paywalled' }),
  row({ at: day.end - 1, appId: 'app-b', estimate: 0.5 }),
  row({ at: day.end, estimate: 9 }), // tomorrow
];

describe('dailyBudgetUse / appBudgetUse', () => {
  it('sums the day, start inclusive and end exclusive, paywalled turns free', () => {
    expect(dailyBudgetUse(rows, 5, day)).toEqual({ budget: 5, spent: 3, remaining: 2 });
  });
  it('sums one app over the cycle', () => {
    expect(appBudgetUse(rows, 'app-a', 10, cycle)).toEqual({
      budget: 10,
      spent: 4 + 1.5 + 1 + 9,
      remaining: 0,
    });
    expect(appBudgetUse(rows, 'app-b', 10, cycle)!.spent).toBe(0.5);
  });
  it.each([
    ['no daily budget', () => dailyBudgetUse(rows, null, day)],
    ['a zero budget is no budget', () => dailyBudgetUse(rows, 0, day)],
    ['a NaN budget is no budget', () => dailyBudgetUse(rows, Number.NaN, day)],
    ['no app budget', () => appBudgetUse(rows, 'app-a', undefined, cycle)],
    ['no app at all', () => appBudgetUse(rows, null, 10, cycle)],
  ])('null for %s', (_name, f) => {
    expect(f()).toBeNull();
  });
});

describe('budgetVerdict', () => {
  it.each([
    // spent, budget, draft, verdict
    [0, 10, 1, 'ok'],
    [6, 10, 1, 'ok'], // 70 % after
    [7, 10, 1, 'near'], // exactly 80 % after
    [9, 10, 1, 'near'], // uses the last credit: near, not over
    [9, 10, 1.2, 'over'],
    [12, 10, 0.3, 'over'], // already past it
    [0, 2, 0, 'ok'],
  ] as const)('%s of %s spent, draft %s → %s', (spent, budget, draft, verdict) => {
    const u = { budget, spent, remaining: Math.max(0, budget - spent) };
    expect(budgetVerdict(u, draft, thresholds)).toBe(verdict);
  });
  it('is ok without a budget', () => {
    expect(budgetVerdict(null, 100, thresholds)).toBe('ok');
  });
  it('follows the warning threshold setting', () => {
    const u = { budget: 10, spent: 5, remaining: 5 };
    expect(budgetVerdict(u, 1, { warn: 50, critical: 90 })).toBe('near');
    expect(budgetVerdict(u, 1, { warn: 70, critical: 90 })).toBe('ok');
  });
});

describe('draftBudget', () => {
  const input = { rows, appId: 'app-a', day, cycle, thresholds };
  it.each([
    ['no budgets at all', NO_BUDGETS, 1, 'ok', null],
    ['daily near', { daily: 5, perApp: {} }, 1, 'near', 'daily'],
    ['daily over', { daily: 5, perApp: {} }, 2.5, 'over', 'daily'],
    ['the app budget is worse', { daily: 50, perApp: { 'app-a': 16 } }, 1, 'over', 'app'],
    ['another app’s budget does not apply', { daily: null, perApp: { 'app-b': 1 } }, 1, 'ok', null],
    ['a tie names the daily budget', { daily: 4, perApp: { 'app-a': 16 } }, 1.5, 'over', 'daily'],
  ] as const)('%s', (_name, budgets, draft, verdict, which) => {
    const r = draftBudget({ ...input, budgets, draft });
    expect(r.verdict).toBe(verdict);
    expect(r.which).toBe(which);
  });

  it('reports both uses', () => {
    const r = draftBudget({ ...input, budgets: { daily: 5, perApp: { 'app-a': 20 } }, draft: 0.5 });
    expect(r.daily).toEqual({ budget: 5, spent: 3, remaining: 2 });
    expect(r.app).toEqual({ budget: 20, spent: 15.5, remaining: 4.5 });
  });

  it('has no app budget for a home-page draft', () => {
    const r = draftBudget({
      ...input,
      appId: null,
      budgets: { daily: null, perApp: { 'app-a': 1 } },
      draft: 5,
    });
    expect(r).toEqual({ verdict: 'ok', which: null, daily: null, app: null });
  });
});
