import type { PoolName, Summary } from '../credits/types';
import { extensionLocale } from '../i18n/browser-locale';
import { settingsItem } from '../settings/items';
import { displayOf } from '../settings/settings';
import { readBudgets } from './budget-use';
import { applyBadge } from './badge';
import type { RuntimeDeps } from './deps';
import { dailyCapResetNotices } from './cap-reset';
import { sendOnce } from './notifications';
import { isUnavailableError } from './storage-fault';
import { dueNotices, resetNotice } from './notify-model';
import { buildSummary } from './summary';
import { activeWorkspaceId } from './workspace';

/**
 * After anything changes the numbers or the status: refresh the badge (for the active workspace)
 * and send the notifications now due (each once per window).
 */
export async function refreshOutputs(
  deps: RuntimeDeps,
  workspaceId?: string,
  resets: PoolName[] = [],
): Promise<Summary> {
  const now = deps.now();
  const active = await activeWorkspaceId();
  const ws = workspaceId || active;
  const [summary, settings] = await Promise.all([buildSummary(deps, ws), settingsItem.getValue()]);
  const locale = extensionLocale(settings.uiLanguage);
  const budgets = await readBudgets(deps, ws, settings, now).catch((error: unknown) => {
    // Without the database there is no spend to hold a budget against; the status says why.
    if (isUnavailableError(error)) return null;
    throw error;
  });
  if (ws === active) {
    const { badge } = displayOf(settings);
    await applyBadge(summary, settings.thresholds, locale, { ...badge, dailyBudget: budgets?.daily ?? null });
  }
  const notices = dueNotices(summary, settings, now, locale, budgets ?? undefined);
  if (settings.notify.reset)
    // The daily cap's reset is announced only after a day the cap was reached (below).
    for (const pool of resets) if (pool !== 'daily') notices.unshift(resetNotice(pool, summary, now, locale));
  try {
    const capReset = await dailyCapResetNotices(deps, ws, summary, locale);
    if (settings.notify.reset) notices.unshift(...capReset);
    await sendOnce(deps.db, ws, notices, now);
  } catch (error) {
    // Without the database a notice cannot be marked as sent, so it is not shown (it would repeat);
    // the summary's status already says storage is unavailable.
    if (!isUnavailableError(error)) throw error;
  }
  return summary;
}
