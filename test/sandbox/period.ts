/**
 * Billing-period and daily-window arithmetic for the simulated account (all UTC). Docs (facts file,
 * "Resets"): paid plans reset monthly on the billing day, at the time the subscription was bought.
 */

export interface BillingAnchor {
  day: number;
  hour: number;
  minute: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The anchor instant in a given month. invented: a day past the month's end clamps to its last day
 * (the docs name the billing day, not what a month without it does; the facts file asks for a rule).
 */
function anchorIn(year: number, month: number, a: BillingAnchor): number {
  // Date.UTC normalises month overflow (month 12 → next January), so derive year/month first.
  const first = new Date(Date.UTC(year, month, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth();
  const day = Math.min(a.day, daysInMonth(y, m));
  return Date.UTC(y, m, day, a.hour, a.minute);
}

/** The billing period containing `now`: [start, end). */
export function billingPeriod(now: number, a: BillingAnchor): { start: number; end: number } {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  let start = anchorIn(y, m, a);
  let startMonth = m;
  if (start > now) {
    startMonth = m - 1;
    start = anchorIn(y, startMonth, a);
  }
  return { start, end: anchorIn(y, startMonth + 1, a) };
}

/**
 * Start of the UTC day containing `now`. invented: the sandbox's free daily cap resets at UTC
 * midnight; the real instant is not known (facts file, "Not known"; the docs say only "daily").
 */
export function utcDayStart(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
