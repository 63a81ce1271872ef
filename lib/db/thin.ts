/** Keeps the snapshot table small: full detail for two weeks, hourly after that. */
import { detectResets, HOUR, DAY } from '../credits/schedule';
import type { CreditMeterDb } from './database';
import type { SnapshotRow } from './rows';
import { snapshotReading } from './snapshots';

export const THIN_AFTER_MS = 14 * DAY;

/**
 * For snapshots older than 14 days (`afterMs`; less when the disk is full), keeps the last of each UTC hour per workspace plus every
 * snapshot that marks a reset (its `used` dropped against the one before). Returns rows deleted.
 * Walks the old rows in time order through the `at` index; safe to run repeatedly.
 */
export async function thinSnapshots(
  db: CreditMeterDb,
  now: number,
  afterMs: number = THIN_AFTER_MS,
): Promise<number> {
  const cutoff = now - afterMs;
  const doomed: number[] = [];
  const state = new Map<string, { hour: number; lastId: number; lastIsReset: boolean; prev: SnapshotRow }>();
  await db.transaction('r', db.snapshots, () =>
    db.snapshots
      .where('at')
      .below(cutoff)
      .each((row) => {
        if (row.id === undefined) return;
        const hour = Math.floor(row.at / HOUR);
        const s = state.get(row.workspaceId);
        // A superseded row in the same hour goes, unless it was the first after a reset.
        if (s && s.hour === hour && !s.lastIsReset) doomed.push(s.lastId);
        const isReset = s ? detectResets(s.prev, snapshotReading(row)).length > 0 : false;
        state.set(row.workspaceId, { hour, lastId: row.id, lastIsReset: isReset, prev: row });
      }),
  );
  for (let i = 0; i < doomed.length; i += 5000) {
    await db.snapshots.bulkDelete(doomed.slice(i, i + 5000));
  }
  return doomed.length;
}
