import { keyKind, WORKSPACE_KEY_PREFIX } from '../base44/api-keys';
import { workspaceIdOf } from '../base44/urls';
import { PLANS } from '../base44/plans';
import { isCurrency, type MoneySetting } from '../credits/money';
import {
  budgetsOf,
  DEFAULT_FIX_LOOP,
  displayOf,
  fixLoopOf,
  moneyOf,
  type BadgePool,
  type BadgeShow,
  type DailyWindowRule,
  type MeterDisplay,
  type Settings,
} from '../settings/settings';
import type { Locale, UiLanguage } from '../i18n/locales';
import { uiT } from '../i18n/ui-messages';

/** The options form as typed: strings for inputs, so bad input can be shown before it is saved. */
export interface SettingsDraft {
  /** A new key to store; empty = keep the stored one. */
  apiKey: string;
  workspaceId: string;
  /** '' = automatic. */
  planOverride: string;
  anchorEnabled: boolean;
  anchorDay: string;
  /** "HH:MM", UTC. */
  anchorTime: string;
  dailyWindow: DailyWindowRule;
  warn: string;
  critical: string;
  confirmBeforeSend: boolean;
  storeExcerpts: boolean;
  notifyThresholds: boolean;
  notifyCapReached: boolean;
  notifyReset: boolean;
  uiLanguage: UiLanguage;
  /** Credits a day; '' = no budget. */
  dailyBudget: string;
  /** Per-app budgets are set elsewhere; the form keeps them as they are. */
  appBudgets: Readonly<Record<string, number>>;
  fixLoopEnabled: boolean;
  fixStreak: string;
  fixCredits: string;
  moneySource: 'none' | MoneySetting['source'];
  currency: string;
  /** The plan whose monthly price is entered (source 'plan'). */
  moneyPlan: string;
  monthlyPrice: string;
  topUpPrice: string;
  topUpCredits: string;
  badgeShow: BadgeShow;
  badgePool: BadgePool;
  chipDisplay: MeterDisplay['chip']['display'];
  /** Per-app chip choices are made in the popup; the form keeps them as they are. */
  chipPerApp: MeterDisplay['chip']['perApp'];
}

export type DraftField = keyof SettingsDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

const pad = (n: number) => String(n).padStart(2, '0');

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    apiKey: '',
    workspaceId: s.workspaceId,
    planOverride: s.planOverride ?? '',
    anchorEnabled: s.billingAnchor !== null,
    anchorDay: String(s.billingAnchor?.day ?? 1),
    anchorTime: s.billingAnchor ? `${pad(s.billingAnchor.hour)}:${pad(s.billingAnchor.minute)}` : '00:00',
    dailyWindow: s.dailyWindow,
    warn: String(s.thresholds.warn),
    critical: String(s.thresholds.critical),
    confirmBeforeSend: s.confirmBeforeSend,
    storeExcerpts: s.storeExcerpts,
    notifyThresholds: s.notify.thresholds,
    notifyCapReached: s.notify.capReached,
    notifyReset: s.notify.reset,
    uiLanguage: s.uiLanguage ?? 'auto',
    dailyBudget: budgetsOf(s).daily === null ? '' : String(budgetsOf(s).daily),
    appBudgets: budgetsOf(s).perApp,
    ...moneyDraft(moneyOf(s), s.planOverride),
    fixLoopEnabled: fixLoopOf(s).enabled,
    fixStreak: String(fixLoopOf(s).streak),
    fixCredits: String(fixLoopOf(s).credits),
    badgeShow: displayOf(s).badge.show,
    badgePool: displayOf(s).badge.pool,
    chipDisplay: displayOf(s).chip.display,
    chipPerApp: displayOf(s).chip.perApp,
  };
}

type MoneyDraft = Pick<
  SettingsDraft,
  'moneySource' | 'currency' | 'moneyPlan' | 'monthlyPrice' | 'topUpPrice' | 'topUpCredits'
>;

