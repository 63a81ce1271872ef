import type { PollState } from './items';

/** A builder tab showed signs of life this recently → poll about once a minute. */
export const ACTIVE_WINDOW_MS = 5 * 60_000;
/** Just under the 1-minute alarm period so alarm jitter does not skip a beat. */
export const ACTIVE_INTERVAL_MS = 55_000;
export const IDLE_INTERVAL_MS = 15 * 60_000;
export const MIN_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 30 * 60_000;

/** 1 min, 2, 4, … capped at 30 min after the n-th consecutive failure. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.min(failures - 1, 20));
}

export function isActive(state: PollState, now: number): boolean {
  return now - state.lastActiveAt < ACTIVE_WINDOW_MS;
}

/** Whether an automatic (alarm) poll should run now. */
export function isDue(state: PollState, now: number): boolean {
  if (now < state.retryAt || now < state.nextAllowedAt) return false;
  const interval = isActive(state, now) ? ACTIVE_INTERVAL_MS : IDLE_INTERVAL_MS;
  return now - state.lastPollAt >= interval;
}

/**
 * A lock taken by another worker instance is void: only one background worker runs at a time, so
 * that one was stopped mid-poll. Our own lock holds until it expires.
 */
export function lockHeld(state: PollState, instanceId: string, now: number): boolean {
  return !!state.lock && state.lock.owner === instanceId && state.lock.until > now;
}
