import type { CreditMeterDb } from '../../../lib/db/database';

/**
 * The reference for `sparklineSeries`: the same points found the plain way, by reading every
 * snapshot in range. The message pool's `used` over [start, end), at most `maxPoints` points (the
 * last reading of each equal time slice, so resets and the current value survive downsampling).
 */
export async function usageSeries(
  db: CreditMeterDb,
  workspaceId: string,
  start: number,
  end: number,
  maxPoints: number,
): Promise<{ at: number; used: number }[]> {
  if (!(end > start) || maxPoints < 1) return [];
  const slice = (end - start) / Math.floor(maxPoints);
  const byBucket = new Map<number, { at: number; used: number }>();
  const rows = await db.snapshots
    .where('[workspaceId+at]')
    .between([workspaceId, start], [workspaceId, end], true, false)
    .toArray();
  for (const row of rows) {
    if (!row.message) continue;
    const bucket = Math.min(Math.floor(maxPoints) - 1, Math.floor((row.at - start) / slice));
    byBucket.set(bucket, { at: row.at, used: row.message.used });
  }
  return [...byBucket.values()].sort((a, b) => a.at - b.at);
}
