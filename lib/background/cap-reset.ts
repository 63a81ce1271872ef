import { browser } from 'wxt/browser';
import { capResetDue, cappedWindow, nextCapReset } from '../credits/cap-reset';
import type { Summary } from '../credits/types';
import { eventsWithPrefix, lastEvent, recordEvent } from '../db/repo';
import type { Locale } from '../i18n/locales';
import type { RuntimeDeps } from './deps';
import { capResetNotice, CAP_RESET_NOTICE_PREFIX, type Notice } from './notify-model';

const CAPPED_PREFIX = 'cap-hit:daily:';
/** The alarm that wakes the worker at a capped window's reset; one per workspace. */
export const CAP_RESET_ALARM_PREFIX = 'cap-reset:';
/** Capped windows older than this cannot be announced any more, so are not read. */
const LOOKBACK_MS = 2 * 86_400_000;

/**
 * Remembers a daily window in which the cap was reached (an events row, so a restarted worker
 * still knows), sets an alarm for its reset, and returns the "credits are back" notice due now,
 * if any. The notice itself is sent (once) with the others when the summary is published.
 */
export async function dailyCapResetNotices(
  deps: RuntimeDeps,
  workspaceId: string,
  summary: Summary,
  locale: Locale,
): Promise<Notice[]> {
  const now = deps.now();
  const capped = cappedWindow(summary.daily, now);
  if (capped !== null && !(await lastEvent(deps.db, workspaceId, CAPPED_PREFIX + capped))) {
    await recordEvent(deps.db, {
      workspaceId,
      at: now,
      kind: 'cap',
      key: CAPPED_PREFIX + capped,
      detail: null,
    });
  }
  const since = now - LOOKBACK_MS;
  const [hits, sent] = await Promise.all([
    eventsWithPrefix(deps.db, workspaceId, CAPPED_PREFIX, since),
    eventsWithPrefix(deps.db, workspaceId, CAP_RESET_NOTICE_PREFIX, since),
  ]);
  const windows = hits.map((e) => Number(e.key.slice(CAPPED_PREFIX.length))).filter(Number.isFinite);
  const announced = sent
    .map((e) => Number(e.key.slice(CAP_RESET_NOTICE_PREFIX.length)))
    .filter(Number.isFinite);
  const next = nextCapReset(windows, now);
  if (next !== null) await scheduleWake(workspaceId, next);
  const due = capResetDue({ capped: windows, announced, now });
  return due === null ? [] : [capResetNotice(due, now, locale)];
}

/** Created only when missing or moved (re-creating an alarm with the same time is harmless but noisy). */
async function scheduleWake(workspaceId: string, when: number): Promise<void> {
  const name = CAP_RESET_ALARM_PREFIX + workspaceId;
  const existing = await browser.alarms.get(name);
  // A few seconds after the reset, so a reading taken then already shows the new day.
  const at = when + 5_000;
  if (existing?.scheduledTime === at) return;
  await browser.alarms.create(name, { when: at });
}

/** The workspace a cap-reset alarm is for, or null for any other alarm. */
export function capResetAlarmWorkspace(name: string): string | null {
  return name.startsWith(CAP_RESET_ALARM_PREFIX) ? name.slice(CAP_RESET_ALARM_PREFIX.length) : null;
}
