/** Opening the popup reads again a balance older than this (the background respects rate limits). */
const STALE_AFTER_MS = 60_000;

/** Whether a reading is old enough that the popup should ask for a fresh one as it opens. */
export function needsRefresh(readAt: number | null, now: number): boolean {
  return readAt === null || now - readAt > STALE_AFTER_MS;
}
