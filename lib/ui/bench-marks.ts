/**
 * Timing marks the popup benchmark reads (test/bench/popup.bench.ts): harmless, a few entries in the
 * page's performance timeline and one number on `window`.
 */
import { useEffect, useLayoutEffect } from 'react';

declare global {
  interface Window {
    /** performance.now() at the first complete render; read by the popup benchmark. */
    __cmRenderedAt?: number;
  }
}

/** Marks when the summary and the live queries first arrive, and when the popup is complete. */
export function useBenchMarks({
  summary,
  live,
  ready,
}: {
  summary: boolean;
  live: boolean;
  ready: boolean;
}): void {
  // At commit, when the numbers enter the DOM (a passive effect may wait for the next frame).
  useLayoutEffect(() => {
    if (summary) performance.mark('cm-summary');
  }, [summary]);
  useEffect(() => {
    if (live) performance.mark('cm-live');
  }, [live]);
  useEffect(() => {
    if (ready && window.__cmRenderedAt === undefined) window.__cmRenderedAt = performance.now();
  }, [ready]);
}
