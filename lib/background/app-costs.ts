import { appCostsView, type AppCosts } from '../credits/app-costs';
import { currentPeriod, DAY } from '../credits/schedule';
import { appLedgerBetween, latestSnapshot, ledgerBetween } from '../db/repo';
import { settingsItem } from '../settings/items';
import type { RuntimeDeps } from './deps';
import { appWorkspacesItem, focusedAppItem } from './items';
import { activeWorkspaceId, DEFAULT_WORKSPACE, resolveWorkspace } from './workspace';

/**
 * How far back a session is looked for. A session is a run with no 30-minute pause; one longer
 * than a day is cut at this bound rather than letting the query grow with history.
 */
export const SESSION_LOOKBACK_MS = DAY;

/**
 * Per-app credits this cycle in the shown workspace (the active one by default), and the session
 * of the app in the builder tab used last (in that app's own workspace). Two indexed range
 * queries: this cycle of one workspace, and one app's last day.
 */
export async function buildAppCosts(deps: RuntimeDeps, workspaceId?: string): Promise<AppCosts> {
  const now = deps.now();
  const ws = workspaceId || (await activeWorkspaceId());
  const [settings, latest, focusedAppId, apps] = await Promise.all([
    settingsItem.getValue(),
    latestSnapshot(deps.db, ws),
    focusedAppItem.getValue(),
    appWorkspacesItem.getValue(),
  ]);
  const period = currentPeriod({
    now,
    periodStart: latest?.periodStart ?? null,
    periodEnd: latest?.periodEnd ?? null,
    anchor: settings.billingAnchor,
  });
  const cycle = { start: period.start, end: now + 1 };
  // The focused app's prompts are filed under its workspace, or 'default' while that is unknown.
  const appWs = (await resolveWorkspace(focusedAppId)) ?? DEFAULT_WORKSPACE;
  const [cycleRows, sessionRows] = await Promise.all([
    ledgerBetween(deps.db, ws, cycle.start, cycle.end),
    appLedgerBetween(deps.db, appWs, focusedAppId, now - SESSION_LOOKBACK_MS, now),
  ]);
  return appCostsView({
    workspaceId: ws,
    cycleRows,
    cycle,
    sessionRows,
    focusedAppId,
    now,
    nameOf: (id) => apps[id]?.name,
  });
}
