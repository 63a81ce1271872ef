/**
 * Why the Monitoring API refused a request (401/403), read from Base44's error body when it says
 * and from the status when it does not. Base44's backend answers errors as
 * `{message | detail, error_type, extra_data: {reason, errors}}` (its public CLI reads them so);
 * the Monitoring API documents 401 for a missing key or the wrong role, and it is for Enterprise
 * workspaces only. Any field may be missing and a real server may word things differently, so
 * each piece of evidence is only trusted when it points one way.
 */
import { isObj } from './json';

export type RefusalKind = 'keyRejected' | 'roleDenied' | 'notEnterprise';

export interface Refusal {
  kind: RefusalKind;
  /** False when only the status code decided (a bare 403 could be the plan or the role). */
  certain: boolean;
  /** The server's short reason code, when it sent a plausible one (never free text). */
  reason: string | null;
}

/** The parts of an error body worth reading; everything else is ignored. */
export interface ErrorBody {
  reason: string | null;
  errorType: string | null;
  /** `message` / `detail` texts, for their words only; never shown to a person. */
  texts: string[];
}

const EMPTY_BODY: ErrorBody = { reason: null, errorType: null, texts: [] };

/** Words that point to each refusal. Checked after `_`/`-` become spaces, so codes match too. */
const CUES: readonly [RefusalKind, RegExp][] = [
  ['notEnterprise', /\benterprise\b|\bplans?\b|\btier\b|\bsubscription\b|\bupgrade\b/i],
  ['roleDenied', /\broles?\b|\bowners?\b|\badmins?\b|\bpermissions?\b|\bauthori[sz]ation\b/i],
  // Not "unauthorized": that is only the name of status 401, whatever the cause.
  ['keyRejected', /\bapi ?key\b|\bkey\b|\btoken\b|\bcredentials?\b|\bauthenticat/i],
];

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
/** A reason code looks like `not_enterprise`; anything else is not kept. */
const code = (v: unknown): string | null => {
  const s = str(v);
  return s && /^[A-Za-z0-9_.-]{1,64}$/.test(s) ? s : null;
};

/** Pick the known fields out of an error body's text; tolerant of any shape, never throws. */
export function readErrorBody(raw: string): ErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return EMPTY_BODY;
  }
  if (!isObj(body)) return EMPTY_BODY;
  // Some servers nest the whole error one level down (`{error: {...}}`).
  const err = isObj(body.error) ? body.error : body;
  const extra = isObj(err.extra_data) ? err.extra_data : isObj(err.extraData) ? err.extraData : {};
  const detail = err.detail;
  const texts: string[] = [];
  for (const t of [err.message, detail]) {
    const s = str(t);
    if (s) texts.push(s);
  }
  // FastAPI-style `detail` can be an object or a list of `{msg}`.
  if (isObj(detail)) for (const t of [detail.message, detail.msg]) if (str(t)) texts.push(str(t)!);
  if (Array.isArray(detail))
    for (const d of detail.slice(0, 5)) if (isObj(d) && str(d.msg)) texts.push(str(d.msg)!);
  return {
    reason: code(extra.reason) ?? code(err.reason) ?? (isObj(detail) ? code(detail.reason) : null),
    // A bare `error` string is a code like `unauthorized` or `invalid_api_key`.
    errorType: code(err.error_type) ?? code(err.errorType) ?? code(err.type) ?? code(body.error),
    texts,
  };
}

/** The one refusal the words point to, or null when they point nowhere or several ways. */
function cue(text: string | null): RefusalKind | null {
  if (!text) return null;
  const words = text.replace(/[_-]+/g, ' ');
  const hits = CUES.filter(([, re]) => re.test(words));
  return hits.length === 1 ? hits[0]![0] : null;
}

/**
 * Classify a 401/403: the reason code first, then the message, then the error type; failing all
 * three, 401 means the key and 403 means "not Enterprise, or the role" (uncertain).
 */
export function classifyRefusal(httpStatus: number, body: ErrorBody): Refusal {
  const fromBody = cue(body.reason) ?? cue(body.texts.join(' · ') || null) ?? cue(body.errorType);
  if (fromBody) return { kind: fromBody, certain: true, reason: body.reason };
  if (httpStatus === 403) return { kind: 'notEnterprise', certain: false, reason: body.reason };
  return { kind: 'keyRejected', certain: false, reason: body.reason };
}
