/**
 * What makes a credit pool believable, whoever checks it: the Base44 parser (lib/base44/credit-pool.ts)
 * while it reads a response, and the schemas (lib/schema/) where a reading crosses from the page.
 */

/** No plan comes near this; a bigger number is a unit mix-up or garbage. */
export const MAX_CREDITS = 10_000_000;
/** Timestamps outside 2000..2200 are not a balance's period boundaries. */
export const MIN_TIME = Date.UTC(2000, 0, 1);
export const MAX_TIME = Date.UTC(2200, 0, 1);
/** A plan tier is a short word ("free", "elite"). */
export const MAX_TIER = 64;
/** Base44 lets `used` pass the limit a little (over-limit flags exist); far past it is garbage. */
const OVER_LIMIT_FACTOR = 1.5;

/** How far `remaining` may stray from `limit − used` (sources round). */
export function poolTolerance(limit: number): number {
  return Math.max(1, limit * 0.02);
}

/** Used far above the limit (bonus included) means the numbers were misread. */
export function plausibleUse(used: number, limit: number, bonus: number | null = null): boolean {
  return used <= (limit + (bonus ?? 0)) * OVER_LIMIT_FACTOR + 1;
}

/**
 * `remaining` agrees with `limit − used`. Sources may or may not count bonus credits in it, and
 * clamp it at zero.
 */
export function remainingAgrees(
  limit: number,
  used: number,
  remaining: number,
  bonus: number | null,
): boolean {
  const tol = poolTolerance(limit);
  return [limit - used, limit + (bonus ?? 0) - used].some(
    (expected) => Math.abs(remaining - Math.max(0, expected)) <= tol,
  );
}

/** All three numbers of a pool fit together. */
export function poolConsistent(p: {
  limit: number;
  used: number;
  remaining: number;
  bonus: number | null;
}): boolean {
  return plausibleUse(p.used, p.limit, p.bonus) && remainingAgrees(p.limit, p.used, p.remaining, p.bonus);
}
