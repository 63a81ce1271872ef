/**
 * Validating parser for Base44 credit balances. Field spellings live in ./fields.ts; this file only
 * decides what a valid pool looks like. Nothing that fails validation becomes a reading: the caller
 * gets a typed reason it can turn into a status.
 */
import {
  MAX_CREDITS,
  MAX_TIER,
  MAX_TIME,
  MIN_TIME,
  plausibleUse,
  poolTolerance,
  remainingAgrees,
} from '../credits/pool-rules';
import type { BalanceReading, DailyCap, Pool } from '../credits/types';
import {
  BONUS_KEYS,
  CONTAINER_KEYS,
  DAILY_LIMIT_KEYS,
  DAILY_OBJECT_KEYS,
  DAILY_OBJECT_RESET_KEYS,
  DAILY_REMAINING_KEYS,
  DAILY_RESET_KEYS,
  DAILY_USED_KEYS,
  ENVELOPE_KEYS,
  INTEGRATION_BONUS_PREFIXED,
  INTEGRATION_POOL_KEYS,
  LIMIT_KEYS,
  MESSAGE_BONUS_PREFIXED,
  MESSAGE_POOL_KEYS,
  normalizeKey,
  PERIOD_END_KEYS,
  PERIOD_START_KEYS,
  PREFIX_NUMBER_KEYS,
  REMAINING_KEYS,
  TIER_KEYS,
  USED_KEYS,
} from './fields';
import { isObj } from './json';

export type ParseResult =
  | { ok: true; reading: BalanceReading }
  | { ok: false; reason: 'unrecognised' | 'outOfRange'; detail: string };

type Failure = Extract<ParseResult, { ok: false }>;
type Obj = Record<string, unknown>;
type Keyed = Map<string, unknown>;

/** Bounds for the search through arbitrary builder responses. */
const SHAPE_MAX_DEPTH = 5;
const SHAPE_MAX_NODES = 2000;

/** Normalised key → value; the first spelling wins when an object carries two. */
function keyed(o: Obj): Keyed {
  const m: Keyed = new Map();
  for (const [k, v] of Object.entries(o)) {
    const n = normalizeKey(k);
    if (!m.has(n)) m.set(n, v);
  }
  return m;
}

function pick(m: Keyed, keys: readonly string[]): { key: string; value: unknown } | undefined {
  for (const key of keys) {
    if (m.has(key)) return { key, value: m.get(key) };
  }
  return undefined;
}

type NumberField = { key: string; value: unknown } | undefined;

/** A credit amount: a finite, non-negative JSON number. Numeric strings are rejected on purpose. */
function credit(label: string, f: NumberField): number | null | Failure {
  if (f === undefined || f.value === undefined || f.value === null) return null;
  if (typeof f.value !== 'number') {
    return {
      ok: false,
      reason: 'unrecognised',
      detail: `${label}.${f.key} is a ${typeof f.value}, not a number`,
    };
  }
  if (!Number.isFinite(f.value) || f.value < 0 || f.value > MAX_CREDITS) {
    return { ok: false, reason: 'outOfRange', detail: `${label}.${f.key} is ${String(f.value)}` };
  }
  return f.value;
}

function isFailure(v: unknown): v is Failure {
  return isObj(v) && v.ok === false;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Epoch seconds, epoch ms or an ISO string → epoch ms; anything else → null (never guessed). */
export function parseTimestamp(v: unknown): number | null {
  let ms: number;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v <= 0) return null;
    // Below 1e11 it can only be seconds (1e11 ms is 1973; 1e11 s is year 5138).
    ms = v < 1e11 ? v * 1000 : v;
  } else if (typeof v === 'string') {
    const s = v.trim();
    const m = ISO_DATE.exec(s);
    if (!m) return null;
    // A date-time without a zone is read as UTC, not as this machine's local time.
    const withZone = m[1] || s.length === 10 ? s : s + 'Z';
    ms = Date.parse(withZone.replace(' ', 'T'));
  } else {
    return null;
  }
  return Number.isFinite(ms) && ms >= MIN_TIME && ms <= MAX_TIME ? Math.round(ms) : null;
}

