import type { PollState } from './items';

/** A builder tab showed signs of life this recently → poll about once a minute. */
const ACTIVE_WINDOW_MS = 5 * 60_000;
/** Just under the 1-minute alarm period so alarm jitter does not skip a beat. */
const ACTIVE_INTERVAL_MS = 55_000;
export const IDLE_INTERVAL_MS = 15 * 60_000;
const MIN_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 30 * 60_000;
/** A server's Retry-After is honoured up to this; a larger value (or a stored one) is capped. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;
/** A turn ending forces at most one poll per this much time (it never skips a backoff). */
export const TURN_END_MIN_GAP_MS = 30_000;

/** 1 min, 2, 4, … capped at 30 min after the n-th consecutive failure. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.min(failures - 1, 20));
}

/**
 * `nextAllowedAt` after the Monitoring API refused the workspace (not Enterprise, or not owner/admin):
 * asking again cannot help, so no poll at all until credentials are saved again (setCredentials
 * resets `nextAllowedAt`).
 */
export const UNTIL_CREDENTIALS_SAVED = Number.MAX_SAFE_INTEGER;

/**
 * A stored time that lies in the future means the clock was set back (or the value is garbage): it
 * is treated as stale, so polling resumes instead of waiting out the jump.
 */
function past(at: number, now: number): number {
  return at > now ? 0 : at;
}

function isActive(state: PollState, now: number): boolean {
  const at = past(state.lastActiveAt, now);
  return at > 0 && now - at < ACTIVE_WINDOW_MS;
}

/**
 * The waits in force, each no longer than it could legitimately be: the server's Retry-After at
 * most an hour, our own backoff at most 30 minutes (so a clock set back cannot stretch them).
 * `UNTIL_CREDENTIALS_SAVED` (a refused workspace) is kept as is.
 */
export function waits(state: PollState, now: number): { retryAt: number; nextAllowedAt: number } {
  const retryAt = Math.min(state.retryAt, now + MAX_RETRY_AFTER_MS);
  const nextAllowedAt =
    state.nextAllowedAt === UNTIL_CREDENTIALS_SAVED
      ? UNTIL_CREDENTIALS_SAVED
      : Math.min(state.nextAllowedAt, now + Math.max(MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS));
  return { retryAt, nextAllowedAt };
}

/** Whether an automatic (alarm) poll should run now. */
export function isDue(state: PollState, now: number): boolean {
  const w = waits(state, now);
  if (now < w.retryAt || now < w.nextAllowedAt) return false;
  const interval = isActive(state, now) ? ACTIVE_INTERVAL_MS : IDLE_INTERVAL_MS;
  return now - past(state.lastPollAt, now) >= interval;
}

/** Whether a turn ending may force a poll now: no wait in force and none in the last 30 s. */
export function turnEndMayPoll(state: PollState, now: number): boolean {
  const w = waits(state, now);
  if (now < w.retryAt || now < w.nextAllowedAt) return false;
  return now - past(state.lastPollAt, now) >= TURN_END_MIN_GAP_MS;
}
