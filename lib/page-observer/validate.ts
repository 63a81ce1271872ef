import { OBJECT_ID } from '../base44/urls';
import type { BalanceReading, DailyCap, Pool } from '../credits/types';
import { PAGE_CHANNEL } from './channel';
import { isPlausibleCost } from './chat-cost';
import { MAX_TEXT } from './recognise';
import type { PageObservation } from './types';

/**
 * Re-validates what arrives from the page's main world. Anything the page can run could have
 * posted it, so only known fields with plain, in-range values are copied into a fresh object;
 * everything else is dropped.
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

function isRecord(v: unknown): v is Record<string, unknown> {
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

function shortString(v: unknown, max: number): string | null | undefined {
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

function workspaces(v: unknown): { id: string; name: string | null; tier: string | null }[] | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > 200) return null;
  const out: { id: string; name: string | null; tier: string | null }[] = [];
  for (const w of v) {
    if (!isRecord(w) || typeof w.id !== 'string' || !/^[\w-]{1,64}$/.test(w.id)) return null;
    const name = shortString(w.name, 200);
    const tier = shortString(w.tier, 60);
    if (name === undefined || tier === undefined) return null;
    out.push({ id: w.id, name, tier });
  }
  return out;
}

function appId(v: unknown): string | null {
  return typeof v === 'string' && OBJECT_ID.test(v) ? v.toLowerCase() : null;
}

/**
 * Validate a raw observation; `now` replaces any time the page claims (the page's clock is not
 * trusted either).
 */
export function validateObservation(raw: unknown, now: number): PageObservation | null {
  if (!isRecord(raw) || typeof raw.kind !== 'string') return null;
  switch (raw.kind) {
    case 'balance': {
      const reading = validateReading(raw.reading);
      return reading ? { kind: 'balance', reading } : null;
    }
    case 'workspaces': {
      const list = workspaces(raw.workspaces);
      return list ? { kind: 'workspaces', workspaces: list } : null;
    }
    case 'chatSend': {
      const id = appId(raw.appId);
      if (!id || typeof raw.text !== 'string' || raw.text.length > MAX_TEXT) return null;
      return { kind: 'chatSend', appId: id, text: raw.text, at: now };
    }
    case 'chatCost': {
      const id = appId(raw.appId);
      if (!id || !isPlausibleCost(raw.cost)) return null;
      return { kind: 'chatCost', appId: id, cost: raw.cost, at: now };
    }
    case 'chatReply': {
      const id = appId(raw.appId);
      return id ? { kind: 'chatReply', appId: id, at: now } : null;
    }
    case 'signedOut':
      return { kind: 'signedOut' };
    default:
      return null;
  }
}

/** Unwrap and validate a `window.postMessage` payload from the observer. */
export function validateEnvelope(data: unknown, now: number): PageObservation | null {
  if (!isRecord(data) || data.channel !== PAGE_CHANNEL || data.v !== 1) return null;
  return validateObservation(data.observation, now);
}
