/** The control API's types, shared by the server and its typed client. */
import type { SandboxPlan } from './plans';
import type { PoolVariant } from './variants';
import type { Fault } from './faults';
import type { BalancePatch } from './account';
import type { BillingAnchor } from './period';
import type { ChatMode } from './cost';
import type { TerminalStatus } from './conversation';
import type { TurnKind, TurnState } from './turns';
import type { WorkspaceRole } from './workspaces';

export type ComposerKind = 'textarea' | 'contenteditable';
/** How the builder page follows a running turn: polling the conversation (as the CLI does) or an event stream. */
export type PageFollowMode = 'poll' | 'stream';
/** Which (invented) JSON endpoint the page reads its balance from; `none` = text only. */
export type BalanceEndpointShape = 'workspace' | 'billing' | 'none';

export interface TurnRecord {
  id: string;
  appId: string;
  workspaceId: string;
  kind: TurnKind;
  state: TurnState;
  /** null while queued; "pending" while running; then the terminal outcome. */
  backendStatus: TerminalStatus | 'pending' | null;
  /** Charged when the turn settled (0 before). */
  cost: number;
  /** Sandbox-clock instants. */
  startedAt: number | null;
  settledAt: number | null;
}

/** A long-lived response (event stream) the server kept open; wall-clock ms (Date.now()). */
export interface StreamRecord {
  path: string;
  openedAt: number;
  closedAt: number | null;
}

export interface SandboxState {
  /** The workspace the pool fields below describe (default: the personal workspace A). */
  workspaceId: string;
  /** The workspace's tier (any string; the five plan names have built-in limits). */
  plan: string;
  message: { limit: number; used: number; remaining: number };
  integration: { limit: number; used: number; remaining: number };
  /** The free plan's daily cap; null on paid plans. */
  daily: { used: number; limit: number } | null;
  bonus: number;
  now: number;
  periodStart: number;
  periodEnd: number;
  /** Prompts that started a turn (messages and new apps' initial messages; not paywalled ones), oldest first, all workspaces. */
  messages: { appId: string; content: string; cost: number; mode: ChatMode }[];
  /** Every turn, oldest first. */
  turns: TurnRecord[];
  /** Every event stream the server opened, with when the client went away. */
  streams: StreamRecord[];
  apps: { id: string; name: string; workspaceId: string }[];
  workspaces: { id: string; name: string; role: WorkspaceRole; tier: string; isEnterprise: boolean }[];
  session: { valid: boolean; signedOut: boolean };
  /** Every request to the simulated Base44 (not the control API): method and path with query. */
  requests: { method: string; path: string }[];
}

export interface WorkspaceOption {
  workspaceId?: string;
}

export interface TierSpec extends WorkspaceOption {
  tier: string;
  messageLimit: number;
  integrationLimit: number;
  dailyLimit?: number | null;
}

export interface WorkspacePatch {
  workspaceId: string;
  name?: string;
  role?: WorkspaceRole;
  enterprise?: boolean;
}

export interface SandboxControl {
  reset(): Promise<void>;
  setPlan(plan: SandboxPlan, opts?: WorkspaceOption): Promise<void>;
  /** Any tier string with explicit limits (e.g. `enterprise_custom`, 3000 / 80000). */
  setTier(spec: TierSpec): Promise<void>;
  setBalances(b: BalancePatch & WorkspaceOption): Promise<void>;
  /** `freeze: true` stops the sandbox clock, `false` lets it run again. */
  setClock(c: { now?: number; advanceMs?: number; freeze?: boolean }): Promise<void>;
  setAnchor(a: BillingAnchor & WorkspaceOption): Promise<void>;
  setVariant(v: PoolVariant): Promise<void>;
  fault(f: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  setNextCost(cost: number): Promise<void>;
  setApiKey(key: string): Promise<void>;
  /** invented: adds `credits_used` to the ChatTurn answer (off by default: no such field has been seen). */
  setReportCost(on: boolean): Promise<void>;
  setComposer(kind: ComposerKind): Promise<void>;
  setTurn(t: { durationMs: number }): Promise<void>;
  setEdge(e: { timeoutMs: number }): Promise<void>;
  setTurnOutcome(status: TerminalStatus): Promise<void>;
  setPark(on: boolean): Promise<void>;
  setPageFollow(mode: PageFollowMode): Promise<void>;
  setBalanceEndpoint(shape: BalanceEndpointShape): Promise<void>;
  setModel(model: string | null): Promise<void>;
  expireToken(): Promise<void>;
  signOut(): Promise<void>;
  setEnterprise(workspaceId: string, on: boolean): Promise<void>;
  setWorkspaceKey(workspaceId: string, key: string | null): Promise<void>;
  setWorkspace(patch: WorkspacePatch): Promise<void>;
  state(opts?: WorkspaceOption): Promise<SandboxState>;
}

export type {
  SandboxPlan,
  PoolVariant,
  Fault,
  BalancePatch,
  BillingAnchor,
  ChatMode,
  TerminalStatus,
  TurnKind,
  TurnState,
  WorkspaceRole,
};
