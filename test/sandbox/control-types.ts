/** The control API's types, shared by the server and its typed client. */
import type { SandboxPlan } from './plans';
import type { PoolVariant } from './variants';
import type { Fault } from './faults';
import type { BalancePatch } from './account';
import type { BillingAnchor } from './period';
import type { ChatMode } from './cost';

export type ComposerKind = 'textarea' | 'contenteditable';

export interface SandboxState {
  plan: SandboxPlan;
  message: { limit: number; used: number; remaining: number };
  integration: { limit: number; used: number; remaining: number };
  /** The free plan's daily cap; null on paid plans. */
  daily: { used: number; limit: number } | null;
  bonus: number;
  now: number;
  periodStart: number;
  periodEnd: number;
  /** Prompts the builder sent (user messages), oldest first. */
  messages: { appId: string; content: string; cost: number; mode: ChatMode }[];
  /** Every request to the simulated Base44 (not the control API): method and path with query. */
  requests: { method: string; path: string }[];
}

export interface SandboxControl {
  reset(): Promise<void>;
  setPlan(plan: SandboxPlan): Promise<void>;
  setBalances(b: BalancePatch): Promise<void>;
  /** Extra to the shared contract: `freeze: true` stops the sandbox clock, `false` lets it run again. */
  setClock(c: { now?: number; advanceMs?: number; freeze?: boolean }): Promise<void>;
  setAnchor(a: BillingAnchor): Promise<void>;
  setVariant(v: PoolVariant): Promise<void>;
  fault(f: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  setNextCost(cost: number): Promise<void>;
  setApiKey(key: string): Promise<void>;
  setReportCost(on: boolean): Promise<void>;
  /** Extra to the shared contract: the composer kind served when the URL does not pick one. */
  setComposer(kind: ComposerKind): Promise<void>;
  state(): Promise<SandboxState>;
}

export type { SandboxPlan, PoolVariant, Fault, BalancePatch, BillingAnchor, ChatMode };
