/** Ledger rows for the credit-view tests: times in epoch ms, everything else defaulted. */
import type { LedgerRow } from '../../../lib/db/rows';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Sunday 29 March 2026, 00:00 UTC: the night clocks change in Europe (01:00 UTC). */
export const T0 = Date.UTC(2026, 2, 29, 0, 0);

let seq = 0;

export function row(over: Partial<LedgerRow> & { fix?: boolean } = {}): LedgerRow & { fix?: boolean } {
  seq++;
  return {
    id: seq,
    sendId: `s${seq}`,
    at: T0,
    workspaceId: 'w1',
    appId: 'app-a',
    mode: 'build',
    scope: 'feature',
    estimate: 1,
    low: 0.5,
    high: 1.5,
    actual: null,
    actualSource: null,
    repliedAt: null,
    state: 'settled',
    settledAt: null,
    excerpt: null,
    ...over,
  };
}
