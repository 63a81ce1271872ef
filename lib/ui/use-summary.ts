import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Summary } from '../credits/types';
import { sendMessage } from '../messaging/client';

/** Storage keys whose change alters the summary (status, workspace, settings); not poll bookkeeping. */
const SUMMARY_KEYS = new Set(['status', 'activeWorkspace', 'workspaces', 'settings', 'apiKey']);

/** A summary request started before React mounted (see prefetchSummary); used once. */
let early: Promise<Summary> | null = null;

/** Start the summary request as the page's script starts, before the first render. */
export function prefetchSummary(): void {
  early ??= sendMessage('getSummary', {});
}

export interface SummaryState {
  summary: Summary | null;
  /** The background's error text when the last fetch failed. */
  error: string | null;
  reload: () => void;
}

/**
 * The background's Summary, fetched on mount, when extension storage changes (status, settings),
 * and every `pollMs` as a fallback. Call `reload` when the DB moves (see useReloadOnChange).
 */
export function useSummary(pollMs = 30_000): SummaryState {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the newest request may set state: an older, slower reply must not overwrite a newer one.
  const seq = useRef(0);

  const reload = useCallback(() => {
    const mine = ++seq.current;
    const request = early ?? sendMessage('getSummary', {});
    early = null;
    request.then(
      (s) => {
        if (mine !== seq.current) return;
        setSummary(s);
        setError(null);
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, []);

  useEffect(() => reload(), [reload]);

  useEffect(() => {
    const id = setInterval(reload, pollMs);
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => SUMMARY_KEYS.has(k))) reload();
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      clearInterval(id);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [reload, pollMs]);

  return { summary, error, reload };
}

/** Call `reload` whenever `token` changes from one known value to another (not on first load). */
export function useReloadOnChange(token: string | null, reload: () => void): void {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const prev = previous.current;
    previous.current = token;
    if (prev !== null && token !== null && prev !== token) reload();
  }, [token, reload]);
}
