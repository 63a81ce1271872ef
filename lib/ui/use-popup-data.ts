import { useLiveQuery } from 'dexie-react-hooks';
import type { UsagePoint } from '../credits/forecast';
import type { LedgerRow } from '../db/rows';
import { db } from '../db/instance';
import { ledgerPage } from '../db/repo';
import { sparklineSeries } from '../db/series';

/** Points in the pace chart (one indexed seek each, see lib/db/series.ts). */
const SPARKLINE_POINTS = 60;
/** The integration pool has no chart, only a forecast: fewer points, fewer seeks. */
const INTEGRATION_POINTS = 24;
const RECENT_PROMPTS = 5;

export interface LiveData {
  /** undefined while loading (or while the workspace just changed). */
  series: UsagePoint[] | undefined;
  /** The integration pool's readings this cycle, for its own pace (undefined while loading). */
  integrationSeries: UsagePoint[] | undefined;
  recent: LedgerRow[] | undefined;
}

/**
 * Live views of the DB for the popup's history (extension pages read; only the background writes).
 * They may arrive after the numbers, which come published. Each is a bounded, indexed query — never
 * the whole table — so the popup stays fast with a large history. Results carry the workspace they
 * were read for, so a stale answer is never shown as current.
 */
export function usePopupLiveData(workspaceId: string | null, periodStart: number | null): LiveData {
  const ws = workspaceId ?? '';
  const recent = useLiveQuery(
    async () => ({ ws, rows: ws ? await ledgerPage(db, { workspaceId: ws, limit: RECENT_PROMPTS }) : [] }),
    [ws],
  );
  const series = useLiveQuery(
    // The end is "now" at query time; the query re-runs on every write anyway.
    async () => ({
      ws,
      points:
        ws && periodStart !== null
          ? await sparklineSeries(db, ws, periodStart, Date.now(), SPARKLINE_POINTS)
          : [],
    }),
    [ws, periodStart],
  );
  const integration = useLiveQuery(
    async () => ({
      ws,
      points:
        ws && periodStart !== null
          ? await sparklineSeries(db, ws, periodStart, Date.now(), INTEGRATION_POINTS, 'integration')
          : [],
    }),
    [ws, periodStart],
  );
  return {
    series: series?.ws === ws ? series.points : undefined,
    integrationSeries: integration?.ws === ws ? integration.points : undefined,
    recent: recent?.ws === ws ? recent.rows : undefined,
  };
}
