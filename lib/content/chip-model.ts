/**
 * What the estimate chip shows, as plain data: computed from the estimate, the balance summary and
 * the settings, with no DOM and no clock. The chip view only renders this.
 */
import type { Summary } from '../credits/types';
import type { Calibration, Estimate, Scope } from '../estimate/types';
import { formatMoney, type CreditPrice } from '../credits/money';
import type { ChipDisplay, Settings } from '../settings/settings';
import type { ChipKey } from '../i18n/chip-en';
import { chipT } from '../i18n/chip-words';
import { dirOf, type Locale } from '../i18n/locales';
import type { Params } from '../i18n/translate';
import type { ChipWarning } from './chip-warning';
import type { WarningView } from './warning-lines';
import { levelFor, roundCredits } from '../ui/format';

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
  /** How many characters of `text` are the figure (the credits): all a compact chip shows. */
  figureLength: number;
  /** Full line, figure only, or hidden (the send guard still asks). */
  display: ChipDisplay;
  /** Lines for the hover/focus details. */
  details: string[];
  /** True when a send should be confirmed first (over the pool or the daily budget, setting on). */
  confirm: boolean;
  /** The chip's warning (`data-warning`): budget, fix-loop, expensive, or ''. */
  warning: ChipWarning;
  /** The question for a send past the daily budget (when the pool itself is not the reason). */
  budgetConfirm: string | null;
  remaining: Remaining | null;
  /** The language the words are in (the builder page's), and its direction for the chip's `dir`. */
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** The confirmation's buttons. */
  labels: { send: string; cancel: string };
}

const text = (locale: Locale, key: ChipKey, params?: Params) => chipT(locale)(key, params);

export function scopeLabel(scope: Scope, locale: Locale = 'en'): string {
  return text(locale, `scope.${scope}`);
}

/** "1 credit", "0.3 credits", "2 credits" — and each language's own plural forms. */
export function creditsText(n: number, locale: Locale = 'en'): string {
  return text(locale, 'credits', { count: roundCredits(n) });
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

const when = (pool: Remaining['pool']) => (pool === 'daily' ? 'today' : 'month');

/** "5 left today → ≈ 4 after". */
export function remainingAfterText(r: Remaining, credits: number, locale: Locale = 'en'): string {
  const after = Math.max(0, r.remaining - credits);
  return text(locale, `after.${when(r.pool)}`, {
    left: roundCredits(r.remaining),
    after: roundCredits(after),
  });
}

/** The question the send guard asks before a prompt that costs more than is left. */
export function confirmMessage(model: ChipModel, locale: Locale = 'en'): string {
  if (!model.remaining) return '';
  return text(locale, `confirm.${when(model.remaining.pool)}`, {
    credits: creditsText(model.credits, locale),
    left: creditsText(model.remaining.remaining, locale),
  });
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
  return levelFor(r.used + credits, r.limit, thresholds) === 'ok' ? 'ok' : 'near';
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
  /** The draft's warning, worded (`warningView`); none when missing. */
  warning?: WarningView;
  /** The user's price per credit: the figure shows money too. */
  price?: CreditPrice | null;
  /** How the chip shows on this app (default full). */
  display?: ChipDisplay;
}

export function chipModel(input: ChipInput, locale: Locale = 'en'): ChipModel {
  const { estimate, summary, calibration, settings } = input;
  const t = chipT(locale);
  const remaining = input.balanceUnknown ? null : applicablePool(summary);
  const credits = estimate?.credits ?? 0;
  const scope: ChipModel['scope'] = estimate ? estimate.scope : 'empty';
  const state = estimate ? chipState(remaining, credits, settings.thresholds) : 'ok';

  // Base44 refused the last prompt for want of credits: that is the news until the balance rises.
  const blocked = summary?.status.kind === 'outOfCredits' && !input.balanceUnknown ? summary.status : null;

  let line: string;
  if (blocked) {
    line = t('blocked');
  } else if (input.estimateError) {
    line = t('unavailable');
  } else if (!estimate) {
    line = remaining
      ? t(`idle.${when(remaining.pool)}`, { left: roundCredits(remaining.remaining) })
      : t('idleUnknown');
  } else {
    // "≈ 1 credit · ≈ $0.32 · small feature": money comes right after the figure, in the part a
    // narrow chat column may cut short; the figure itself always shows.
    const money = input.price ? formatMoney(credits, input.price, locale) : null;
    const amount = creditsText(credits, locale) + (money ? ` · ${money}` : '');
    line = t('line', { credits: amount, scope: scopeLabel(estimate.scope, locale) });
    if (state === 'over' && remaining) {
      line += ` · ${t(`over.${when(remaining.pool)}`, { left: roundCredits(remaining.remaining) })}`;
    } else if (state === 'near' && remaining) {
      line += ` · ${remainingAfterText(remaining, credits, locale)}`;
    }
  }

  // The figure is the line up to its first separator: credits (or the balance) alone.
  const cut = line.indexOf(' · ');
  const figureLength = cut < 0 ? line.length : cut;

  const warning = estimate && input.warning ? input.warning : null;
  const details: string[] = input.estimateError ? [t('estimatorError', { error: input.estimateError })] : [];
  // The warning's reason and advice lead the details: they are why the chip looks different.
  if (warning) details.push(...warning.lines);
  if (estimate) {
    details.push(
      estimate.low === estimate.high
        ? t('estimate', { credits: creditsText(credits, locale) })
        : t('range', { low: roundCredits(estimate.low), count: roundCredits(estimate.high) }),
    );
    if (input.price) details.push(t('money', { money: formatMoney(credits, input.price, locale) }));
    for (const reason of estimate.reasons) details.push(reason);
    const mine = calibration?.perScope[estimate.scope];
    if (mine && mine.n > 0) {
      details.push(
        t('average', {
          scope: scopeLabel(estimate.scope, locale),
          credits: creditsText(mine.typical, locale),
          count: mine.n,
        }),
      );
    }
  }
  details.push(remaining ? remainingAfterText(remaining, credits, locale) : t('balanceUnknown'));
  if (blocked) details.unshift(blocked.message);
  if (input.builderModel) {
    // Base44's docs advise the automatic choice to save credits; a manual pick can cost more.
    details.push(t('model', { model: input.builderModel }));
  }

  return {
    credits,
    scope,
    state: blocked ? 'over' : state,
    text: line,
    figureLength,
    display: input.display ?? 'full',
    details,
    confirm: (state === 'over' || Boolean(warning?.budgetConfirm)) && settings.confirmBeforeSend,
    warning: warning?.kind ?? '',
    budgetConfirm: warning?.budgetConfirm ?? null,
    remaining,
    locale,
    dir: dirOf(locale),
    labels: { send: t('sendAnyway'), cancel: t('cancel') },
  };
}
