import type { BalanceSource, DailyCap, Pool } from '../credits/types';
import type { ChatMode, Scope } from '../estimate/types';

/** A stored balance reading. Times are epoch ms. */
export interface SnapshotRow {
  id?: number;
  workspaceId: string;
  at: number;
  source: BalanceSource;
  message: Pool | null;
  integration: Pool | null;
  daily: DailyCap | null;
  tier: string | null;
  periodEnd: number | null;
  /** Optional (added with schema v2): the period start and daily reset the source stated. */
  periodStart?: number | null;
  dailyResetAt?: number | null;
}

export type ActualSource = 'builder' | 'balanceDelta';

/** One prompt sent from the builder. */
export interface LedgerRow {
  id?: number;
  /** Unique per send, chosen by the sender, so a retried message is not recorded twice. */
  sendId: string;
  at: number;
  workspaceId: string;
  appId: string | null;
  mode: ChatMode;
  scope: Scope;
  estimate: number;
  low: number;
  high: number;
  /** Actual credits charged; null while unknown (never guessed). */
  actual: number | null;
  actualSource: ActualSource | null;
  /** Epoch ms of the builder's reply, when seen. */
  repliedAt: number | null;
  /** Start of the prompt, only when the user allows it (local only). */
  excerpt: string | null;
}

export type EventKind = 'reset' | 'notification' | 'status';

export interface EventRow {
  id?: number;
  workspaceId: string;
  at: number;
  kind: EventKind;
  /** e.g. "message-monthly", "daily", "threshold-80-message". */
  key: string;
  detail: string | null;
}
