import { MAX_CONVERSATION_USERS, MESSAGE_ID, SHORT_TOKEN } from '../base44/chat-turn';
import { OBJECT_ID } from '../base44/urls';
import { PAGE_CHANNEL } from './channel';
import { isPlausibleCost } from './chat-cost';
import { KEY_NAME, MAX_KEYS, MAX_TEXT, MAX_WORKSPACES } from './limits';
import type {
  ConversationUserMessage,
  ObservedWorkspace,
  PageObservation,
  TurnOutcome,
  TurnStart,
} from './types';
import { isRecord, shortString, validateReading } from './validate-reading';

export { validateReading };

/**
 * Re-validates what arrives from the page's main world. Anything the page can run could have
 * posted it, so only known fields with plain, in-range values are copied into a fresh object;
 * everything else is dropped. Ids must be well formed or the observation is dropped; a status or
 * model name that is not a short token becomes null. `now` replaces any time the page claims.
 */

const TURN_OUTCOMES: readonly TurnOutcome[] = ['queued', 'settled', 'paywalled', 'failed', 'edgeTimeout'];
const TURN_STARTS: readonly TurnStart[] = ['message', 'initialMessage', 'toolAnswer'];
/** A URL shape: `/` and path segments of plain characters or `:id`. */
const URL_SHAPE = /^\/(?:(?:[A-Za-z0-9_.-]{1,40}|:id)(?:\/(?:[A-Za-z0-9_.-]{1,40}|:id)){0,11})?$/;

function workspaces(v: unknown): ObservedWorkspace[] | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_WORKSPACES) return null;
  const out: ObservedWorkspace[] = [];
  for (const w of v) {
    if (!isRecord(w) || typeof w.id !== 'string' || !/^[\w-]{1,64}$/.test(w.id)) return null;
    const name = shortString(w.name, 200);
    const tier = shortString(w.tier, 64);
    if (name === undefined || tier === undefined) return null;
    out.push({ id: w.id, name, tier });
  }
  return out;
}

/** A 24-hex id, lowercased; null when not one. */
function appId(v: unknown): string | null {
  return typeof v === 'string' && OBJECT_ID.test(v) ? v.toLowerCase() : null;
}

/** An optional workspace id: null stays null, a 24-hex id is lowercased, anything else is undefined. */
function workspaceRef(v: unknown): string | null | undefined {
  if (v === null) return null;
  return appId(v) ?? undefined;
}

function token(v: unknown): string | null {
  return typeof v === 'string' && SHORT_TOKEN.test(v) ? v : null;
}

function users(v: unknown): ConversationUserMessage[] | null {
  if (!Array.isArray(v) || v.length > MAX_CONVERSATION_USERS) return null;
  const out: ConversationUserMessage[] = [];
  for (const u of v) {
    if (!isRecord(u) || typeof u.id !== 'string' || !MESSAGE_ID.test(u.id)) return null;
    out.push({ id: u.id, status: token(u.status) });
  }
  return out;
}

function keys(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > MAX_KEYS) return null;
  const out: string[] = [];
  for (const k of v) {
    if (typeof k !== 'string' || !KEY_NAME.test(k)) return null;
    out.push(k);
  }
  return out;
}

function oneOf<T extends string>(v: unknown, list: readonly T[]): T | null {
  return typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null;
}

function balance(raw: Record<string, unknown>): PageObservation | null {
  const reading = validateReading(raw.reading);
  if (!reading) return null;
  const out: PageObservation = { kind: 'balance', reading };
  if (raw.workspaceId !== undefined) {
    const ws = workspaceRef(raw.workspaceId);
    if (ws === undefined) return null;
    out.workspaceId = ws;
  }
  if (raw.urlShape !== undefined) {
    if (typeof raw.urlShape !== 'string' || !URL_SHAPE.test(raw.urlShape)) return null;
    out.urlShape = raw.urlShape;
  }
  return out;
}

/** Validate a raw observation; `now` replaces any time the page claims. */
export function validateObservation(raw: unknown, now: number): PageObservation | null {
  if (!isRecord(raw) || typeof raw.kind !== 'string') return null;
  switch (raw.kind) {
    case 'balance':
      return balance(raw);
    case 'workspaces': {
      const list = workspaces(raw.workspaces);
      return list ? { kind: 'workspaces', workspaces: list } : null;
    }
    case 'chatSend': {
      const id = appId(raw.appId);
      if (!id || typeof raw.text !== 'string' || raw.text.length > MAX_TEXT) return null;
      return { kind: 'chatSend', appId: id, text: raw.text, at: now };
    }
    case 'appCreated': {
      const id = appId(raw.appId);
      const ws = workspaceRef(raw.workspaceId);
      if (!id || ws === undefined || typeof raw.text !== 'string' || raw.text.length > MAX_TEXT) return null;
      return { kind: 'appCreated', appId: id, workspaceId: ws, text: raw.text, at: now };
    }
    case 'toolAnswer':
    case 'turnStop': {
      const id = appId(raw.appId);
      return id ? { kind: raw.kind, appId: id, at: now } : null;
    }
    case 'turnResult': {
      const id = appId(raw.appId);
      const start = oneOf(raw.start, TURN_STARTS);
      const outcome = oneOf(raw.outcome, TURN_OUTCOMES);
      if (!id || !start || !outcome) return null;
      return { kind: 'turnResult', appId: id, start, outcome, at: now };
    }
    case 'conversation': {
      const id = appId(raw.appId);
      const list = users(raw.users);
      return id && list ? { kind: 'conversation', appId: id, users: list, at: now } : null;
    }
    case 'appInfo': {
      const id = appId(raw.appId);
      const ws = workspaceRef(raw.workspaceId);
      const name = shortString(raw.name, 200);
      if (!id || ws === undefined || name === undefined) return null;
      return { kind: 'appInfo', appId: id, workspaceId: ws, name };
    }
    case 'me':
      return { kind: 'me', builderModel: token(raw.builderModel) };
    case 'chatCost': {
      const id = appId(raw.appId);
      if (!id || !isPlausibleCost(raw.cost)) return null;
      return { kind: 'chatCost', appId: id, cost: raw.cost, at: now };
    }
    case 'authFailed':
    case 'authOk':
      return { kind: raw.kind, at: now };
    case 'unrecognised': {
      const list = keys(raw.keys);
      if (typeof raw.urlShape !== 'string' || !URL_SHAPE.test(raw.urlShape) || !list) return null;
      return { kind: 'unrecognised', urlShape: raw.urlShape, keys: list, at: now };
    }
    // Deprecated: no longer produced by the observer; kept until the background stops handling them.
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
