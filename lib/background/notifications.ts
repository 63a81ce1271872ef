import { browser } from 'wxt/browser';
import type { CreditMeterDb } from '../db/database';
import { lastEvent, recordEvent } from '../db/repo';
import { NOTIFICATION_ICON } from './notification-icon';
import type { Notice } from './notify-model';
import { exclusive } from './lock';

/**
 * Show each notice at most once: an events row keyed by the notice (which includes its window)
 * records that it was sent, so a restarted worker does not repeat it; a second row keyed by the UTC
 * day holds any notice for the same pool and threshold to once a day, whatever its window.
 * Returns the keys shown.
 */
export function sendOnce(
  db: CreditMeterDb,
  workspaceId: string,
  notices: Notice[],
  now: number,
): Promise<string[]> {
  return exclusive('notify', async () => {
    const shown: string[] = [];
    for (const notice of notices) {
      for (const key of notice.alsoMark) {
        if (!(await lastEvent(db, workspaceId, key)))
          await recordEvent(db, {
            workspaceId,
            at: now,
            kind: 'notification',
            key,
            detail: 'passed with a higher notice',
          });
      }
      if (await lastEvent(db, workspaceId, notice.key)) continue;
      if (await lastEvent(db, workspaceId, notice.dayKey)) {
        // Shown today under another window: this window counts as done, silently.
        await recordEvent(db, {
          workspaceId,
          at: now,
          kind: 'notification',
          key: notice.key,
          detail: 'already shown today',
        });
        continue;
      }
      await recordEvent(db, {
        workspaceId,
        at: now,
        kind: 'notification',
        key: notice.dayKey,
        detail: notice.title,
      });
      await recordEvent(db, {
        workspaceId,
        at: now,
        kind: 'notification',
        key: notice.key,
        detail: notice.title,
      });
      try {
        await browser.notifications.create(notice.key, {
          type: 'basic',
          iconUrl: NOTIFICATION_ICON,
          title: notice.title,
          message: notice.message,
        });
      } catch {
        // Notifications may be blocked by the OS/user; the event row still stops repeats.
      }
      shown.push(notice.key);
    }
    return shown;
  });
}
