import { currentPeriod, dailyWindow } from '../credits/schedule';
import type { TimeWindow } from '../credits/sessions';
import { latestSnapshot, rollingWindowFirstUse } from '../db/repo';
import type { Settings } from '../settings/settings';
import type { RuntimeDeps } from './deps';

/** The workspace's credit cycle and daily window at `now`, as the summary computes them. */
export async function creditWindows(
  deps: RuntimeDeps,
  ws: string,
  settings: Settings,
  now: number,
): Promise<{ cycle: TimeWindow; day: TimeWindow }> {
  const latest = await latestSnapshot(deps.db, ws);
  const period = currentPeriod({
    now,
    periodStart: latest?.periodStart ?? null,
    periodEnd: latest?.periodEnd ?? null,
    anchor: settings.billingAnchor,
  });
  const firstUse =
    settings.dailyWindow === 'rolling24h' ? await rollingWindowFirstUse(deps.db, ws, now) : null;
  const day = dailyWindow(settings.dailyWindow, now, {
    resetAt: latest?.dailyResetAt ?? null,
    firstUseAt: firstUse,
  });
  return { cycle: { start: period.start, end: now + 1 }, day: { start: day.start, end: day.end } };
}
