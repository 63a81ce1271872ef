/** Where the current monthly credit cycle began, for the pace chart. Pure. */
import { DAY } from '../credits/schedule';

/**
 * One calendar month (UTC) before the next reset, with the day clamped to the shorter month
 * (a reset on Mar 31 began on Feb 28/29). Without a known reset, the last 30 days.
 */
export function cycleStart(nextReset: number | null, now: number): number {
  if (nextReset === null) return now - 30 * DAY;
  const d = new Date(nextReset);
  const year = d.getUTCMonth() === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
  const month = (d.getUTCMonth() + 11) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const start = Date.UTC(
    year,
    month,
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
  // A reset date that lies in the past (stale data) still gives a sensible window.
  return Math.min(start, now);
}