/** Two of limit/used/remaining give the third; all three must agree. */
function buildPool(
  label: string,
  fields: { limit: NumberField; used: NumberField; remaining: NumberField },
  bonus: number | null,
): Pool | Failure {
  const limit = credit(label, fields.limit);
  if (isFailure(limit)) return limit;
  const used = credit(label, fields.used);
  if (isFailure(used)) return used;
  const remaining = credit(label, fields.remaining);
  if (isFailure(remaining)) return remaining;
  const known = [limit, used, remaining].filter((n) => n !== null).length;
  if (known < 2) {
    return {
      ok: false,
      reason: 'unrecognised',
      detail: `${label} pool has only ${known} of limit/used/remaining`,
    };
  }
  const extra = bonus ?? 0;
  let l: number;
  let u: number;
  let r: number;
  if (limit === null) {
    u = used!;
    r = remaining!;
    l = u + r - extra;
    if (l < -poolTolerance(0)) {
      return { ok: false, reason: 'outOfRange', detail: `${label}: remaining is below the bonus credits` };
    }
    l = Math.max(0, l);
  } else if (used === null) {
    l = limit;
    r = remaining!;
    if (r > l + extra + poolTolerance(l)) {
      return { ok: false, reason: 'outOfRange', detail: `${label}: remaining ${r} exceeds limit ${l}` };
    }
    u = Math.max(0, l + extra - r);
  } else {
    l = limit;
    u = used;
    r = remaining ?? Math.max(0, l + extra - u);
  }
  if (!plausibleUse(u, l, bonus)) {
    return { ok: false, reason: 'outOfRange', detail: `${label}: used ${u} is far beyond limit ${l}` };
  }
  if (remaining !== null && limit !== null && used !== null) {
    if (!remainingAgrees(l, u, r, bonus)) {
      return {
        ok: false,
        reason: 'outOfRange',
        detail: `${label}: remaining ${r} does not match limit ${l} − used ${u}`,
      };
    }
  }
  return { limit: l, used: u, remaining: r, bonus };
}

function bonusIn(m: Keyed, keys: readonly string[]): number | null {
  const f = pick(m, keys);
  // A malformed bonus field does not spoil the pool; it is just not known.
  return f &&
    typeof f.value === 'number' &&
    Number.isFinite(f.value) &&
    f.value >= 0 &&
    f.value <= MAX_CREDITS
    ? f.value
    : null;
}

type PoolOutcome =
  { kind: 'absent' } | { kind: 'ok'; pool: Pool; key: string } | { kind: 'bad'; failure: Failure };

/** A pool as its own object (`messages: {limit, used, remaining}`) or flat (`message_limit`, …). */
function readPool(
  container: Keyed,
  poolKeys: readonly string[],
  label: string,
  outerBonus: number | null,
): PoolOutcome {
  const nested = pick(container, poolKeys);
  if (nested && isObj(nested.value)) {
    const m = keyed(nested.value);
    const fields = {
      limit: pick(m, LIMIT_KEYS),
      used: pick(m, USED_KEYS),
      remaining: pick(m, REMAINING_KEYS),
    };
    if (fields.limit || fields.used || fields.remaining) {
      const pool = buildPool(label, fields, bonusIn(m, BONUS_KEYS) ?? outerBonus);
      return isFailure(pool) ? { kind: 'bad', failure: pool } : { kind: 'ok', pool, key: nested.key };
    }
  }
  const flat = (numbers: readonly string[]) =>
    pick(
      container,
      poolKeys.flatMap((p) => [
        ...numbers.map((n) => p + n),
        ...numbers.filter((n) => (PREFIX_NUMBER_KEYS as readonly string[]).includes(n)).map((n) => n + p),
      ]),
    );
  const fields = { limit: flat(LIMIT_KEYS), used: flat(USED_KEYS), remaining: flat(REMAINING_KEYS) };
  if (!fields.limit && !fields.used && !fields.remaining) return { kind: 'absent' };
  const pool = buildPool(label, fields, outerBonus);
  const key = (fields.limit ?? fields.used ?? fields.remaining)!.key;
  return isFailure(pool) ? { kind: 'bad', failure: pool } : { kind: 'ok', pool, key };
}

