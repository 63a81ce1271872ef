import { classifyRefusal, readErrorBody } from './monitoring-refusal';
import { monitoringAnalyticsUrl } from './urls';

/**
 * Client for Base44's documented Monitoring API. Every failure becomes a typed outcome the worker
 * turns into a status a person can act on; nothing here throws. `fetch` and `now` are parameters so
 * tests drive it without a network or a clock.
 */
export type MonitoringOutcome =
  | { kind: 'ok'; json: unknown }
  /** 401 (or a 403 that says so): missing, unknown or revoked key, or a key for another workspace. */
  | { kind: 'keyRejected'; httpStatus: number; reason: string | null }
  /** The key is known but its user is not an owner or admin of this workspace. */
  | { kind: 'roleDenied'; httpStatus: number; reason: string | null }
  /**
   * The workspace is not on an Enterprise plan. `certain: false` for a 403 that did not say why:
   * then it is the plan or the role.
   */
  | { kind: 'notEnterprise'; httpStatus: number; reason: string | null; certain: boolean }
  | { kind: 'notFound' }
  /** 429; `retryAt` from Retry-After when given. */
  | { kind: 'rateLimited'; retryAt: number | null }
  /** Network error, timeout, or a 5xx. */
  | { kind: 'unreachable'; detail: string }
  /** An answer we cannot read: HTML, broken JSON, an unexpected status. */
  | { kind: 'unrecognised'; detail: string };

export interface MonitoringDeps {
  fetch: typeof fetch;
  now: number;
  /** Abort a request that takes longer than this (default 15 s). */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** An error body is read only this far: enough for `{message, error_type, extra_data}`. */
export const MAX_ERROR_BODY_BYTES = 8 * 1024;

export type MonitoringOutcomeKind = MonitoringOutcome['kind'];

/** `Retry-After` is either delta-seconds or an HTTP date; returns epoch ms, or null if absent/invalid. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isFinite(date) ? Math.max(now, date) : null;
}

/** Up to `maxBytes` of a body, then the rest is cancelled; '' when it cannot be read. */
async function readPrefix(res: Response, maxBytes: number): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    return '';
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const all = new Uint8Array(Math.min(size, maxBytes));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, all.length - at);
    all.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(all);
}

/** The key never appears in an outcome, whatever an error or a server echoes back. */
function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('••••') : text;
}

function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

async function request(
  deps: MonitoringDeps,
  url: string,
  headers: Record<string, string>,
): Promise<MonitoringOutcome> {
  const outcome = await send(deps, url, headers);
  const key = headers.api_key;
  if ('detail' in outcome) return { ...outcome, detail: redact(outcome.detail, key) };
  if ('reason' in outcome && outcome.reason && key && outcome.reason.includes(key))
    return { ...outcome, reason: null };
  return outcome;
}

async function send(
  deps: MonitoringDeps,
  url: string,
  headers: Record<string, string>,
): Promise<MonitoringOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    let res: Response;
    try {
      res = await deps.fetch(url, {
        headers: { accept: 'application/json', ...headers },
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      const aborted = controller.signal.aborted;
      return {
        kind: 'unreachable',
        detail: aborted ? 'timed out' : error instanceof Error ? error.message : String(error),
      };
    }
    if (res.status === 401 || res.status === 403) {
      const refusal = classifyRefusal(res.status, readErrorBody(await readPrefix(res, MAX_ERROR_BODY_BYTES)));
      const base = { httpStatus: res.status, reason: refusal.reason };
      return refusal.kind === 'notEnterprise'
        ? { kind: 'notEnterprise', ...base, certain: refusal.certain }
        : { kind: refusal.kind, ...base };
    }
    if (res.status === 404) return { kind: 'notFound' };
    if (res.status === 429)
      return { kind: 'rateLimited', retryAt: parseRetryAfter(res.headers.get('retry-after'), deps.now) };
    if (res.status >= 500) return { kind: 'unreachable', detail: `Base44 answered ${res.status}` };
    if (!res.ok) return { kind: 'unrecognised', detail: `unexpected status ${res.status}` };
    let text: string;
    try {
      text = await res.text();
    } catch (error) {
      return { kind: 'unreachable', detail: controller.signal.aborted ? 'timed out' : String(error) };
    }
    if (/^\s*</.test(text)) return { kind: 'unrecognised', detail: 'an HTML page instead of JSON' };
    try {
      return { kind: 'ok', json: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'unrecognised', detail: 'malformed JSON' };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Credit pool state for the current period (the analytics range is just today, to keep it small). */
export function getAnalytics(
  deps: MonitoringDeps,
  creds: { apiKey: string; workspaceId: string },
): Promise<MonitoringOutcome> {
  const day = utcDay(deps.now);
  return request(deps, monitoringAnalyticsUrl(creds.workspaceId, { from: day, to: day }), {
    api_key: creds.apiKey,
  });
}
