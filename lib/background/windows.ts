import { currentPeriod, dailyWindow } from '../credits/schedule';
import type { TimeWindow } from '../credits/sessions';
import { latestSnapshot, rollingWindowFirstUse } from '../db/repo';
import type { SnapshotRow } from '../db/rows';
import type { Settings } from '../settings/settings';
import type { RuntimeDeps } from './deps';

export interface CreditWindows {
  /** The current credit cycle, up to now. */
  cycle: TimeWindow;
  day: TimeWindow;
  /** What they were computed from: the newest reading, and a rolling window's first use. */
  latest: SnapshotRow | undefined;
  firstUse: number | null;
}

/** The workspace's credit cycle and daily window at `now` (the summary's and the chip's). */
export async function creditWindows(
  deps: RuntimeDeps,
  ws: string,
  settings: Settings,
  now: number,
): Promise<CreditWindows> {
  const latest = await latestSnapshot(deps.db, ws);
  const period = currentPeriod({
    now,
    periodStart: latest?.periodStart ?? null,
    periodEnd: latest?.periodEnd ?? null,
    anchor: settings.billingAnchor,
  });
  // A rolling daily window starts at the first send after the previous window ended.
  const firstUse =
    settings.dailyWindow === 'rolling24h' ? await rollingWindowFirstUse(deps.db, ws, now) : null;
  const day = dailyWindow(settings.dailyWindow, now, {
    resetAt: latest?.dailyResetAt ?? null,
    firstUseAt: firstUse,
  });
  return {
    cycle: { start: period.start, end: now + 1 },
    day: { start: day.start, end: day.end },
    latest,
    firstUse,
  };
}