function readDaily(
  container: Keyed,
  messagePool: Keyed | null,
): { daily: DailyCap | null; resetAt: number | null } | Failure {
  const places = messagePool ? [container, messagePool] : [container];
  for (const m of places) {
    const obj = pick(m, DAILY_OBJECT_KEYS);
    let limitF: NumberField;
    let usedF: NumberField;
    let remF: NumberField;
    let resetAt: number | null = null;
    if (obj && isObj(obj.value)) {
      const d = keyed(obj.value);
      limitF = pick(d, LIMIT_KEYS);
      usedF = pick(d, USED_KEYS);
      remF = pick(d, REMAINING_KEYS);
      resetAt = parseTimestamp(pick(d, DAILY_OBJECT_RESET_KEYS)?.value);
    } else {
      limitF = pick(m, DAILY_LIMIT_KEYS);
      usedF = pick(m, DAILY_USED_KEYS);
      remF = pick(m, DAILY_REMAINING_KEYS);
    }
    resetAt ??= parseTimestamp(pick(m, DAILY_RESET_KEYS)?.value);
    if (!limitF && !usedF && !remF) continue;
    const limit = credit('daily', limitF);
    if (isFailure(limit)) return limit;
    const used = credit('daily', usedF);
    if (isFailure(used)) return used;
    const remaining = credit('daily', remF);
    if (isFailure(remaining)) return remaining;
    // No limit (null) means no daily cap; a limit without use tells us nothing to show.
    if (limit === null) return { daily: null, resetAt };
    const u = used ?? (remaining !== null ? Math.max(0, limit - remaining) : null);
    if (u === null) return { daily: null, resetAt };
    if (!plausibleUse(u, limit)) {
      return { ok: false, reason: 'outOfRange', detail: `daily: used ${u} is far beyond limit ${limit}` };
    }
    return { daily: { limit, used: u }, resetAt };
  }
  return { daily: null, resetAt: parseTimestamp(pick(container, DAILY_RESET_KEYS)?.value) };
}

function readTier(m: Keyed): string | null {
  const f = pick(m, TIER_KEYS);
  if (!f || typeof f.value !== 'string') return null;
  const t = f.value.trim();
  return t.length > 0 && t.length <= MAX_TIER ? t : null;
}

type ContainerOutcome =
  | { kind: 'absent' }
  | {
      kind: 'ok';
      reading: BalanceReading;
      integrationOnly: boolean;
      messageKey: string | null;
      integrationKey: string | null;
    }
  | { kind: 'bad'; failure: Failure };

/** Reads one object as the pool container (both pools, daily cap, tier, period). */
function readContainer(o: Obj): ContainerOutcome {
  const m = keyed(o);
  const generalBonus = bonusIn(m, BONUS_KEYS);
  const message = readPool(
    m,
    MESSAGE_POOL_KEYS,
    'message',
    bonusIn(m, MESSAGE_BONUS_PREFIXED) ?? generalBonus,
  );
  const integration = readPool(
    m,
    INTEGRATION_POOL_KEYS,
    'integration',
    bonusIn(m, INTEGRATION_BONUS_PREFIXED),
  );
  if (message.kind === 'absent' && integration.kind === 'absent') return { kind: 'absent' };
  if (message.kind === 'bad') return message;
  if (integration.kind === 'bad') return integration;
  const msgObj = message.kind === 'ok' ? m.get(message.key) : undefined;
  const msgKeyed = isObj(msgObj) ? keyed(msgObj) : null;
  const daily = readDaily(m, msgKeyed);
  if (isFailure(daily)) return { kind: 'bad', failure: daily };
  const time = (keys: readonly string[]) =>
    parseTimestamp(pick(m, keys)?.value) ?? (msgKeyed ? parseTimestamp(pick(msgKeyed, keys)?.value) : null);
  let periodStart = time(PERIOD_START_KEYS);
  const periodEnd = time(PERIOD_END_KEYS);
  if (periodStart !== null && periodEnd !== null && periodStart >= periodEnd) periodStart = null;
  return {
    kind: 'ok',
    reading: {
      message: message.kind === 'ok' ? message.pool : null,
      integration: integration.kind === 'ok' ? integration.pool : null,
      daily: daily.daily,
      tier: readTier(m),
      periodStart,
      periodEnd,
      dailyResetAt: daily.resetAt,
    },
    integrationOnly: message.kind !== 'ok',
    messageKey: message.kind === 'ok' ? message.key : null,
    integrationKey: integration.kind === 'ok' ? integration.key : null,
  };
}

