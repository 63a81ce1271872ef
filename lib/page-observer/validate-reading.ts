import type { BalanceReading, DailyCap, Pool } from '../credits/types';

/**
 * Re-validates a balance reading that arrives from the page's main world: only known fields with
 * plain, in-range values are copied into a fresh object.
 */
const MAX_CREDITS = 10_000_000;
/** 2020-01-01 .. 2100-01-01: any real period boundary lies in here. */
const MIN_TIME = 1_577_836_800_000;
const MAX_TIME = 4_102_444_800_000;

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_CREDITS;
}

function isTime(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= MIN_TIME && n <= MAX_TIME;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Used far above the limit means we misread the numbers. */
function plausibleUse(used: number, limit: number): boolean {
  return used <= limit + Math.max(5, limit * 0.5);
}

function pool(v: unknown): Pool | null | undefined {
  if (v === null) return null;
  if (!isRecord(v)) return undefined;
  const { limit, used, remaining, bonus } = v;
  if (!isCount(limit) || !isCount(used) || !isCount(remaining)) return undefined;
  if (!plausibleUse(used, limit)) return undefined;
  if (bonus !== null && !isCount(bonus)) return undefined;
  return { limit, used, remaining, bonus };
}

function daily(v: unknown): DailyCap | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !isCount(v.used) || !isCount(v.limit) || !plausibleUse(v.used, v.limit))
    return undefined;
  return { used: v.used, limit: v.limit };
}

export function shortString(v: unknown, max: number): string | null | undefined {
  if (v === null) return null;
  return typeof v === 'string' && v.length <= max ? v : undefined;
}

function timeOrNull(v: unknown): number | null | undefined {
  if (v === null) return null;
  return isTime(v) ? v : undefined;
}

export function validateReading(v: unknown): BalanceReading | null {
  if (!isRecord(v)) return null;
  const message = pool(v.message);
  const integration = pool(v.integration);
  const d = daily(v.daily);
  const tier = shortString(v.tier, 60);
  const periodStart = timeOrNull(v.periodStart);
  const periodEnd = timeOrNull(v.periodEnd);
  const dailyResetAt = timeOrNull(v.dailyResetAt);
  if (
    message === undefined ||
    integration === undefined ||
    d === undefined ||
    tier === undefined ||
    periodStart === undefined ||
    periodEnd === undefined ||
    dailyResetAt === undefined
  )
    return null;
  if (!message && !integration && !d) return null;
  return { message, integration, daily: d, tier, periodStart, periodEnd, dailyResetAt };
}
