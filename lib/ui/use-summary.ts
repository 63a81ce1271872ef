import { useCallback, useEffect, useRef, useState } from 'react';
import { activeSummary, publishedItem, type Published } from '../background/published';
import { summaryValidUntil } from '../credits/summary';
import type { Summary } from '../credits/types';
import { sendMessage } from '../messaging/client';

/** A summary whose day or month has not ended since it was published, else null. */
function current(s: Summary | null): Summary | null {
  const until = s ? summaryValidUntil(s) : null;
  return s && (until === null || until > Date.now()) ? s : null;
}

export interface SummaryState {
  summary: Summary | null;
  /** The background's error text when asking it failed. */
  error: string | null;
  /** Ask the background again (after an error). */
  reload: () => void;
}

/**
 * The shown workspace's summary as the background published it (lib/background/publish.ts): `initial`
 * is what storage held before the first render, then the item is watched, so no round trip stands
 * before the numbers. The background is asked only when nothing current is published (first start;
 * a day or month ended while it slept), and its answer is published too.
 */
export function useSummary(initial: Published | null = null): SummaryState {
  const [summary, setSummary] = useState<Summary | null>(() => current(activeSummary(initial)));
  const [error, setError] = useState<string | null>(null);
  // Bumped by every publication seen: an answer that started before one is older than it.
  const seen = useRef(0);

  const show = useCallback((p: Published | null) => {
    const s = activeSummary(p);
    if (s) {
      seen.current++;
      setSummary(s);
      setError(null);
    }
    return s;
  }, []);

  const reload = useCallback(() => {
    const asked = seen.current;
    sendMessage('getSummary', {}).then(
      (s) => {
        if (asked !== seen.current) return;
        setSummary(s);
        setError(null);
      },
      (e: unknown) => {
        if (asked === seen.current) setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, []);

  useEffect(() => {
    let live = true;
    const unwatch = publishedItem.watch((p) => show(p));
    // Read again now the watch is on: a publication between the first read and the watch counts.
    void publishedItem.getValue().then((p) => {
      // A publication watched meanwhile is newer than this read.
      if (!live || seen.current > 0) return;
      if (!current(activeSummary(p))) reload();
      else show(p);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [show, reload]);

  return { summary, error, reload };
}
