import type { BalanceSource, DailyCap, Pool } from '../credits/types';
import type { ChatMode, Scope } from '../estimate/types';
import type { TurnStart } from '../schema/observation';

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
  /**
   * Optional: the last time a source confirmed these same numbers. Repeats are not stored as rows
   * (they would fill the disk), but they still make the reading current.
   */
  seenAt?: number;
}

/** When a snapshot's numbers were last known to be true. */
export const lastSeen = (row: SnapshotRow): number => Math.max(row.at, row.seenAt ?? row.at);

/**
 * Where an actual cost came from: a cost field in a builder response, the balance change across the
 * turn, the builder's own "Credits Used" text under the reply, or a paywalled turn (nothing ran: 0).
 */
export type ActualSource = 'builder' | 'balanceDelta' | 'builderText' | 'paywall';

/** A turn's lifecycle: sent → (queued →) running → one of the terminal states. */
export type TurnState = 'sent' | 'queued' | 'running' | 'settled' | 'paywalled' | 'stopped' | 'failed';

/** What ended a turn: its conversation outcome, its own response, a stop, or giving up waiting. */
export type SettledBy = 'conversation' | 'chatResponse' | 'stop' | 'timeout';

/** Build or Discuss for typed prompts; `answer` for a turn started by answering a parked question. */
export type LedgerMode = ChatMode | 'answer';

/** One prompt sent from the builder. */
export interface LedgerRow {
  id?: number;
  /** Unique per send, chosen by the sender, so a retried message is not recorded twice. */
  sendId: string;
  at: number;
  workspaceId: string;
  appId: string | null;
  mode: LedgerMode;
  scope: Scope;
  estimate: number;
  low: number;
  high: number;
  /** Actual credits charged; null while unknown (never guessed). */
  actual: number | null;
  actualSource: ActualSource | null;
  /** Epoch ms the turn ended (kept under its v1 name; equals `settledAt`). */
  repliedAt: number | null;
  /** Turn fields (schema v3; rows from before it are read through `turnOf`). */
  start?: TurnStart;
  state?: TurnState;
  /** When the turn started running: the send, or for a queued turn the end of the one before it. */
  runningAt?: number | null;
  settledAt?: number | null;
  settledBy?: SettledBy | null;
  /** The builder's id of the turn's user message, once the conversation showed it. */
  messageId?: string | null;
  /** The prompt read as a fix ("still broken", a stack trace) when sent; missing on older rows. */
  fix?: boolean;
  /** Start of the prompt, only when the user allows it (local only). */
  excerpt: string | null;
}

/**
 * What an event records: resets, notifications shown, and `cap`, a daily window in which the cap
 * was reached (its reset is announced, lib/credits/cap-reset.ts).
 */
export type EventKind = 'reset' | 'notification' | 'cap';

export interface EventRow {
  id?: number;
  workspaceId: string;
  at: number;
  kind: EventKind;
  /** e.g. "message-monthly", "daily", "threshold-80-message". */
  key: string;
  detail: string | null;
}