function moneyDraft(m: MoneySetting | null, planOverride: string | null): MoneyDraft {
  return {
    moneySource: m?.source ?? 'none',
    currency: m?.currency ?? 'USD',
    moneyPlan: m?.source === 'plan' ? m.plan : (planOverride ?? ''),
    monthlyPrice: m?.source === 'plan' ? String(m.monthlyPrice) : '',
    topUpPrice: m?.source === 'topUp' ? String(m.price) : '',
    topUpCredits: m?.source === 'topUp' ? String(m.credits) : '',
  };
}

/** A positive decimal as typed ("0.5", "12,90"); a comma is a decimal point. NaN otherwise. */
function positiveNumber(text: string): number {
  const t = text.trim();
  const n = /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
  return n > 0 && n <= 1_000_000 ? n : NaN;
}

/** The money setting the draft asks for; errors go into `errors`. */
function moneyFrom(d: SettingsDraft, errors: DraftErrors, t: ReturnType<typeof uiT>): MoneySetting | null {
  if (d.moneySource === 'none') return null;
  const currency = d.currency.trim().toUpperCase();
  if (!isCurrency(currency)) errors.currency = t('err.currency');
  if (d.moneySource === 'plan') {
    const plan = PLANS.find((p) => p.key === d.moneyPlan);
    if (!plan || plan.key === 'free' || !(plan.messagePerMonth > 0)) errors.moneyPlan = t('err.moneyPlan');
    const monthlyPrice = positiveNumber(d.monthlyPrice);
    if (Number.isNaN(monthlyPrice)) errors.monthlyPrice = t('err.price');
    return { source: 'plan', currency, plan: d.moneyPlan, monthlyPrice };
  }
  const price = positiveNumber(d.topUpPrice);
  const credits = positiveNumber(d.topUpCredits);
  if (Number.isNaN(price)) errors.topUpPrice = t('err.price');
  if (Number.isNaN(credits)) errors.topUpCredits = t('err.moneyCredits');
  return { source: 'topUp', currency, price, credits };
}

/**
 * The hint under the API key field: while typing, which kind of key it looks like (never the key);
 * otherwise what is stored, by its last four characters only.
 */
