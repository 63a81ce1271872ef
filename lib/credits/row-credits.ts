/**
 * What one ledger row counts for in totals, sessions, budgets and stop-loss: the credits Base44
 * charged when known, else our estimate. Pure.
 */
import type { LedgerRow } from '../db/rows';
import { TURN_TIMEOUT_MS } from './turns';

/** The ledger fields the credit views read (a whole `LedgerRow` fits). */
export type CreditRow = Pick<LedgerRow, 'at' | 'appId' | 'mode' | 'estimate' | 'actual' | 'actualSource'> &
  Partial<Pick<LedgerRow, 'workspaceId' | 'state' | 'settledAt' | 'repliedAt'>>;

/** A paywalled turn ran nothing, so it cost nothing, whatever was estimated. */
export function isPaywalled(row: CreditRow): boolean {
  return row.state === 'paywalled' || row.actualSource === 'paywall';
}

/**
 * Actual where known, else the estimate. A stopped or failed turn with no known cost keeps its
 * estimate: Base44 may have charged for the work done before it ended, and overcounting a
 * warning is safer than hiding spend.
 */
export function rowCredits(row: CreditRow): number {
  if (isPaywalled(row)) return 0;
  return row.actual ?? row.estimate;
}

/** True when the row's cost is Base44's own figure (or a paywall's 0), not our estimate. */
export function isMeasured(row: CreditRow): boolean {
  return row.actual !== null || isPaywalled(row);
}

/**
 * When the row's turn stopped being activity: its end when known; a turn still open counts as
 * active until `now`, but never past the turn timeout (an unswept stale row must not keep a
 * session open for days).
 */
export function activityEnd(row: CreditRow, now: number): number {
  const end = row.settledAt ?? row.repliedAt ?? null;
  if (end !== null) return Math.max(row.at, end);
  const terminal =
    row.state !== undefined && row.state !== 'sent' && row.state !== 'queued' && row.state !== 'running';
  if (terminal) return row.at;
  return Math.max(row.at, Math.min(now, row.at + TURN_TIMEOUT_MS));
}

/**
 * The rows oldest first without copying when they already are (the ledger is read in `at` order,
 * one way or the other); only an unordered list is sorted.
 */
export function oldestFirst<T extends { at: number }>(rows: readonly T[]): readonly T[] {
  let asc = true;
  let desc = true;
  for (let i = 1; i < rows.length && (asc || desc); i++) {
    const d = rows[i]!.at - rows[i - 1]!.at;
    if (d < 0) asc = false;
    if (d > 0) desc = false;
  }
  if (asc) return rows;
  if (desc) return [...rows].reverse();
  return [...rows].sort((a, b) => a.at - b.at);
}
