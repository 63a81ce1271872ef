import { useLiveQuery } from 'dexie-react-hooks';
import type { UsagePoint } from '../credits/forecast';
import type { LedgerRow } from '../db/rows';
import { db } from '../db/instance';
import { latestSnapshot, ledgerPage } from '../db/repo';
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
  /**
   * Changes whenever a new reading or prompt lands, so the summary can be fetched again; null
   * until the workspace's first answers are in.
   */
  changeToken: string | null;
}

/**
 * Live views of the DB for the popup (extension pages read; only the background writes). Each is a
 * bounded, indexed query — never the whole table — so the popup stays fast with a large history.
 * Results carry the workspace they were read for, so a stale answer is never shown as current.
 */
export function usePopupLiveData(workspaceId: string | null, cycleStart: number): LiveData {
  const ws = workspaceId ?? '';
  const latest = useLiveQuery(
    async () => ({ ws, id: ws ? ((await latestSnapshot(db, ws))?.id ?? 0) : 0 }),
    [ws],
  );
  const recent = useLiveQuery(
    async () => ({ ws, rows: ws ? await ledgerPage(db, { workspaceId: ws, limit: RECENT_PROMPTS }) : [] }),
    [ws],
  );
  const series = useLiveQuery(
    // The end is "now" at query time; the query re-runs on every write anyway.
    async () => ({
      ws,
      points: ws ? await sparklineSeries(db, ws, cycleStart, Date.now(), SPARKLINE_POINTS) : [],
    }),
    [ws, cycleStart],
  );
  const integration = useLiveQuery(
    async () => ({
      ws,
      points: ws
        ? await sparklineSeries(db, ws, cycleStart, Date.now(), INTEGRATION_POINTS, 'integration')
        : [],
    }),
    [ws, cycleStart],
  );
  const recentRows = recent?.ws === ws ? recent.rows : undefined;
  const recentKey = (recentRows ?? []).map((r) => `${r.id}/${r.actual}`).join(',');
  return {
    series: series?.ws === ws ? series.points : undefined,
    integrationSeries: integration?.ws === ws ? integration.points : undefined,
    recent: recentRows,
    changeToken: latest?.ws === ws && recentRows ? `${ws}|${latest.id}|${recentKey}` : null,
  };
}
