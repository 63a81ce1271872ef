import type { UsagePoint } from '../credits/forecast';
import type { PoolName } from '../credits/types';
import type { CreditMeterDb } from './database';

/**
 * A pool's `used` (the message pool unless told) over [start, end): the last reading with a message pool in each of
 * `maxPoints` equal slices (so resets and the current value survive downsampling), found with one
 * indexed seek per slice instead of reading every snapshot of the cycle: a cycle can hold tens of
 * thousands of readings, the chart needs ~60.
 */
export async function sparklineSeries(
  db: CreditMeterDb,
  workspaceId: string,
  start: number,
  end: number,
  maxPoints: number,
  pool: Exclude<PoolName, 'daily'> = 'message',
): Promise<UsagePoint[]> {
  const n = Math.floor(maxPoints);
  if (!(end > start) || n < 1) return [];
  const slice = (end - start) / n;
  const bucketOf = (at: number) => Math.floor((at - start) / slice);
  // Smallest integer time in bucket i, bucketed as `bucketOf` does (floating point safe).
  const lowest = (i: number) => {
    let at = start + Math.ceil(i * slice);
    while (at > start && bucketOf(at - 1) >= i) at--;
    while (bucketOf(at) < i) at++;
    return at;
  };
  const edges = Array.from({ length: n }, (_, i) => lowest(i));
  // One read transaction for all seeks; the plain `.last()` is the fast path, the filtered walk
  // only runs for a slice whose last reading lacks the pool.
  const lasts = await db.transaction('r', db.snapshots, () =>
    Promise.all(
      edges.map(async (from, i) => {
        // The last slice runs to `end` (rows past the last edge belong to it).
        const range = () =>
          db.snapshots
            .where('[workspaceId+at]')
            .between([workspaceId, from], [workspaceId, i === n - 1 ? end : edges[i + 1]!], true, false);
        const last = await range().last();
        if (!last || last[pool] !== null) return last;
        return range()
          .reverse()
          .filter((row) => row[pool] !== null)
          .first();
      }),
    ),
  );
  return lasts.flatMap((row) => {
    const p = row?.[pool];
    return p ? [{ at: row!.at, used: p.used }] : [];
  });
}
