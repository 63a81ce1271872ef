/** Number formatting for people. Pure: locale is passed in (undefined = the browser's). */

/** Credits keep at most two decimals (Discuss costs 0.3) and drop trailing zeros. */
export function formatCredits(n: number, locale?: string): string {
  if (!Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
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

/** Which colour a pool gets, from the user's thresholds (percent used). */
export function levelFor(used: number, limit: number, thresholds: { warn: number; critical: number }): Level {
  const pct = percentUsed(used, limit);
  if (pct >= thresholds.critical) return 'critical';
  if (pct >= thresholds.warn) return 'warn';
  return 'ok';
}
