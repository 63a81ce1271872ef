/**
 * When credits reset. Pure: `now` is passed in; all instants are epoch ms; monthly maths is UTC
 * (Base44 resets "at the exact time your subscription was purchased", in UTC).
 */
import type { SnapshotRow } from '../db/rows';
import type { BillingAnchor, DailyWindowRule } from '../settings/settings';
import type { BalanceReading, Pool, PoolName } from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

function validAnchor(a: BillingAnchor | null | undefined): a is BillingAnchor {
  return (
    !!a &&
    Number.isInteger(a.day) &&
    a.day >= 1 &&
    a.day <= 31 &&
    Number.isInteger(a.hour) &&
    a.hour >= 0 &&
    a.hour <= 23 &&
    Number.isInteger(a.minute) &&
    a.minute >= 0 &&
    a.minute <= 59
  );
}

/** The anchor's instant in a given UTC month; a 31st (or 29th/30th) clamps to the month's last day. */
export function anchorInMonth(anchor: BillingAnchor, year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC normalises month overflow.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(anchor.day, lastDay), anchor.hour, anchor.minute);
}

/** The first anchor instant strictly after `now`. */
function anchorAfter(anchor: BillingAnchor, now: number): number {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const thisMonth = anchorInMonth(anchor, y, m);
  return thisMonth > now ? thisMonth : anchorInMonth(anchor, y, m + 1);
}

/** The last anchor instant at or before `now`. */
function anchorAtOrBefore(anchor: BillingAnchor, now: number): number {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const thisMonth = anchorInMonth(anchor, y, m);
  return thisMonth <= now ? thisMonth : anchorInMonth(anchor, y, m - 1);
}

/**
 * Next monthly reset: the source's period end while it is still ahead, else the billing anchor's
 * next occurrence, else null (unknown — the UI says so rather than guessing).
 */
export function nextMonthlyReset(args: {
  now: number;
  periodEnd?: number | null;
  anchor?: BillingAnchor | null;
}): number | null {
  const { now, periodEnd, anchor } = args;
  if (periodEnd != null && Number.isFinite(periodEnd) && periodEnd > now) return periodEnd;
  if (validAnchor(anchor)) return anchorAfter(anchor, now);
  return null;
}

/**
 * The current monthly credit period. `known` is false when neither the source nor the user gave a
 * period: then the UTC calendar month is assumed so ledger sums still have a window.
 */
export function currentPeriod(args: {
  now: number;
  periodStart?: number | null;
  periodEnd?: number | null;
  anchor?: BillingAnchor | null;
}): { start: number; end: number; known: boolean } {
  const { now, periodStart, periodEnd, anchor } = args;
  if (periodEnd != null && periodEnd > now) {
    if (periodStart != null && periodStart <= now) return { start: periodStart, end: periodEnd, known: true };
    // Period end known, start not: one month before the end (same clamping as an anchor).
    const e = new Date(periodEnd);
    const asAnchor = { day: e.getUTCDate(), hour: e.getUTCHours(), minute: e.getUTCMinutes() };
    const start = anchorInMonth(asAnchor, e.getUTCFullYear(), e.getUTCMonth() - 1);
    return { start: Math.min(start, now), end: periodEnd, known: true };
  }
  if (validAnchor(anchor)) {
    return { start: anchorAtOrBefore(anchor, now), end: anchorAfter(anchor, now), known: true };
  }
  const d = new Date(now);
  return {
    start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1),
    end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
    known: false,
  };
}

/**
 * The free plan's daily window containing `now`. Base44 does not document the instant, so the
 * rule is the user's choice (default UTC midnight); a reset time stated by the source wins.
 * - utcMidnight: the UTC calendar day.
 * - localMidnight: this machine's calendar day, via local Date getters (DST days are 23 or 25 h;
 *   where midnight itself is skipped, the day starts at the first instant that exists).
 * - rolling24h: 24 h from the first use in the last 24 h; with no use yet, 24 h from now.
 */
export function dailyWindow(
  rule: DailyWindowRule,
  now: number,
  opts: { resetAt?: number | null; firstUseAt?: number | null } = {},
): { start: number; end: number } {
  const { resetAt, firstUseAt } = opts;
  if (resetAt != null && Number.isFinite(resetAt) && resetAt - now <= DAY) {
    // A stated reset in the past has rolled over since: step forward whole days.
    const end = resetAt > now ? resetAt : resetAt + Math.floor((now - resetAt) / DAY + 1) * DAY;
    return { start: end - DAY, end };
  }
  switch (rule) {
    case 'localMidnight': {
      const d = new Date(now);
      const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
      // Day + 1 (not + 24 h) so DST days come out as 23 or 25 hours.
      const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
      return { start, end };
    }
    case 'rolling24h': {
      if (firstUseAt != null && firstUseAt <= now && now - firstUseAt < DAY) {
        return { start: firstUseAt, end: firstUseAt + DAY };
      }
      return { start: now, end: now + DAY };
    }
    case 'utcMidnight':
    default: {
      const start = Math.floor(now / DAY) * DAY;
      return { start, end: start + DAY };
    }
  }
}

/**
 * Start of the rolling-24h window that contains `now`, from prompt send times in ascending order.
 * A window opens at a use and lasts 24 h; the next opens at the first use after it closed, so a
 * use 20 h after the opener belongs to the same window even if the chain started days ago.
 * `uses` should begin after a quiet day (the caller loads a few days); null when no window is open.
 */
export function rollingWindowStart(uses: readonly number[], now: number): number | null {
  let start: number | null = null;
  for (const t of uses) {
    if (t > now) break;
    if (start === null || t >= start + DAY) start = t;
  }
  return start !== null && now < start + DAY ? start : null;
}

/** A refund lowers `used` a little; a reset brings it near zero or comes with a new period. */
function poolReset(prev: Pool | null, next: Pool | null, periodAdvanced: boolean): boolean {
  if (!prev || !next) return false;
  const drop = prev.used - next.used;
  if (drop <= 0.2) return false;
  return periodAdvanced || next.used <= prev.used / 2;
}

/** Which counters were reset between a stored snapshot and a new reading. */
export function detectResets(prev: SnapshotRow | undefined, next: BalanceReading): PoolName[] {
  if (!prev) return [];
  const periodAdvanced =
    prev.periodEnd != null && next.periodEnd != null && next.periodEnd > prev.periodEnd + HOUR;
  const out: PoolName[] = [];
  if (poolReset(prev.message, next.message, periodAdvanced)) out.push('message');
  if (poolReset(prev.integration, next.integration, periodAdvanced)) out.push('integration');
  const pd = prev.daily;
  const nd = next.daily;
  if (pd && nd && pd.used - nd.used > 0.2 && nd.used <= pd.used / 2) out.push('daily');
  return out;
}
