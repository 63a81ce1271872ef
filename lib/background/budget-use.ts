import { budgetsNow, type BudgetsNow } from '../credits/budget';
import { ledgerBetween } from '../db/repo';
import { budgetsOf, type Settings } from '../settings/settings';
import type { RuntimeDeps } from './deps';
import { appWorkspacesItem } from './items';
import { creditWindows } from './windows';

/**
 * Where the user's budgets stand in a workspace, for the badge and notifications; null when none
 * is set (then nothing is read). One indexed range query: the day, or the cycle with app budgets.
 */
export async function readBudgets(
  deps: RuntimeDeps,
  ws: string,
  settings: Settings,
  now: number,
): Promise<BudgetsNow | null> {
  const budgets = budgetsOf(settings);
  const hasDaily = budgets.daily !== null && budgets.daily > 0;
  const hasApps = Object.values(budgets.perApp).some((b) => b > 0);
  if (!hasDaily && !hasApps) return null;
  const { cycle, day } = await creditWindows(deps, ws, settings, now);
  const from = hasApps ? Math.min(cycle.start, day.start) : day.start;
  const to = hasApps ? Math.max(cycle.end, day.end) : day.end;
  const [rows, apps] = await Promise.all([
    ledgerBetween(deps.db, ws, from, to),
    appWorkspacesItem.getValue(),
  ]);
  return budgetsNow({ rows, budgets, day, cycle, nameOf: (id) => apps[id]?.name });
}
