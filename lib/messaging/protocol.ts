import type { MonitoringOutcomeKind } from '../base44/monitoring-api';
import type { AppCosts } from '../credits/app-costs';
import type { DraftChecks } from '../credits/draft-checks';
import type { Status, Summary } from '../credits/types';
import type { Diagnostics } from '../background/diagnostics';
import type { LedgerMode, LedgerRow } from '../db/rows';
import type { ChatMode, Estimate } from '../estimate/types';
import type { ChipDisplay, Settings } from '../settings/settings';
import type { CreditPrice } from '../credits/money';
import type { Calibration } from '../estimate/types';
import type { ObservedWorkspace, PageObservation, TurnStart } from '../page-observer/types';

/**
 * What "test connection" / saving a key found, machine readable: the Monitoring API's answer, or
 * `missingInput` (nothing was asked), or `keyRemoved` (an empty key was saved).
 */
export type ConnectionOutcome = MonitoringOutcomeKind | 'missingInput' | 'keyRemoved';

/**
 * What a person is told about a connection test, as a code plus what the words need (counts, the
 * kind of key tried, a technical detail); pages word it in their language (lib/i18n/connection-text.ts).
 */
export type ConnectionNote =
  | { code: 'missingKey' }
  | { code: 'missingWorkspace' }
  | { code: 'connected'; remaining: number | null; limit: number | null }
  | { code: 'answerUnrecognised'; detail: string }
  | { code: 'keyRejected'; workspaceKey: boolean }
  | { code: 'roleDenied' }
  | { code: 'notEnterprise'; certain: boolean }
  | { code: 'notFound'; workspaceKey: boolean }
  | { code: 'rateLimited' }
  | { code: 'unreachable'; detail: string }
  | { code: 'unrecognised'; detail: string }
  | { code: 'keyRemoved' };

/** Outcome of "test connection" / saving a key on the options page. */
export interface ConnectionResult {
  ok: boolean;
  status: Status['kind'];
  outcome: ConnectionOutcome;
  /** What to tell the person; the page words it in its own language. */
  note: ConnectionNote;
  /** The same in English, for the background's own status line and logs. */
  message: string;
}

export interface PromptSent {
  sendId: string;
  at: number;
  appId: string | null;
  mode: LedgerMode;
  /** Which request started the turn (default: a chat message). */
  start?: TurnStart;
  /** The prompt text; the background keeps an excerpt only if the user allows it. */
  text: string;
}

/** An estimate with what the chip warns about (budgets, a fix loop); `checks` may be missing. */
export type DraftEstimate = Estimate & { checks?: DraftChecks };

export interface ComposerContext {
  summary: Summary;
  calibration: Calibration;
  builderModel: string | null;
  /** Content scripts never read extension storage: the settings the chip needs come with this. */
  settings: Pick<Settings, 'thresholds' | 'confirmBeforeSend'>;
  /** The user's price per credit (money beside credits); null = credits only. */
  price?: CreditPrice | null;
  /** How the chip shows on the tab's app (full when missing). */
  display?: ChipDisplay;
}

/** What the content script read from the builder's visible text (never a JSON body). */
export type PageText =
  /** The logo menu or Settings → Credit usage: "N credits left", "X of Y used". */
  | {
      kind: 'textBalance';
      remaining: number;
      limit: number | null;
      daily: { remaining: number; limit: number } | null;
    }
  /** "Credits Used: N" under a reply, with the id of the user message it answers. */
  | { kind: 'creditsUsed'; messageId: string; cost: number };

/** The workspaces the popup can switch between, and the one shown. */
export interface WorkspaceChoice {
  active: string;
  workspaces: ObservedWorkspace[];
}

/** The diagnostics page's data: what was seen, plus states derived at read time. */
export interface DiagnosticsReport extends Diagnostics {
  version: string;
  monitoring: { configured: boolean; status: string | null; at: number | null };
  signedIn: { failures: number };
  builderModelPicked: boolean;
  workspaceCount: number;
  appCount: number;
}

/**
 * Every message between contexts: name → [request, response]. The background handles all of them.
 * Send with `sendMessage` (lib/messaging/client.ts); handle with `handleMessages`.
 */
export interface ProtocolMap {
  /** Current summary for a workspace (the active one when omitted). */
  getSummary: [{ workspaceId?: string }, Summary];
  /** What the composer needs: summary, calibration, the model picked in the builder, chip settings. */
  getComposerContext: [{ workspaceId?: string }, ComposerContext];
  /** The pre-send estimate of the composer's text, computed here (the page gets no estimator). */
  estimate: [{ text: string; mode: ChatMode; locale?: string }, DraftEstimate];
  /** Poll every source now. */
  refreshNow: [Record<string, never>, Status];
  /** Validated numbers from the builder page's own traffic. */
  pageObservation: [PageObservation, void];
  /** The composer could (not) be found on an editor route. */
  /** `focused`: the user is looking at this tab (shown, focused, or a route change while shown). */
  pageHealth: [{ composerFound?: boolean; url: string; focused?: boolean }, void];
  promptSent: [PromptSent, { id: number }];
  /** Numbers the content script read from the builder's visible text. */
  pageText: [PageText, void];
  /** The popup's workspace switcher. */
  getWorkspaces: [Record<string, never>, WorkspaceChoice];
  setActiveWorkspace: [{ workspaceId: string }, void];
  /** "What Credit Meter sees": sources, shapes, versions; no values, text or keys. */
  getDiagnostics: [Record<string, never>, DiagnosticsReport];
  /** Options page → background: store the Monitoring API credentials. */
  setCredentials: [{ apiKey: string; workspaceId: string }, ConnectionResult];
  /** Test credentials without storing them (or the stored ones when omitted). */
  testConnection: [{ apiKey?: string; workspaceId?: string }, ConnectionResult];
  /** Whether a key is stored, and its last 4 characters, never the key itself. */
  getCredentialsInfo: [Record<string, never>, { hasKey: boolean; last4: string; workspaceId: string }];
  /** The popup's session and per-app credits this cycle (the active workspace when omitted). */
  getAppCosts: [{ workspaceId?: string }, AppCosts];
  /** Newest first, `limit` rows before `before` (epoch ms). */
  getLedger: [{ before?: number; limit: number; workspaceId?: string }, LedgerRow[]];
  /** App id → the builder's name for it (null until seen), for the ledger page's app view. */
  getAppNames: [Record<string, never>, Record<string, string | null>];
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