function describe(json: unknown): string {
  if (json === null) return 'null';
  if (Array.isArray(json)) return 'an array';
  if (typeof json === 'string') return json.trimStart().startsWith('<') ? 'HTML text' : 'text';
  return `a ${typeof json}`;
}

/**
 * The Monitoring API analytics response (`GET /api/v1/monitoring/analytics/{workspace}`): the pools
 * sit under `credit_pool` (or `creditPool`), possibly inside a `data` envelope, or the body is the
 * pool block itself.
 */
export function parseCreditPool(json: unknown): ParseResult {
  if (!isObj(json)) {
    return { ok: false, reason: 'unrecognised', detail: `expected a JSON object, got ${describe(json)}` };
  }
  let scopes: Obj[] = [json];
  for (let depth = 0; depth < 3 && scopes.length > 0; depth++) {
    const next: Obj[] = [];
    for (const scope of scopes) {
      const m = keyed(scope);
      const wrapped = pick(m, CONTAINER_KEYS);
      if (wrapped) {
        if (!isObj(wrapped.value)) {
          return {
            ok: false,
            reason: 'unrecognised',
            detail: `${wrapped.key} is ${describe(wrapped.value)}`,
          };
        }
        return finish(readContainer(wrapped.value), readTier(m));
      }
      const direct = readContainer(scope);
      if (direct.kind !== 'absent') return finish(direct, null);
      for (const key of ENVELOPE_KEYS) {
        const inner = m.get(key);
        if (isObj(inner)) next.push(inner);
      }
    }
    scopes = next;
  }
  return {
    ok: false,
    reason: 'unrecognised',
    detail:
      'no message or integration credit pool found (looked for credit_pool.messages / .integration and other spellings)',
  };
}

function finish(outcome: ContainerOutcome, outerTier: string | null): ParseResult {
  if (outcome.kind === 'bad') return outcome.failure;
  if (outcome.kind === 'absent') {
    return { ok: false, reason: 'unrecognised', detail: 'credit_pool has no message or integration pool' };
  }
  const reading = outcome.reading;
  return {
    ok: true,
    reading: reading.tier === null && outerTier ? { ...reading, tier: outerTier } : reading,
  };
}

/**
 * Searches a builder response for a credit-pool shape (breadth first, bounded depth and node count,
 * cycle-safe). Only a valid pool is returned; anything doubtful is skipped. A pool counts only when
 * something says it is credits: a credit-named key on the way to it (`credits`, `credit_pool`), a
 * credit-named pool key (`message_credits`), or a response from a balance endpoint
 * (`balanceEndpoint`: the caller knows the URL is one). App data such as
 * `{records: [{messages: {total, used}}]}` is not a balance.
 */
export function findCreditPoolByShape(
  json: unknown,
  opts: { balanceEndpoint?: boolean } = {},
): BalanceReading | null {
  if (typeof json !== 'object' || json === null) return null;
  const seen = new Set<object>();
  let queue: { node: object; depth: number; creditContext: boolean }[] = [
    { node: json, depth: 0, creditContext: opts.balanceEndpoint === true },
  ];
  let visited = 0;
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const { node, depth, creditContext } of queue) {
      if (seen.has(node) || visited >= SHAPE_MAX_NODES) continue;
      seen.add(node);
      visited++;
      let children: [string, unknown][];
      if (Array.isArray(node)) {
        children = node.slice(0, 200).map((v) => ['', v]);
      } else {
        const o = node as Obj;
        const found = readContainer(o);
        if (found.kind === 'ok') {
          const creditNamed = (k: string | null) => (k ?? '').includes('credit');
          // An integration pool alone needs its own credit name or context: "integrations: {total,
          // available}" is a plausible non-credit shape even under a credit-named parent.
          const named = found.integrationOnly
            ? creditContext || creditNamed(found.integrationKey)
            : creditContext || creditNamed(found.messageKey) || creditNamed(found.integrationKey);
          if (named) return found.reading;
        }
        children = Object.entries(o);
      }
      if (depth >= SHAPE_MAX_DEPTH) continue;
      for (const [key, value] of children) {
        if (typeof value === 'object' && value !== null) {
          next.push({
            node: value,
            depth: depth + 1,
            creditContext: creditContext || normalizeKey(key).includes('credit'),
          });
        }
      }
    }
    queue = next;
  }
  return null;
}
