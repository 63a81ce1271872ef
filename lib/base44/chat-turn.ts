/**
 * Shapes of the builder's chat and app responses, as Base44's own CLI reads them (base44/cli,
 * `packages/cli/src/core/resources/apps/api.ts` and `apps/stream.ts`, 2026; base44-facts.md). Each
 * reader returns only ids, short enumerations and names, never message content, and says when the
 * body did not have the shape it expects.
 */
import type { ConversationUserMessage, TurnOutcome } from '../schema/observation';
import { objectIdOf } from './urls';
import { isObj } from './json';

/** Message ids: UUIDs in the conversation; any short id-like string, nothing that could carry markup. */
export const MESSAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** `outcome.backend_status` values (`pending`, `success_build`, …) and builder model names. */
export const SHORT_TOKEN = /^[\w.:-]{1,64}$/;
/** How many user messages of a conversation are passed on (the newest). */
export const MAX_CONVERSATION_USERS = 10;
/** Messages looked at from the end of a conversation, so a huge one costs little. */
const SCAN_LIMIT = 500;
const MAX_NAME = 200;

/** A string matching `pattern`, else null. */
function tokenOrNull(v: unknown, pattern: RegExp = SHORT_TOKEN): string | null {
  return typeof v === 'string' && pattern.test(v) ? v : null;
}

/** A display name: trimmed, 1..200 characters, else null. */
function nameOrNull(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 && t.length <= MAX_NAME ? t : null;
}

export interface Read<T> {
  value: T;
  /** False when the body lacked the fields this endpoint is known to answer with. */
  recognised: boolean;
}

/**
 * A ChatTurn (`{queued?, status?: {state, message, error_source}, conversation?}`), the answer of
 * `chat/message` and `chat/submit-tool-call-input` once the turn ends. `{queued: true}` comes at once
 * when a turn is already running; a paywalled turn is a 2xx with `status.error_source: "paywall"`.
 */
export function readChatTurn(json: unknown): Read<TurnOutcome> {
  if (!isObj(json)) return { value: 'settled', recognised: false };
  const { queued, status, conversation } = json;
  const recognised =
    (queued !== undefined || status !== undefined || conversation !== undefined) &&
    (queued === undefined || typeof queued === 'boolean') &&
    (status === undefined || status === null || isObj(status)) &&
    (conversation === undefined || conversation === null || isObj(conversation));
  if (queued === true) return { value: 'queued', recognised };
  if (isObj(status)) {
    if (status.error_source === 'paywall') return { value: 'paywalled', recognised };
    if (status.state === 'error') return { value: 'failed', recognised };
  }
  return { value: 'settled', recognised };
}

/** What a turn-starting request's HTTP status alone says (null: read the body, or nothing to say). */
export function outcomeOfStatus(status: number): TurnOutcome | null {
  if (status === 502 || status === 503 || status === 504) return 'edgeTimeout';
  if (status >= 400 && status !== 401) return 'failed';
  return null;
}

/**
 * `GET /api/apps/{id}/chat/full-conversation` → `{messages: [{id, role, hidden?, outcome?}]}`: the
 * newest non-hidden user messages (at most 10), oldest first, with `outcome.backend_status`.
 */
export function readConversationUsers(json: unknown): ConversationUserMessage[] | null {
  if (!isObj(json) || !Array.isArray(json.messages)) return null;
  const messages: unknown[] = json.messages;
  const out: ConversationUserMessage[] = [];
  const stop = Math.max(0, messages.length - SCAN_LIMIT);
  for (let i = messages.length - 1; i >= stop && out.length < MAX_CONVERSATION_USERS; i--) {
    const m = messages[i];
    if (!isObj(m) || m.role !== 'user' || m.hidden === true) continue;
    const id = tokenOrNull(m.id, MESSAGE_ID);
    if (id === null) continue;
    const status = isObj(m.outcome) ? tokenOrNull(m.outcome.backend_status) : null;
    out.push({ id, status });
  }
  return out.reverse();
}

/** `GET /api/apps/{id}` → the app record: `organization_id` (its workspace) and `name`. */
export function readAppInfo(json: unknown): Read<{ workspaceId: string | null; name: string | null }> | null {
  if (!isObj(json)) return null;
  const recognised = 'id' in json || 'organization_id' in json || 'name' in json;
  return {
    value: { workspaceId: objectIdOf(json.organization_id), name: nameOrNull(json.name) },
    recognised,
  };
}

/**
 * The `POST /api/apps` request body when it starts a turn: `{name?, organization_id?,
 * initial_message: {content}}`. Null when it carries no first prompt.
 */
export function readCreateAppRequest(
  text: string | null,
): { content: string; workspaceId: string | null } | null {
  const json = parseJson(text);
  if (!isObj(json) || !isObj(json.initial_message)) return null;
  const content = json.initial_message.content;
  if (typeof content !== 'string' || content.trim() === '') return null;
  return { content, workspaceId: objectIdOf(json.organization_id) };
}

/** The `POST /api/apps` answer: the new app (`{id, name?}`); its `organization_id` when it states one. */
export function readCreatedApp(json: unknown): { appId: string; workspaceId: string | null } | null {
  if (!isObj(json)) return null;
  const appId = objectIdOf(json.id);
  return appId ? { appId, workspaceId: objectIdOf(json.organization_id) } : null;
}

/** `GET /api/auth/me` → the user; `builder_model` is the model picked (null or absent = Automatic). */
export function readMe(json: unknown): { builderModel: string | null } | null {
  if (!isObj(json) || !('id' in json || 'email' in json)) return null;
  return { builderModel: tokenOrNull(json.builder_model) };
}

/** The `chat/message` request body: `{content, …}`. */
export function readChatMessageRequest(text: string | null): string | null {
  const json = parseJson(text);
  return isObj(json) && typeof json.content === 'string' ? json.content : null;
}

function parseJson(text: string | null): unknown {
  if (text === null || text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
