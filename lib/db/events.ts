/** Events: resets seen, notifications sent, status changes. */
import Dexie from 'dexie';
import type { CreditMeterDb } from './database';
import type { EventRow } from './rows';

export async function recordEvent(db: CreditMeterDb, row: Omit<EventRow, 'id'>): Promise<void> {
  await db.events.add(row);
}

/** The newest event with this key in a workspace (one index lookup). */
export function lastEvent(
  db: CreditMeterDb,
  workspaceId: string,
  key: string,
): Promise<EventRow | undefined> {
  return db.events
    .where('[workspaceId+key+at]')
    .between([workspaceId, key, Dexie.minKey], [workspaceId, key, Dexie.maxKey])
    .last();
}

/** Events whose key starts with `prefix` in a workspace, at or after `since` (one index range). */
export function eventsWithPrefix(
  db: CreditMeterDb,
  workspaceId: string,
  prefix: string,
  since: number,
): Promise<EventRow[]> {
  return db.events
    .where('[workspaceId+key+at]')
    .between([workspaceId, prefix, Dexie.minKey], [workspaceId, prefix + '\uffff', Dexie.maxKey])
    .filter((e) => e.at >= since)
    .toArray();
}
