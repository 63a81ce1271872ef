import type { Summary } from '../credits/types';
import { computeSummary } from '../credits/summary';
import { currentPeriod, dailyWindow } from '../credits/schedule';
import { latestSnapshot, spentBetween } from '../db/repo';
import { settingsItem } from '../settings/items';
import type { RuntimeDeps } from './deps';
import { currentStatus } from './status';
import { activeWorkspaceId, knownWorkspace } from './workspace';

const DAY = 86_400_000;

/** Everything the popup, chip and badge show for a workspace (the active one by default). */
export async function buildSummary(deps: RuntimeDeps, workspaceId?: string): Promise<Summary> {
  const now = deps.now();
  const ws = workspaceId || (await activeWorkspaceId());
  const [settings, latest, status, known] = await Promise.all([
    settingsItem.getValue(),
    latestSnapshot(deps.db, ws),
    currentStatus(ws, now),
    knownWorkspace(ws),
  ]);
  const period = currentPeriod({
    now,
    periodStart: latest?.periodStart ?? null,
    periodEnd: latest?.periodEnd ?? null,
    anchor: settings.billingAnchor,
  });
  // The first prompt of the last 24 h starts a rolling daily window.
  const firstUse = await deps.db.ledger
    .where('[workspaceId+at]')
    .between([ws, now - DAY], [ws, now], true, true)
    .first();
  const day = dailyWindow(settings.dailyWindow, now, {
    resetAt: latest?.dailyResetAt ?? null,
    firstUseAt: firstUse?.at ?? null,
  });
  const [spentThisPeriod, spentToday] = await Promise.all([
    spentBetween(deps.db, ws, period.start, now + 1),
    spentBetween(deps.db, ws, day.start, day.end),
  ]);
  return computeSummary({
    workspaceId: ws,
    workspaceName: known?.name ?? null,
    latest,
    settings,
    spentThisPeriod,
    spentToday,
    status,
    now,
    firstUseToday: firstUse?.at ?? null,
  });
}
