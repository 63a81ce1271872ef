import { openDb } from '../db/open';
import { useEffect, useState } from 'react';
import type { UsagePoint } from '../credits/forecast';
import type { LedgerRow } from '../db/rows';

export interface LiveData {
  /** undefined while loading (or while the workspace just changed). */
  series: UsagePoint[] | undefined;
  /** The integration pool's readings this cycle, for its own pace (undefined while loading). */
  integrationSeries: UsagePoint[] | undefined;
  recent: LedgerRow[] | undefined;
}

interface Held extends Partial<LiveData> {
  key: string;
}

/**
 * Live views of the DB for the popup's history (extension pages read; only the background writes).
 * They arrive after the numbers, which come published; the query code itself loads after the first
 * paint (popup-queries.ts). Results carry what they were read for, so a stale answer is never shown
 * as current.
 */
export function usePopupLiveData(workspaceId: string | null, periodStart: number | null): LiveData {
  const ws = workspaceId ?? '';
  const key = `${ws}|${periodStart ?? ''}`;
  const [held, setHeld] = useState<Held>({ key: '' });
  useEffect(() => {
    if (!ws || periodStart === null) return;
    let stop: (() => void) | null = null;
    let live = true;
    const put = (part: Partial<LiveData>) =>
      setHeld((h) => (h.key === key ? { ...h, ...part } : { key, ...part }));
    void Promise.all([import('./popup-queries'), openDb()]).then(([{ watchHistory }, db]) => {
      if (!live) return;
      stop = watchHistory(db, ws, periodStart, {
        recent: (recent) => put({ recent }),
        series: (series) => put({ series }),
        integrationSeries: (integrationSeries) => put({ integrationSeries }),
      });
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [ws, periodStart, key]);
  if (!ws) return { series: [], integrationSeries: [], recent: [] };
  if (held.key !== key) return { series: undefined, integrationSeries: undefined, recent: undefined };
  return { series: held.series, integrationSeries: held.integrationSeries, recent: held.recent };
}
