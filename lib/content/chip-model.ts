/**
 * What the estimate chip shows, as plain data: computed from the estimate, the balance summary and
 * the settings, with no DOM and no clock. The chip view only renders this.
 */
import type { Summary } from '../credits/types';
import type { Calibration, Estimate, Scope } from '../estimate/types';
import type { Settings } from '../settings/settings';

export type ChipState = 'ok' | 'near' | 'over';

/** The pool a send draws on: the daily cap when it binds, else the monthly message pool. */
export interface Remaining {
  pool: 'daily' | 'message';
  remaining: number;
  limit: number;
  used: number;
}

export interface ChipModel {
  credits: number;
  /** Estimator scope, or 'empty' when nothing is typed. */
  scope: Scope | 'empty';
  state: ChipState;
  /** The chip's visible line. */
  text: string;
  /** Lines for the hover/focus details. */
  details: string[];
  /** True when a send should be confirmed first (over and the setting on). */
  confirm: boolean;
  remaining: Remaining | null;
}

const SCOPE_LABELS: Record<Scope, string> = {
  discuss: 'discuss',
  simple: 'simple change',
  feature: 'small feature',
  module: 'complex module',
  broad: 'broad change',
};

export function scopeLabel(scope: Scope): string {
  return SCOPE_LABELS[scope];
}

// Base44 charges in tenths (0.3, 0.5, 1.2); more digits would be false precision for an estimate.
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "1 credit", "0.3 credits", "2 credits". */
export function formatCredits(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${numberFormat.format(rounded)} ${rounded === 1 ? 'credit' : 'credits'}`;
}

function fmt(n: number): string {
  return numberFormat.format(Math.round(n * 10) / 10);
}

/**
 * The pool that applies: of the daily cap (plans that have one) and the monthly message pool,
 * the one with less left, since running out of either stops the builder.
 */
export function applicablePool(summary: Summary | null): Remaining | null {
  if (!summary) return null;
  const m = summary.message;
  const message: Remaining = { pool: 'message', remaining: m.remaining, limit: m.limit, used: m.used };
  if (!summary.daily) return message;
  const d = summary.daily;
  const daily: Remaining = {
    pool: 'daily',
    remaining: Math.max(0, d.limit - d.used),
    limit: d.limit,
    used: d.used,
  };
  return daily.remaining <= message.remaining ? daily : message;
}

function poolWord(pool: Remaining['pool']): string {
  return pool === 'daily' ? 'today' : 'this month';
}

/** "5 left today → ≈ 4 after". */
export function remainingAfterText(r: Remaining, credits: number): string {
  const after = Math.max(0, r.remaining - credits);
  return `${fmt(r.remaining)} left ${poolWord(r.pool)} → ≈ ${fmt(after)} after`;
}

/**
 * ok / near / over: over when the estimate exceeds what remains; near when the pool would be at or
 * past the warning threshold (percent used) after this send.
 */
export function chipState(
  r: Remaining | null,
  credits: number,
  thresholds: Settings['thresholds'],
): ChipState {
  if (!r) return 'ok';
  if (credits > r.remaining + 1e-9) return 'over';
  if (r.limit <= 0) return 'ok';
  const usedAfter = ((r.used + credits) / r.limit) * 100;
  return usedAfter >= thresholds.warn ? 'near' : 'ok';
}

export interface ChipInput {
  estimate: Estimate | null;
  summary: Summary | null;
  calibration: Calibration | null;
  settings: Pick<Settings, 'thresholds' | 'confirmBeforeSend'>;
  /** The background could not be reached (asleep, not ready, error). */
  balanceUnknown: boolean;
  /** The estimator failed on this text (a bug): say so rather than show a stale figure. */
  estimateError?: string | null;
  /** The model picked in the builder (`builder_model`); null = Base44 chooses. */
  builderModel?: string | null;
}

export function chipModel(input: ChipInput): ChipModel {
  const { estimate, summary, calibration, settings } = input;
  const remaining = input.balanceUnknown ? null : applicablePool(summary);
  const credits = estimate?.credits ?? 0;
  const scope: ChipModel['scope'] = estimate ? estimate.scope : 'empty';
  const state = estimate ? chipState(remaining, credits, settings.thresholds) : 'ok';

  // Base44 refused the last prompt for want of credits: that is the news until the balance rises.
  const blocked = summary?.status.kind === 'outOfCredits' && !input.balanceUnknown ? summary.status : null;

  let text: string;
  if (blocked) {
    text = 'Out of credits · Base44 refused the last prompt';
  } else if (input.estimateError) {
    text = 'Estimate unavailable';
  } else if (!estimate) {
    text = remaining
      ? `Credits: ${fmt(remaining.remaining)} left ${poolWord(remaining.pool)}`
      : 'Credits: ≈ 0';
  } else {
    text = `≈ ${formatCredits(credits)} · ${scopeLabel(estimate.scope)}`;
    if (state === 'over' && remaining) {
      text += ` · more than the ${fmt(remaining.remaining)} left ${poolWord(remaining.pool)}`;
    } else if (state === 'near' && remaining) {
      text += ` · ${remainingAfterText(remaining, credits)}`;
    }
  }

  const details: string[] = input.estimateError ? [`Estimator error: ${input.estimateError}`] : [];
  if (estimate) {
    details.push(
      estimate.low === estimate.high
        ? `Estimate: ${formatCredits(credits)}`
        : `Range: ${fmt(estimate.low)}–${formatCredits(estimate.high)}`,
    );
    for (const reason of estimate.reasons) details.push(reason);
    const mine = calibration?.perScope[estimate.scope];
    if (mine && mine.n > 0) {
      details.push(
        `Your average for ${scopeLabel(estimate.scope)}: ${formatCredits(mine.typical)} (${mine.n} ${
          mine.n === 1 ? 'prompt' : 'prompts'
        })`,
      );
    }
  }
  details.push(remaining ? remainingAfterText(remaining, credits) : 'Balance unknown');
  if (blocked) details.unshift(blocked.message);
  if (input.builderModel) {
    // Base44's docs advise the automatic choice to save credits; a manual pick can cost more.
    details.push(`Model: ${input.builderModel}, picked by hand — may cost more than “Automatic”`);
  }

  return {
    credits,
    scope,
    state: blocked ? 'over' : state,
    text,
    details,
    confirm: state === 'over' && settings.confirmBeforeSend,
    remaining,
  };
}
