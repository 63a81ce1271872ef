import { budgetsOf, fixLoopOf } from '../settings/settings';
import { settingsItem } from '../settings/items';
import { draftChecks, type DraftChecks } from '../credits/draft-checks';
import { appLedgerBetween, ledgerBetween } from '../db/repo';
import type { LedgerMode } from '../db/rows';
import type { RuntimeDeps } from './deps';
import { creditWindows } from './windows';
import { HOUR } from '../credits/schedule';

/**
 * The fix-loop looks back one hour for credits, and along the app's current session for the
 * streak; a streak of fixes longer than this is cut here rather than reading all history.
 */
export const FIX_LOOKBACK_MS = 6 * HOUR;

/**
 * Budgets and fix loop for a draft on `appId`. Indexed range queries only: the budget windows
 * (skipped with no budget set) and the app's last hours.
 */
export async function checkDraft(
  deps: RuntimeDeps,
  ws: string,
  appId: string | null,
  text: string,
  mode: LedgerMode,
  credits: number,
): Promise<DraftChecks> {
  const now = deps.now();
  const settings = await settingsItem.getValue();
  const budgets = budgetsOf(settings);
  const { cycle, day } = await creditWindows(deps, ws, settings, now);
  const hasDaily = budgets.daily !== null && budgets.daily > 0;
  const hasApp = appId !== null && (budgets.perApp[appId] ?? 0) > 0;
  const fix = fixLoopOf(settings);
  const from = hasApp ? Math.min(cycle.start, day.start) : day.start;
  const to = hasApp ? Math.max(cycle.end, day.end) : day.end;
  const [budgetRows, appRows] = await Promise.all([
    hasDaily || hasApp ? ledgerBetween(deps.db, ws, from, to) : Promise.resolve([]),
    mode === 'build' && fix.enabled
      ? appLedgerBetween(deps.db, ws, appId, now - FIX_LOOKBACK_MS, now)
      : Promise.resolve([]),
  ]);
  return draftChecks({
    draft: { text, mode, appId },
    credits,
    budgets,
    budgetRows,
    appRows,
    day,
    cycle,
    thresholds: settings.thresholds,
    fixLoop: fix.enabled ? { streak: fix.streak, credits: fix.credits } : null,
    now,
  });
}
