/**
 * Optional budgets the user sets for themself, on any plan: credits a day, and credits per app per
 * credit cycle. Pure: rows, windows and the draft's estimate are passed in.
 */
import type { Settings } from '../settings/settings';
import { rowCredits, type CreditRow } from './row-credits';
import type { TimeWindow } from './sessions';
import { levelFor } from '../ui/format';

export type BudgetVerdict = 'ok' | 'near' | 'over';

/** What the user chose (lib/schema/settings.ts); a null or missing budget is "no budget". */
export type Budgets = NonNullable<Settings['budgets']>;

export const NO_BUDGETS: Budgets = { daily: null, perApp: {} };

export interface BudgetUse {
  budget: number;
  /** Credits in the window: actual where known, else the estimate. */
  spent: number;
  /** budget − spent, never below 0. */
  remaining: number;
}

function spendOf(budget: number, spent: number): BudgetUse {
  return { budget, spent, remaining: Math.max(0, budget - spent) };
}

function valid(budget: number | null | undefined): budget is number {
  return typeof budget === 'number' && Number.isFinite(budget) && budget > 0;
}

/** Spend against the daily budget in `day` ([start, end) in epoch ms); null without a budget. */
export function dailyBudgetUse(
  rows: readonly CreditRow[],
  budget: number | null,
  day: TimeWindow,
): BudgetUse | null {
  if (!valid(budget)) return null;
  let spent = 0;
  for (const row of rows) if (row.at >= day.start && row.at < day.end) spent += rowCredits(row);
  return spendOf(budget, spent);
}

/** Spend against an app's budget this cycle; null without a budget for that app. */
export function appBudgetUse(
  rows: readonly CreditRow[],
  appId: string | null,
  budget: number | null | undefined,
  cycle: TimeWindow,
): BudgetUse | null {
  if (appId === null || !valid(budget)) return null;
  let spent = 0;
  for (const row of rows) {
    if (row.appId === appId && row.at >= cycle.start && row.at < cycle.end) spent += rowCredits(row);
  }
  return spendOf(budget, spent);
}

/**
 * The same rule as the chip's pool state (`chipState`): over when the draft costs more than is
 * left; near when the budget would be at or past the warning percent after it.
 */
export function budgetVerdict(
  u: BudgetUse | null,
  draft: number,
  thresholds: Settings['thresholds'],
): BudgetVerdict {
  if (!u) return 'ok';
  if (draft > u.budget - u.spent + 1e-9) return 'over';
  return levelFor(u.spent + draft, u.budget, thresholds) === 'ok' ? 'ok' : 'near';
}

export interface DraftBudgetInput {
  rows: readonly CreditRow[];
  budgets: Budgets;
  appId: string | null;
  /** The draft's estimate in credits. */
  draft: number;
  day: TimeWindow;
  cycle: TimeWindow;
  thresholds: Settings['thresholds'];
}

export interface DraftBudget {
  /** The worse of the two verdicts. */
  verdict: BudgetVerdict;
  /** The budget that gave the verdict (the daily one on a tie); null when ok. */
  which: 'daily' | 'app' | null;
  daily: BudgetUse | null;
  app: BudgetUse | null;
}

const RANK: Record<BudgetVerdict, number> = { ok: 0, near: 1, over: 2 };

/** Both budgets for a draft, read in one pass over the rows. */
export function draftBudget(input: DraftBudgetInput): DraftBudget {
  const { rows, budgets, appId, day, cycle } = input;
  const appBudget = appId === null ? undefined : budgets.perApp[appId];
  const hasDaily = valid(budgets.daily);
  const hasApp = appId !== null && valid(appBudget);
  let daySpent = 0;
  let appSpent = 0;
  if (hasDaily || hasApp) {
    for (const row of rows) {
      const c = rowCredits(row);
      if (hasDaily && row.at >= day.start && row.at < day.end) daySpent += c;
      if (hasApp && row.appId === appId && row.at >= cycle.start && row.at < cycle.end) appSpent += c;
    }
  }
  const daily = hasDaily ? spendOf(budgets.daily!, daySpent) : null;
  const app = hasApp ? spendOf(appBudget!, appSpent) : null;
  const dv = budgetVerdict(daily, input.draft, input.thresholds);
  const av = budgetVerdict(app, input.draft, input.thresholds);
  const verdict = RANK[av] > RANK[dv] ? av : dv;
  const which = verdict === 'ok' ? null : RANK[av] > RANK[dv] ? 'app' : 'daily';
  return { verdict, which, daily, app };
}

/** Where the user's budgets stand now, for the badge and notifications. */
export interface BudgetsNow {
  daily: BudgetUse | null;
  /** Apps with a budget, and their spend this cycle. */
  apps: { appId: string; name: string | null; use: BudgetUse }[];
  day: TimeWindow;
  cycle: TimeWindow;
}

/** Every budget's use from the rows of the day and the cycle. */
export function budgetsNow(args: {
  rows: readonly CreditRow[];
  budgets: Budgets;
  day: TimeWindow;
  cycle: TimeWindow;
  nameOf?: (appId: string) => string | null | undefined;
}): BudgetsNow {
  const { rows, budgets, day, cycle } = args;
  const apps: BudgetsNow['apps'] = [];
  for (const [appId, budget] of Object.entries(budgets.perApp)) {
    const use = appBudgetUse(rows, appId, budget, cycle);
    if (use) apps.push({ appId, name: args.nameOf?.(appId)?.trim() || null, use });
  }
  return { daily: dailyBudgetUse(rows, budgets.daily, day), apps, day, cycle };
}
