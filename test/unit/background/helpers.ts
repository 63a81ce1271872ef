import { CreditMeterDb } from '../../../lib/db/database';
import type { RuntimeDeps } from '../../../lib/background/deps';

export const WS = '64b7f1a2c3d4e5f607180000';
export const KEY = 'sandbox-api-key';
export const APP = '64b7f1a2c3d4e5f60718293a';
export const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);

export function analytics(
  m: { limit: number; used: number },
  i: { limit: number; used: number } = { limit: 20000, used: 100 },
  extra: Record<string, unknown> = {},
): unknown {
  return {
    summary: {},
    credit_pool: {
      tier: 'pro',
      messages: { limit: m.limit, used: m.used, remaining: m.limit - m.used },
      integration: { limit: i.limit, used: i.used, remaining: i.limit - i.used },
      period_end: '2026-12-01T00:00:00Z',
      ...extra,
    },
  };
}

export type Reply = Response | (() => Response | Promise<Response>) | Error;

/** A fetch that answers from a script, one entry per call (the last repeats), and records calls. */
export function scriptedFetch(script: Reply[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  let i = 0;
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
    const entry = script[Math.min(i++, script.length - 1)];
    if (entry instanceof Error) throw entry;
    if (typeof entry === 'function') return entry();
    return (entry as Response).clone();
  }) as typeof fetch;
  return { fetch: fn, calls };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function text(body: string, status = 200): Response {
  return new Response(body, { status });
}

let dbCounter = 0;

/** Fresh deps with their own database and a clock the test moves by hand. */
export function makeDeps(fetchFn: typeof fetch) {
  const clock = { now: T0 };
  const db = new CreditMeterDb(`bg-test-${Date.now()}-${dbCounter++}`);
  const deps: RuntimeDeps = { db, fetch: fetchFn, now: () => clock.now, timeoutMs: 50 };
  return { deps, clock, db };
}
