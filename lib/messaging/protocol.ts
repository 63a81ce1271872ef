import type { ChipCatalogue } from '../i18n/chip-en';
import type { MonitoringOutcomeKind } from '../base44/monitoring-api';
import type { AppCosts } from '../credits/app-costs';
import type { DraftChecks } from '../credits/draft-checks';
import type { Status, Summary } from '../credits/types';
import type { Diagnostics } from '../background/diagnostics';
import type { Calibration, Estimate } from '../estimate/types';
import type { RequestIn, RequestOut } from '../schema/messages';
import type { PageObservation } from '../schema/observation';
import type { ChipDisplay, Settings } from '../settings/settings';
import type { CreditPrice } from '../credits/money';
import type { Workspace } from '../schema/reading';

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

/**
 * Background → builder tab, after each publish: the context of the tab's workspace (the published
 * summary with what the chip needs next to it). The receiver checks sender and shape.
 */
export interface ContextPush {
  cm: 1;
  push: 'composerContext';
  data: ComposerContext;
}

/** The workspaces the popup can switch between, and the one shown. */
export interface WorkspaceChoice {
  active: string;
  workspaces: Workspace[];
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
 * Every message between contexts: name → [request, response]. The background handles all of them;
 * requests are what senders pass to the schemas of lib/schema/messages.ts.
 * Send with `sendMessage` (lib/messaging/client.ts); handle with `handleMessages`.
 */
export interface ProtocolMap {
  /** Current summary for a workspace (the active one when omitted). */
  getSummary: [RequestIn<'getSummary'>, Summary];
  /** What the composer needs: summary, calibration, the model picked in the builder, chip settings. */
  getComposerContext: [RequestIn<'getComposerContext'>, ComposerContext];
  /** The chip's words in the builder page's language (null: English, or a language we lack). */
  chipWords: [RequestIn<'chipWords'>, ChipCatalogue | null];
  /** The pre-send estimate of the composer's text, computed here (the page gets no estimator). */
  estimate: [RequestIn<'estimate'>, DraftEstimate];
  /** Poll every source now. */
  refreshNow: [RequestIn<'refreshNow'>, Status];
  /** Validated numbers from the builder page's own traffic. */
  pageObservation: [PageObservation, void];
  /** The composer could (not) be found on an editor route. */
  pageHealth: [RequestIn<'pageHealth'>, void];
  promptSent: [RequestIn<'promptSent'>, { id: number }];
  /** Numbers the content script read from the builder's visible text. */
  pageText: [RequestIn<'pageText'>, void];
  /** The popup's workspace switcher. */
  getWorkspaces: [RequestIn<'getWorkspaces'>, WorkspaceChoice];
  setActiveWorkspace: [RequestIn<'setActiveWorkspace'>, void];
  /** "What Credit Meter sees": sources, shapes, versions; no values, text or keys. */
  getDiagnostics: [RequestIn<'getDiagnostics'>, DiagnosticsReport];
  /** Options page → background: store the Monitoring API credentials. */
  setCredentials: [RequestIn<'setCredentials'>, ConnectionResult];
  /** Test credentials without storing them (or the stored ones when omitted). */
  testConnection: [RequestIn<'testConnection'>, ConnectionResult];
  /** Whether a key is stored, and its last 4 characters, never the key itself. */
  getCredentialsInfo: [
    RequestIn<'getCredentialsInfo'>,
    { hasKey: boolean; last4: string; workspaceId: string },
  ];
  /** The popup's session and per-app credits this cycle (the active workspace when omitted). */
  getAppCosts: [RequestIn<'getAppCosts'>, AppCosts];
  /** App id → the builder's name for it (null until seen), for the ledger page's app view. */
  getAppNames: [RequestIn<'getAppNames'>, Record<string, string | null>];
  deleteAllData: [RequestIn<'deleteAllData'>, void];
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K][0];
/** A request after the background parsed it with its schema (lib/schema/messages.ts). */
export type CheckedRequestOf<K extends MessageName> = K extends 'pageObservation' ? unknown : RequestOut<K>;
export type ResponseOf<K extends MessageName> = ProtocolMap[K][1];

/** The envelope on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  cm: 1;
  name: K;
  data: RequestOf<K>;
}

/** Error replies travel as values, so a caller can show them. */
export type Reply<K extends MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export type { PageText, PromptSent } from '../schema/messages';
