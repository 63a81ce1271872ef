import type { MonitoringOutcomeKind } from '../base44/monitoring-api';
import type { Status, Summary } from '../credits/types';
import type { LedgerRow } from '../db/rows';
import type { ChatMode, Estimate } from '../estimate/types';
import type { Calibration } from '../estimate/types';
import type { PageObservation } from '../page-observer/types';

/**
 * What "test connection" / saving a key found, machine readable: the Monitoring API's answer, or
 * `missingInput` (nothing was asked), or `keyRemoved` (an empty key was saved).
 */
export type ConnectionOutcome = MonitoringOutcomeKind | 'missingInput' | 'keyRemoved';

/** Outcome of "test connection" on the options page, shown to the user as is. */
export interface ConnectionResult {
  ok: boolean;
  status: Status['kind'];
  outcome: ConnectionOutcome;
  message: string;
}

export interface PromptSent {
  sendId: string;
  at: number;
  appId: string | null;
  mode: ChatMode;
  estimate: Pick<Estimate, 'scope' | 'credits' | 'low' | 'high'>;
  /** The prompt text; the background keeps an excerpt only if the user allows it. */
  text: string;
}

/**
 * Every message between contexts: name → [request, response]. The background handles all of them.
 * Send with `sendMessage` (lib/messaging/client.ts); handle with `handleMessages`.
 */
export interface ProtocolMap {
  /** Current summary for a workspace (the active one when omitted). */
  getSummary: [{ workspaceId?: string }, Summary];
  /** What the composer needs: summary plus the user's calibration. */
  getComposerContext: [{ workspaceId?: string }, { summary: Summary; calibration: Calibration }];
  /** Poll every source now. */
  refreshNow: [Record<string, never>, Status];
  /** Validated numbers from the builder page's own traffic. */
  pageObservation: [PageObservation, void];
  /** The composer could (not) be found on an editor route. */
  pageHealth: [{ composerFound: boolean; url: string }, void];
  promptSent: [PromptSent, { id: number }];
  /** Options page → background: store the Monitoring API credentials. */
  setCredentials: [{ apiKey: string; workspaceId: string }, ConnectionResult];
  /** Test credentials without storing them (or the stored ones when omitted). */
  testConnection: [{ apiKey?: string; workspaceId?: string }, ConnectionResult];
  /** Whether a key is stored, and its last 4 characters, never the key itself. */
  getCredentialsInfo: [Record<string, never>, { hasKey: boolean; last4: string; workspaceId: string }];
  /** Newest first, `limit` rows before `before` (epoch ms). */
  getLedger: [{ before?: number; limit: number; workspaceId?: string }, LedgerRow[]];
  deleteAllData: [Record<string, never>, void];
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K][0];
export type ResponseOf<K extends MessageName> = ProtocolMap[K][1];

/** The envelope on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  cm: 1;
  name: K;
  data: RequestOf<K>;
}

/** Error replies travel as values, so a caller can show them. */
export type Reply<K extends MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };
