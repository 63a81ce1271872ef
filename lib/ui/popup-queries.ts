/**
 * The popup's history queries, loaded after the first paint (a dynamic import: Dexie stays out of
 * the script the numbers wait for). Each is a bounded, indexed live query — never the whole table.
 */
import { liveQuery } from 'dexie';
import type { UsagePoint } from '../credits/forecast';
import type { CreditMeterDb } from '../db/database';
import { ledgerPage } from '../db/repo';
import type { LedgerRow } from '../db/rows';
import { sparklineSeries } from '../db/series';

/** Points in the pace chart (one indexed seek each, see lib/db/series.ts). */
const SPARKLINE_POINTS = 60;
/** The integration pool has no chart, only a forecast: fewer points, fewer seeks. */
const INTEGRATION_POINTS = 24;
const RECENT_PROMPTS = 5;

export interface HistoryListener {
  recent: (rows: LedgerRow[]) => void;
  series: (points: UsagePoint[]) => void;
  integrationSeries: (points: UsagePoint[]) => void;
}

/** Follow the workspace's recent prompts and the period's pools; returns the unsubscribe. */
export function watchHistory(
  db: CreditMeterDb,
  workspaceId: string,
  periodStart: number,
  on: HistoryListener,
): () => void {
  const subscriptions = [
    liveQuery(() => ledgerPage(db, { workspaceId, limit: RECENT_PROMPTS })).subscribe({
      next: on.recent,
      error: () => on.recent([]),
    }),
    // The end is "now" at query time; the queries re-run on every write anyway.
    liveQuery(() => sparklineSeries(db, workspaceId, periodStart, Date.now(), SPARKLINE_POINTS)).subscribe({
      next: on.series,
      error: () => on.series([]),
    }),
    liveQuery(() =>
      sparklineSeries(db, workspaceId, periodStart, Date.now(), INTEGRATION_POINTS, 'integration'),
    ).subscribe({ next: on.integrationSeries, error: () => on.integrationSeries([]) }),
  ];
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