export function apiKeyHint(
  typed: string,
  saved: { hasKey: boolean; last4: string } | null,
  locale: Locale = 'en',
): string {
  const t = uiT(locale);
  const kind = keyKind(typed);
  if (kind !== 'empty') {
    const label = t(`key.${kind}`, { prefix: WORKSPACE_KEY_PREFIX });
    const scope = t(kind === 'workspace' ? 'key.scopeWorkspace' : 'key.scopePersonal');
    return saved?.hasKey
      ? t('key.typedReplaces', { label, scope, last4: saved.last4 || '…' })
      : t('key.typed', { label, scope });
  }
  return saved?.hasKey ? t('key.saved', { last4: saved.last4 }) : t('key.none');
}

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** Check the draft; on success, the Settings to store. Messages say what to type instead. */
export function validateDraft(
  d: SettingsDraft,
  locale: Locale = 'en',
): { settings: Settings | null; errors: DraftErrors } {
  const t = uiT(locale);
  const errors: DraftErrors = {};
  const typedWorkspace = d.workspaceId.trim();
  const workspaceId = typedWorkspace ? (workspaceIdOf(typedWorkspace) ?? '') : '';
  if (typedWorkspace && !workspaceId) errors.workspaceId = t('err.workspaceId');
  const apiKey = d.apiKey.trim();
  if (apiKey && !typedWorkspace) errors.workspaceId = t('err.workspaceNeeded');
  if (apiKey && /\s/.test(apiKey)) errors.apiKey = t('err.keySpaces');

  if (d.planOverride && !PLANS.some((p) => p.key === d.planOverride)) errors.planOverride = t('err.plan');

  let billingAnchor: Settings['billingAnchor'] = null;
  if (d.anchorEnabled) {
    const day = wholeNumber(d.anchorDay);
    const time = /^(\d{1,2}):(\d{2})$/.exec(d.anchorTime.trim());
    const hour = time ? Number(time[1]) : NaN;
    const minute = time ? Number(time[2]) : NaN;
    if (day === null || day < 1 || day > 31) errors.anchorDay = t('err.anchorDay');
    if (!time || hour > 23 || minute > 59) errors.anchorTime = t('err.anchorTime');
    if (day !== null && time && !errors.anchorDay && !errors.anchorTime)
      billingAnchor = { day, hour, minute };
  }

  const warn = wholeNumber(d.warn);
  const critical = wholeNumber(d.critical);
  if (warn === null || warn < 1 || warn > 100) errors.warn = t('err.warn');
  if (critical === null || critical < 1 || critical > 100) {
    errors.critical = t('err.critical');
  } else if (warn !== null && !errors.warn && critical <= warn) {
    errors.critical = t('err.criticalAbove');
  }

  let daily: number | null = null;
  const budgetText = d.dailyBudget.trim();
  if (budgetText) {
    // Decimals are fine (a Discuss prompt costs fractions of a credit); a comma is a decimal point.
    const n = /^\d+([.,]\d+)?$/.test(budgetText) ? Number(budgetText.replace(',', '.')) : NaN;
    if (!(n > 0 && n <= 1_000_000)) errors.dailyBudget = t('err.dailyBudget');
    else daily = n;
  }

  const money = moneyFrom(d, errors, t);
  const streak = wholeNumber(d.fixStreak);
  const fixCredits = positiveNumber(d.fixCredits);
  if (d.fixLoopEnabled) {
    if (streak === null || streak < 1 || streak > 20) errors.fixStreak = t('err.fixStreak');
    if (Number.isNaN(fixCredits)) errors.fixCredits = t('err.fixCredits');
  }

  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return {
    errors,
    settings: {
      workspaceId,
      planOverride: d.planOverride || null,
      billingAnchor,
      dailyWindow: d.dailyWindow,
      thresholds: { warn: warn!, critical: critical! },
      confirmBeforeSend: d.confirmBeforeSend,
      storeExcerpts: d.storeExcerpts,
      notify: { thresholds: d.notifyThresholds, capReached: d.notifyCapReached, reset: d.notifyReset },
      uiLanguage: d.uiLanguage,
      budgets: { daily, perApp: d.appBudgets },
      // Thresholds typed while the stop-loss is off are kept only when they are valid.
      fixLoop: {
        enabled: d.fixLoopEnabled,
        streak: streak !== null && streak >= 1 && streak <= 20 ? streak : DEFAULT_FIX_LOOP.streak,
        credits: Number.isNaN(fixCredits) ? DEFAULT_FIX_LOOP.credits : fixCredits,
      },
      money,
      display: {
        badge: { show: d.badgeShow, pool: d.badgePool },
        chip: { display: d.chipDisplay, perApp: d.chipPerApp },
      },
    },
  };
}

/** What a group of the options form's fields gets from the page. */
export interface DraftFieldsProps {
  draft: SettingsDraft;
  errors: DraftErrors;
  set: <K extends DraftField>(key: K, value: SettingsDraft[K]) => void;
}

/** The money setting the draft would save, or null when it is off or not valid yet (the example). */
export function draftPrice(d: SettingsDraft): MoneySetting | null {
  const errors: DraftErrors = {};
  const m = moneyFrom(d, errors, uiT('en'));
  return Object.keys(errors).length > 0 ? null : m;
}

/**
 * The per-app choices (budgets, chip) are made in the popup while the options page may be open:
 * saving the options keeps the stored ones rather than those the form loaded.
 */
export function withStoredPerApp(next: Settings, stored: Settings): Settings {
  const display = displayOf(next);
  return {
    ...next,
    budgets: { ...budgetsOf(next), perApp: budgetsOf(stored).perApp },
    display: { ...display, chip: { ...display.chip, perApp: displayOf(stored).chip.perApp } },
  };
}
