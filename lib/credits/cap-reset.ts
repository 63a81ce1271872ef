/**
 * "Your daily credits are back": a notice at the daily reset, only after a day the cap was hit
 * (on other days a reset changes nothing the person was waiting for). Pure: the windows in which
 * the cap was hit, the ones already announced and `now` are passed in.
 */
import { HOUR } from './schedule';

/**
 * How late an announcement may still come: the worker may be asleep at the reset instant or the
 * browser closed; a notice half a day later is news, one the next evening is noise.
 */
export const CAP_RESET_LATE_MS = 12 * HOUR;

export interface DailyCapReading {
  used: number;
  limit: number;
  /** When the current daily window ends; null when not known. */
  resetAt: number | null;
}

/**
 * The window to remember as "capped" (its reset instant), when this reading shows the daily cap
 * reached before that reset; null otherwise.
 */
export function cappedWindow(daily: DailyCapReading | null, now: number): number | null {
  if (!daily || daily.limit <= 0 || daily.resetAt === null) return null;
  if (daily.used < daily.limit || daily.resetAt <= now) return null;
  return daily.resetAt;
}

/**
 * The capped window whose reset should be announced now: its reset has passed, not longer ago than
 * `lateMs`, and it was not announced yet. The newest such window when several qualify.
 */
export function capResetDue(args: {
  capped: readonly number[];
  announced: readonly number[];
  now: number;
  lateMs?: number;
}): number | null {
  const late = args.lateMs ?? CAP_RESET_LATE_MS;
  const done = new Set(args.announced);
  let due: number | null = null;
  for (const resetAt of args.capped) {
    if (resetAt > args.now || args.now - resetAt > late || done.has(resetAt)) continue;
    if (due === null || resetAt > due) due = resetAt;
  }
  return due;
}

/** When to wake up next for an announcement: the earliest capped reset still ahead; null when none. */
export function nextCapReset(capped: readonly number[], now: number): number | null {
  let next: number | null = null;
  for (const resetAt of capped) if (resetAt > now && (next === null || resetAt < next)) next = resetAt;
  return next;
}
