import type { Summary } from '../credits/types';
import type { Settings } from '../settings/settings';
import type { Locale } from '../i18n/locales';
import { uiT } from '../i18n/ui-messages';
import { NEEDS_ACTION, statusMessageText } from './status-messages';

export const BADGE_COLORS = {
  ok: '#1e8e3e',
  warn: '#e37400',
  critical: '#d93025',
  action: '#d93025',
} as const;

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

function percentUsed(used: number, limit: number): number {
  return limit > 0 ? (used / limit) * 100 : used > 0 ? 100 : 0;
}

/**
 * The number a builder cares most about: today's remaining on a daily-capped plan (never more than
 * the month has left), else the message pool's remaining; coloured by the thresholds.
 */
export function badgeFor(
  summary: Summary,
  thresholds: Settings['thresholds'],
  locale: Locale = 'en',
): BadgeModel {
  const t = uiT(locale);
  const s = summary.status;
  if (NEEDS_ACTION.includes(s.kind))
    return { text: '!', color: BADGE_COLORS.action, title: statusMessageText(s.message, locale) };
  const m = summary.message;
  let remaining = m.remaining;
  let pct = percentUsed(m.used, m.limit);
  let label: 'badge.left' | 'badge.leftToday' = 'badge.left';
  if (summary.daily) {
    const d = summary.daily;
    remaining = Math.min(Math.max(0, d.limit - d.used), m.remaining);
    pct = Math.max(pct, percentUsed(d.used, d.limit));
    label = 'badge.leftToday';
  }
  const color =
    pct >= thresholds.critical
      ? BADGE_COLORS.critical
      : pct >= thresholds.warn
        ? BADGE_COLORS.warn
        : BADGE_COLORS.ok;
  // The plural follows the number shown (rounded down), so "1 message credit", never "1 credits".
  const shown = compactNumber(remaining);
  const count = Number.isFinite(Number(shown)) ? Number(shown) : Math.floor(remaining);
  const title = t(label, { n: shown, count });
  return {
    text: shown,
    color,
    title: summary.source === 'estimated' ? t('badge.estimated', { title }) : title,
  };
}
