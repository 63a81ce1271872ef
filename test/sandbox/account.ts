/**
 * One workspace's credit account: tier, both pools, the free daily cap, bonus credits and the
 * billing anchor. Every workspace has its own (base44-facts.md, "Which workspace pays").
 */
import { billingPeriod, utcDayStart, type BillingAnchor } from './period';
import { SANDBOX_PLANS, type SandboxPlanLimits } from './plans';
import { round1 } from './cost';
import type { SandboxClock } from './clock';
import type { PoolSnapshot } from './variants';

export interface BalancePatch {
  messageUsed?: number;
  messageLimit?: number;
  integrationUsed?: number;
  integrationLimit?: number;
  dailyUsed?: number;
  dailyLimit?: number | null;
  bonus?: number;
}

/** Why a turn may not run: the pool (plus bonus) is empty, or the free daily cap is used up. */
export type Paywall = { reason: 'out_of_credits' | 'daily_limit'; message: string } | null;

export type IntegrationCharge =
  | { ok: true; cost: number }
  | { ok: false; status: number; errorType: string; reason: string; message: string };

const DEFAULT_ANCHOR: BillingAnchor = { day: 1, hour: 0, minute: 0 };

export class Account {
  /** A free string: Base44's tiers include ones the plan table does not know (facts file). */
  tier = 'free';
  messageLimit = 0;
  messageUsed = 0;
  integrationLimit = 0;
  integrationUsed = 0;
  dailyLimit: number | null = null;
  dailyUsed = 0;
  bonus = 0;
  anchor: BillingAnchor = { ...DEFAULT_ANCHOR };
  /** The period/day the "used" numbers belong to; crossing into a new one resets them. */
  private periodStart = 0;
  private dayStart = 0;

  constructor(
    private readonly clock: SandboxClock,
    private readonly initialTier: string = 'free',
  ) {
    this.reset();
  }

  reset(): void {
    this.anchor = { ...DEFAULT_ANCHOR };
    this.bonus = 0;
    this.setTier(this.initialTier, SANDBOX_PLANS[this.initialTier as keyof typeof SANDBOX_PLANS]);
    this.messageUsed = 0;
    this.integrationUsed = 0;
    this.dailyUsed = 0;
    this.markWindows();
  }

  /** Changing tier keeps "used" and swaps the limits at once, as an upgrade mid-cycle does. */
  setTier(tier: string, limits: SandboxPlanLimits): void {
    this.roll();
    this.tier = tier;
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

  setAnchor(a: BillingAnchor): void {
    this.anchor = { ...a };
    // A new anchor redefines the current period; keep what was used in it.
    this.markWindows();
  }

  period(): { start: number; end: number } {
    return billingPeriod(this.clock.now(), this.anchor);
  }

  /** Nothing rolls over: a new billing period clears both pools, a new UTC day the daily cap. */
  roll(): void {
    const now = this.clock.now();
    if (billingPeriod(now, this.anchor).start !== this.periodStart) {
      this.messageUsed = 0;
      this.integrationUsed = 0;
    }
    if (utcDayStart(now) !== this.dayStart) this.dailyUsed = 0;
    this.markWindows();
  }

  private markWindows(): void {
    const now = this.clock.now();
    this.periodStart = billingPeriod(now, this.anchor).start;
    this.dayStart = utcDayStart(now);
  }

  snapshot(): PoolSnapshot {
    this.roll();
    const period = this.period();
    return {
      tier: this.tier,
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

  /**
   * Whether a turn may start. send.ts: a paywalled turn is "out of credits — nothing ran"; the
   * sandbox refuses when pool + bonus is spent or the free daily cap is used up (docs: Free is
   * capped per day; running out stops what the pool pays for). invented: the message texts, and
   * that a turn needs only more than 0 left (not its price).
   */
  paywall(): Paywall {
    this.roll();
    if (this.messageLimit - this.messageUsed + this.bonus <= 0)
      return {
        reason: 'out_of_credits',
        message: "You're out of credits. Upgrade your plan or wait for your credits to reset.",
      };
    if (this.dailyLimit !== null && this.dailyUsed >= this.dailyLimit)
      return {
        reason: 'daily_limit',
        message: `You're out of credits for today: you've reached your daily limit of ${this.dailyLimit} message credits. Credits reset daily.`,
      };
    return null;
  }

  /**
   * Takes a settled turn's cost: plan credits first, bonus credits only once the plan's pool is spent
   * (docs). invented: one bonus number (the docs: top-ups used earliest first, valid a year), and
   * that the daily cap counts the whole cost.
   */
  charge(cost: number): void {
    this.roll();
    const fromPlan = Math.min(cost, Math.max(0, this.messageLimit - this.messageUsed));
    this.messageUsed = round1(this.messageUsed + fromPlan);
    this.bonus = round1(Math.max(0, this.bonus - (cost - fromPlan)));
    if (this.dailyLimit !== null) this.dailyUsed = round1(this.dailyUsed + cost);
  }

  /**
   * The built app used a Base44 service: 1 integration credit (2 for an email on a custom domain;
   * docs). An empty pool stops what it pays for (docs). invented: the 402 status and its body.
   */
  chargeIntegration(cost: number): IntegrationCharge {
    this.roll();
    if (this.integrationLimit - this.integrationUsed <= 0) {
      return {
        ok: false,
        status: 402,
        errorType: 'payment_required',
        reason: 'insufficient_integration_credits',
        message:
          'This app has run out of integration credits. Upgrade your plan or wait for your credits to reset.',
      };
    }
    this.integrationUsed = round1(this.integrationUsed + cost);
    return { ok: true, cost };
  }
}
