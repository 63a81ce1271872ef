import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreditMeterDb } from '../../../lib/db/database';
import type { SnapshotRow } from '../../../lib/db/rows';
import { sparklineSeries } from '../../../lib/db/series';
import { usageSeries } from './usage-series-reference';

let db: CreditMeterDb;
let n = 0;
beforeEach(async () => {
  db = new CreditMeterDb(`series-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function snap(at: number, used: number | null, workspaceId = 'w'): Omit<SnapshotRow, 'id'> {
  return {
    workspaceId,
    at,
    source: 'page',
    message: used === null ? null : { limit: 100, used, remaining: 100 - used, bonus: null },
    integration: null,
    daily: null,
    tier: null,
    periodEnd: null,
  };
}

describe('sparklineSeries', () => {
  it('follows the integration pool when asked, skipping readings without one', async () => {
    const start = 2_000_000;
    const pool = (used: number) => ({ limit: 1000, used, remaining: 1000 - used, bonus: null });
    await db.snapshots.bulkAdd([
      { ...snap(start, 1), integration: pool(10) },
      { ...snap(start + 20, 2), integration: pool(30) },
      { ...snap(start + 30, 3), integration: null }, // the message pool only: not an integration point
      { ...snap(start + 70, 4), integration: pool(55) },
    ]);
    expect(await sparklineSeries(db, 'w', start, start + 100, 2, 'integration')).toEqual([
      { at: start + 20, used: 30 },
      { at: start + 70, used: 55 },
    ]);
    // The message pool's series is unchanged by the option's existence.
    expect(await sparklineSeries(db, 'w', start, start + 100, 2)).toEqual([
      { at: start + 30, used: 3 },
      { at: start + 70, used: 4 },
    ]);
  });

  it('matches usageSeries on a simple cycle, skipping readings without a message pool', async () => {
    const start = 1_000_000;
    await db.snapshots.bulkAdd([
      snap(start - 5, 1), // before the range
      snap(start, 2),
      snap(start + 10, 3),
      snap(start + 40, null), // no message pool: the slice's previous reading counts
      snap(start + 55, 4),
      snap(start + 99, 5),
      snap(start + 100, 6), // at `end`: excluded
      snap(start + 50, 9, 'other'), // another workspace
    ]);
    const expected = await usageSeries(db, 'w', start, start + 100, 4);
    expect(await sparklineSeries(db, 'w', start, start + 100, 4)).toEqual(expected);
    expect(expected).toEqual([
      { at: start + 10, used: 3 },
      { at: start + 55, used: 4 },
      { at: start + 99, used: 5 },
    ]);
  });

  it('matches usageSeries for any readings, range and point count', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.option(fc.integer({ min: 0, max: 100 }))), {
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 70 }),
        async (rows, start, length, points) => {
          await db.snapshots.clear();
          // Distinct times: two readings at one instant have no defined "last" in either query.
          const unique = [...new Map(rows.map(([at, used]) => [at, used])).entries()];
          await db.snapshots.bulkAdd(unique.map(([at, used]) => snap(at, used)));
          const want = await usageSeries(db, 'w', start, start + length, points);
          const got = await sparklineSeries(db, 'w', start, start + length, points);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is empty for an empty or inverted range', async () => {
    await db.snapshots.add(snap(5, 1));
    expect(await sparklineSeries(db, 'w', 10, 10, 5)).toEqual([]);
    expect(await sparklineSeries(db, 'w', 10, 0, 5)).toEqual([]);
    expect(await sparklineSeries(db, 'w', 0, 10, 0)).toEqual([]);
  });
});
