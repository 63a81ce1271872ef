import type { Summary } from '../credits/types';
import type { BudgetUse } from '../credits/budget';
import type { BadgePool, BadgeShow, Settings } from '../settings/settings';
import type { Locale } from '../i18n/locales';
import { uiT } from '../i18n/ui-messages';
import { NEEDS_ACTION, statusMessageText } from './status-messages';
import { levelAt, percentUsed } from '../ui/format';

export const BADGE_COLORS = {
  ok: '#1e8e3e',
  warn: '#e37400',
  critical: '#d93025',
  action: '#d93025',
  /** The number is our estimate, not a reading from Base44. */
  estimated: '#80868b',
} as const;

/** What the user chose for the badge, and the daily budget's use (it counts like a cap). */
export interface BadgePrefs {
  show: BadgeShow;
  pool: BadgePool;
  dailyBudget: BudgetUse | null;
}

export const DEFAULT_BADGE_PREFS: BadgePrefs = { show: 'remaining', pool: 'auto', dailyBudget: null };

type BadgeLabel = 'badge.left' | 'badge.leftToday' | 'badge.leftIntegration' | 'badge.leftBudget';

interface Gauge {
  remaining: number;
  pct: number;
  label: BadgeLabel;
}

export interface BadgeModel {
  text: string;
  color: string;
  /** Tooltip for the toolbar button. */
  title: string;
}

/** Fits the badge's ~4 characters; rounds down so it never shows more than is left. */
export function compactNumber(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '0';
  const trim = (s: string) => s.replace(/\.0$/, '');
  if (n < 10) return trim((Math.floor(n * 10) / 10).toFixed(1));
  if (n < 1000) return String(Math.floor(n));
  if (n < 10_000) return trim((Math.floor(n / 100) / 10).toFixed(1)) + 'k';
  if (n < 1_000_000) return String(Math.floor(n / 1000)) + 'k';
  return trim((Math.floor(n / 100_000) / 10).toFixed(1)) + 'M';
}

/**
 * The pool the badge follows. 'auto' is the number a builder cares most about: the tightest of the
 * month, today's cap (daily-capped plans) and the daily budget (when set), since reaching any of
 * them should stop the next prompt. 'daily' is today's cap or budget (the tighter), else the month.
 */
function gaugeFor(summary: Summary, prefs: BadgePrefs): Gauge {
  const m = summary.message;
  const month: Gauge = { remaining: m.remaining, pct: percentUsed(m.used, m.limit), label: 'badge.left' };
  if (prefs.pool === 'message') return month;
  if (prefs.pool === 'integration') {
    const i = summary.integration;
    return { remaining: i.remaining, pct: percentUsed(i.used, i.limit), label: 'badge.leftIntegration' };
  }
  const days: Gauge[] = [];
  if (summary.daily) {
    const d = summary.daily;
    days.push({
      remaining: Math.max(0, d.limit - d.used),
      pct: percentUsed(d.used, d.limit),
      label: 'badge.leftToday',
    });
  }
  const b = prefs.dailyBudget;
  if (b)
    days.push({ remaining: b.remaining, pct: percentUsed(b.spent, b.budget), label: 'badge.leftBudget' });
  if (days.length === 0) return month;
  // The tighter of today's limits; never more than the month has left.
  const day = days.reduce((a, c) => (c.remaining < a.remaining ? c : a));
  return {
    remaining: Math.min(day.remaining, month.remaining),
    pct: Math.max(...days.map((d) => d.pct), prefs.pool === 'auto' ? month.pct : 0),
    label: day.label,
  };
}

/**
 * The badge: remaining credits, percent used, or nothing, for the pool the user picked; coloured
 * by the thresholds, grey while the number is our estimate. `!` when the user must act.
 */
export function badgeFor(
  summary: Summary,
  thresholds: Settings['thresholds'],
  locale: Locale = 'en',
  prefs: BadgePrefs = DEFAULT_BADGE_PREFS,
): BadgeModel {
  const t = uiT(locale);
  const s = summary.status;
  if (NEEDS_ACTION.includes(s.kind))
    return { text: '!', color: BADGE_COLORS.action, title: statusMessageText(s.message, locale) };
  const { remaining, pct, label } = gaugeFor(summary, prefs);
  const estimated = summary.source === 'estimated';
  const color = estimated ? BADGE_COLORS.estimated : BADGE_COLORS[levelAt(pct, thresholds)];
  // The plural follows the number shown (rounded down), so "1 message credit", never "1 credits".
  const shown = compactNumber(remaining);
  const count = Number.isFinite(Number(shown)) ? Number(shown) : Math.floor(remaining);
  const left = t(label, { n: shown, count });
  const used = Math.min(100, Math.floor(pct));
  const title = prefs.show === 'percent' ? t('badge.percentTitle', { pct: used, left }) : left;
  const text = prefs.show === 'none' ? '' : prefs.show === 'percent' ? `${used}%` : shown;
  return { text, color, title: estimated ? t('badge.estimated', { title }) : title };
}
