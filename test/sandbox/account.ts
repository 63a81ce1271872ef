/**
 * The simulated Base44 account: plan, both pools, the free daily cap, the billing anchor and the
 * sandbox clock (real time plus an offset, so tests can jump across resets).
 */
import { billingPeriod, utcDayStart, type BillingAnchor } from './period';
import { SANDBOX_PLANS, type SandboxPlan } from './plans';
import { costOf, round1, seededRandom, type ChatMode } from './cost';
import type { PoolSnapshot } from './variants';

export interface StoredMessage {
  id: string;
  appId: string;
  role: 'user' | 'assistant';
  content: string;
  mode: ChatMode;
  /** What the prompt cost (on the user message and its reply). */
  cost: number;
  at: number;
  steps?: string[];
  thoughtSeconds?: number;
}

export interface BalancePatch {
  messageUsed?: number;
  messageLimit?: number;
  integrationUsed?: number;
  integrationLimit?: number;
  dailyUsed?: number;
  dailyLimit?: number | null;
  bonus?: number;
}

export type ChargeResult =
  { ok: true; cost: number } | { ok: false; status: number; error: string; message: string };

const DEFAULT_ANCHOR: BillingAnchor = { day: 1, hour: 0, minute: 0 };
const SEED = 44;

export class Account {
  plan: SandboxPlan = 'free';
  messageLimit = 0;
  messageUsed = 0;
  integrationLimit = 0;
  integrationUsed = 0;
  dailyLimit: number | null = null;
  dailyUsed = 0;
  bonus = 0;
  anchor: BillingAnchor = { ...DEFAULT_ANCHOR };
  clockOffset = 0;
  /** When set, the sandbox clock stands still at this instant (setClock({ freeze: true })). */
  frozenAt: number | null = null;
  nextCost: number | null = null;
  messages: StoredMessage[] = [];
  private random = seededRandom(SEED);
  /** The period/day the "used" numbers belong to; crossing into a new one resets them. */
  private periodStart = 0;
  private dayStart = 0;

  constructor() {
    this.reset();
  }

  now(): number {
    return this.frozenAt ?? Date.now() + this.clockOffset;
  }

  reset(): void {
    this.clockOffset = 0;
    this.frozenAt = null;
    this.anchor = { ...DEFAULT_ANCHOR };
    this.nextCost = null;
    this.messages = [];
    this.random = seededRandom(SEED);
    this.bonus = 0;
    this.setPlan('free');
    this.messageUsed = 0;
    this.integrationUsed = 0;
    this.dailyUsed = 0;
    this.markWindows();
  }

  /** Changing plan keeps "used" and swaps the limits at once, as an upgrade mid-cycle does. */
  setPlan(plan: SandboxPlan): void {
    this.roll();
    const limits = SANDBOX_PLANS[plan];
    this.plan = plan;
    this.messageLimit = limits.message;
    this.integrationLimit = limits.integration;
    this.dailyLimit = limits.daily;
  }

  setBalances(b: BalancePatch): void {
    this.roll();
    if (b.messageUsed !== undefined) this.messageUsed = b.messageUsed;
    if (b.messageLimit !== undefined) this.messageLimit = b.messageLimit;
    if (b.integrationUsed !== undefined) this.integrationUsed = b.integrationUsed;
    if (b.integrationLimit !== undefined) this.integrationLimit = b.integrationLimit;
    if (b.dailyUsed !== undefined) this.dailyUsed = b.dailyUsed;
    if (b.dailyLimit !== undefined) this.dailyLimit = b.dailyLimit;
    if (b.bonus !== undefined) this.bonus = b.bonus;
  }

  /** Jump to `now` and/or by `advanceMs`; `freeze` stops the clock there (true) or lets it run again (false). */
  setClock(c: { now?: number; advanceMs?: number; freeze?: boolean }): void {
    this.roll();
    let t = c.now ?? this.now();
    if (c.advanceMs !== undefined) t += c.advanceMs;
    const freeze = c.freeze ?? this.frozenAt !== null;
    this.frozenAt = freeze ? t : null;
    this.clockOffset = t - Date.now();
    this.roll();
  }

  setAnchor(a: BillingAnchor): void {
    this.anchor = { ...a };
    // A new anchor redefines the current period; keep what was used in it.
    this.markWindows();
  }

  period(): { start: number; end: number } {
    return billingPeriod(this.now(), this.anchor);
  }

  /** Nothing rolls over: a new billing period clears both pools, a new UTC day the daily cap. */
  private roll(): void {
    const now = this.now();
    const period = billingPeriod(now, this.anchor);
    if (period.start !== this.periodStart) {
      this.messageUsed = 0;
      this.integrationUsed = 0;
    }
    if (utcDayStart(now) !== this.dayStart) this.dailyUsed = 0;
    this.markWindows();
  }

  private markWindows(): void {
    const now = this.now();
    this.periodStart = billingPeriod(now, this.anchor).start;
    this.dayStart = utcDayStart(now);
  }

  snapshot(): PoolSnapshot {
    this.roll();
    const period = this.period();
    return {
      tier: this.plan,
      message: {
        limit: this.messageLimit,
        used: round1(this.messageUsed),
        remaining: round1(Math.max(0, this.messageLimit - this.messageUsed)),
      },
      integration: {
        limit: this.integrationLimit,
        used: round1(this.integrationUsed),
        remaining: round1(Math.max(0, this.integrationLimit - this.integrationUsed)),
      },
      dailyLimit: this.dailyLimit,
      dailyUsed: round1(this.dailyUsed),
      bonus: round1(this.bonus),
      periodStart: period.start,
      periodEnd: period.end,
    };
  }

  /** The built app used a Base44 service: 1 integration credit (2 for an email on a custom domain). */
  chargeIntegration(cost: number): ChargeResult {
    this.roll();
    if (this.integrationLimit - this.integrationUsed <= 0) {
      return {
        ok: false,
        status: 402,
        error: 'insufficient_integration_credits',
        message:
          'This app has run out of integration credits. Upgrade your plan or wait for your credits to reset.',
      };
    }
    this.integrationUsed = round1(this.integrationUsed + cost);
    return { ok: true, cost };
  }

  /**
   * Charge one chat prompt. Refuses when the message pool (plus bonus credits) or the free daily
   * cap is already exhausted; a prompt that starts with credits left is charged in full.
   */
  charge(content: string, mode: ChatMode): ChargeResult {
    this.roll();
    const remaining = this.messageLimit - this.messageUsed + this.bonus;
    if (remaining <= 0) {
      return {
        ok: false,
        status: 402,
        error: 'insufficient_credits',
        message: "You've run out of message credits. Upgrade your plan or wait for your credits to reset.",
      };
    }
    if (this.dailyLimit !== null && this.dailyUsed >= this.dailyLimit) {
      return {
        ok: false,
        status: 429,
        error: 'daily_limit_reached',
        message: `You've reached your daily limit of ${this.dailyLimit} message credits. Credits reset daily.`,
      };
    }
    const cost = this.nextCost ?? costOf(content, mode, this.random);
    this.nextCost = null;
    // Plan credits first, bonus credits only once the plan's pool is used up.
    const fromPlan = Math.min(cost, Math.max(0, this.messageLimit - this.messageUsed));
    this.messageUsed = round1(this.messageUsed + fromPlan);
    this.bonus = round1(Math.max(0, this.bonus - (cost - fromPlan)));
    if (this.dailyLimit !== null) this.dailyUsed = round1(this.dailyUsed + cost);
    return { ok: true, cost };
  }
}
