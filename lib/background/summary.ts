import type { Summary } from '../credits/types';
import { computeSummary, measuredReading } from '../credits/summary';
import { spentBetween } from '../db/repo';
import { settingsItem } from '../settings/items';
import type { SnapshotRow } from '../db/rows';
import type { Settings } from '../settings/settings';
import type { RuntimeDeps } from './deps';
import { publishedItem } from './published';
import { currentStatus } from './status';
import { isUnavailableError, storageOpened, storageUnavailable } from './storage-fault';
import { creditWindows } from './windows';
import { activeWorkspaceId, knownWorkspace } from './workspace';

/** Everything the popup, chip and badge show for a workspace (the active one by default). */
export async function buildSummary(deps: RuntimeDeps, workspaceId?: string): Promise<Summary> {
  const now = deps.now();
  const ws = workspaceId || (await activeWorkspaceId());
  const [settings, known] = await Promise.all([settingsItem.getValue(), knownWorkspace(ws)]);
  let store: StoreView;
  try {
    store = await readStore(deps, ws, settings, now);
    await storageOpened();
  } catch (error) {
    if (!isUnavailableError(error)) throw error;
    // The database will not open: show what extension storage still holds, and say why — the last
    // published numbers for this workspace (with their age), else estimates from the plan.
    await storageUnavailable(now);
    const last = (await publishedItem.getValue()).summaries[ws];
    if (last) return { ...last, status: await currentStatus(ws, now) };
    store = { latest: undefined, spentThisPeriod: 0, spentToday: 0, firstUse: null };
  }
  const status = await currentStatus(ws, now);
  const { latest, spentThisPeriod, spentToday, firstUse } = store;
  return computeSummary({
    workspaceId: ws,
    workspaceName: known?.name ?? null,
    latest,
    settings,
    spentThisPeriod,
    spentToday,
    status,
    now,
    firstUseToday: firstUse,
    workspaceTier: known?.tier ?? null,
  });
}

interface StoreView {
  latest: SnapshotRow | undefined;
  spentThisPeriod: number;
  spentToday: number;
  firstUse: number | null;
}

/** What the database holds for the summary (throws when the database will not open). */
async function readStore(deps: RuntimeDeps, ws: string, settings: Settings, now: number): Promise<StoreView> {
  const { latest, cycle, day, firstUse } = await creditWindows(deps, ws, settings, now);
  // The month's ledger is summed only when no measured pool stands in for it: it is the one
  // query here that grows with use, and every popup open waits for it.
  const [spentThisPeriod, spentToday] = await Promise.all([
    measuredReading(latest, now)?.message ? 0 : spentBetween(deps.db, ws, cycle.start, cycle.end),
    spentBetween(deps.db, ws, day.start, day.end),
  ]);
  return { latest, spentThisPeriod, spentToday, firstUse };
}
