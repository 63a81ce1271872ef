/** Number formatting for people. Pure: locale is passed in (undefined = the browser's). */

/**
 * Credits to the tenth, everywhere they are shown: Base44 charges in tenths (0.3, 0.5, 1.2), so more
 * digits would be false precision.
 */
export function roundCredits(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Credits for people: to the tenth, trailing zero dropped, in the locale's digits ("1,234.5"). */
export function formatCredits(n: number, locale?: string): string {
  if (!Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(roundCredits(n));
}

/** An estimate range "0.5–2"; a single number when low and high agree. */
export function formatRange(low: number, high: number, locale?: string): string {
  if (low === high) return formatCredits(low, locale);
  return `${formatCredits(low, locale)}–${formatCredits(high, locale)}`;
}

/** Share of a pool used, 0..100, safe for an empty limit. */
export function percentUsed(used: number, limit: number): number {
  if (!(limit > 0)) return used > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, (used / limit) * 100));
}

export type Level = 'ok' | 'warn' | 'critical';

/** The one threshold rule: the level a share used (percent) reaches, from the user's thresholds. */
export function levelAt(pct: number, thresholds: { warn: number; critical: number }): Level {
  if (pct >= thresholds.critical) return 'critical';
  if (pct >= thresholds.warn) return 'warn';
  return 'ok';
}

/** Which colour a pool gets: the level of its share used. */
export function levelFor(used: number, limit: number, thresholds: { warn: number; critical: number }): Level {
  return levelAt(percentUsed(used, limit), thresholds);
}
