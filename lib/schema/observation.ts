/**
 * What the main-world observer may report from the builder's own network traffic. Anything the page
 * can run could have posted it, so the content script and the background both parse it with this
 * schema: only known fields with plain, in-range values come out, in a fresh object; ids must be
 * well formed or the observation is dropped; a status or model name that is not a short token
 * becomes null. The page's clock is never trusted: `stampObservation` puts ours on.
 */
import * as v from 'valibot';
import { MAX_CONVERSATION_USERS } from '../base44/chat-turn';
import { PAGE_CHANNEL } from '../page-observer/channel';
import { KEY_NAME, MAX_KEYS, MAX_WORKSPACES } from '../page-observer/limits';
import { messageId, objectId, promptCost, promptText, token, workspaceId } from './basics';
import { balanceReading, workspace } from './reading';

/** How a chat turn's own request ended, read from its response (a ChatTurn, base44/cli apps/api.ts). */
export const TURN_OUTCOMES = [
  /** `{queued: true}`: a turn is already running; this one runs next. */
  'queued',
  /** 2xx, no error: the turn finished. */
  'settled',
  /** 2xx with `status.error_source: "paywall"`: out of credits, nothing ran. */
  'paywalled',
  /** 2xx with `status.state: "error"` (other sources), or a 4xx/5xx that is not an edge timeout. */
  'failed',
  /** 502/503/504 from the edge (~100 s): the turn keeps running server-side. */
  'edgeTimeout',
] as const;
export type TurnOutcome = (typeof TURN_OUTCOMES)[number];

/** Which request started a turn. */
export const TURN_STARTS = ['message', 'initialMessage', 'toolAnswer'] as const;
export type TurnStart = (typeof TURN_STARTS)[number];

/** A URL shape: `/` and path segments of plain characters or `:id`. */
const URL_SHAPE = /^\/(?:(?:[A-Za-z0-9_.-]{1,40}|:id)(?:\/(?:[A-Za-z0-9_.-]{1,40}|:id)){0,11})?$/;
const urlShape = v.pipe(v.string(), v.regex(URL_SHAPE));

/** A user message of the conversation: id and `outcome.backend_status` (null when absent). */
const conversationUser = v.object({ id: messageId, status: token });
export type ConversationUserMessage = v.InferOutput<typeof conversationUser>;

const app = { appId: objectId };

const wireObservation = v.variant('kind', [
  /**
   * A balance in a builder response. `workspaceId`: the workspace the response names (a body field
   * or an id in the URL), null when it names none. `urlShape`: the path with ids replaced by `:id`.
   */
  v.object({
    kind: v.literal('balance'),
    reading: balanceReading,
    workspaceId: v.optional(v.nullable(workspaceId)),
    urlShape: v.optional(urlShape),
  }),
  v.object({
    kind: v.literal('workspaces'),
    workspaces: v.pipe(v.array(workspace), v.minLength(1), v.maxLength(MAX_WORKSPACES)),
  }),
  /** The builder POSTed a chat message (a prompt was sent). `text` stays on this machine. */
  v.object({ kind: v.literal('chatSend'), ...app, text: promptText }),
  /**
   * `POST /api/apps` with `initial_message` answered with the new app's id: its first turn started
   * server-side. `workspaceId`: the `organization_id` sent or answered, when any.
   */
  v.object({ kind: v.literal('appCreated'), ...app, workspaceId: v.nullable(workspaceId), text: promptText }),
  /** `POST /api/apps/{id}/chat/submit-tool-call-input`: answering a parked question starts a turn. */
  v.object({ kind: v.literal('toolAnswer'), ...app }),
  /** The response of a turn-starting request (chat/message or submit-tool-call-input). */
  v.object({
    kind: v.literal('turnResult'),
    ...app,
    start: v.picklist(TURN_STARTS),
    outcome: v.picklist(TURN_OUTCOMES),
  }),
  /** `POST /api/apps/{id}/chat/stop`. */
  v.object({ kind: v.literal('turnStop'), ...app }),
  /** `GET /api/apps/{id}/chat/full-conversation`: the newest user messages (at most 10), oldest first. */
  v.object({
    kind: v.literal('conversation'),
    ...app,
    users: v.pipe(v.array(conversationUser), v.maxLength(MAX_CONVERSATION_USERS)),
  }),
  /** `GET /api/apps/{id}`: which workspace owns the app (`organization_id`) and its name. */
  v.object({
    kind: v.literal('appInfo'),
    ...app,
    workspaceId: v.nullable(workspaceId),
    name: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  }),
  /** `GET /api/auth/me`: the builder model the user picked (null = let Base44 choose). */
  v.object({ kind: v.literal('me'), builderModel: token }),
  /** A builder response stated what a prompt cost (no such field has been seen; kept in case). */
  v.object({ kind: v.literal('chatCost'), ...app, cost: promptCost }),
  /** The builder's own API answered 401 (one is not "signed out": clients refresh and retry). */
  v.object({ kind: v.literal('authFailed') }),
  /** The builder's own API answered 2xx after a 401 was reported. */
  v.object({ kind: v.literal('authOk') }),
  /**
   * A response from an endpoint we read that did not have the expected shape: its path shape and
   * its top-level key names only (never values), for the diagnostics page.
   */
  v.object({
    kind: v.literal('unrecognised'),
    urlShape,
    keys: v.pipe(v.array(v.pipe(v.string(), v.regex(KEY_NAME))), v.maxLength(MAX_KEYS)),
  }),
]);
type WireObservation = v.InferOutput<typeof wireObservation>;

/** Observations that say nothing about when (a state, not an event) carry no time. */
const UNTIMED = ['balance', 'workspaces', 'appInfo', 'me'] as const;
type Untimed = (typeof UNTIMED)[number];

/** An observation after validation; events carry the time the extension received them. */
export type PageObservation = WireObservation extends infer W
  ? W extends { kind: Untimed }
    ? W
    : W & { at: number }
  : never;

/** Validate a raw observation; `now` replaces any time the page claims. */
export function validateObservation(raw: unknown, now: number): PageObservation | null {
  const r = v.safeParse(wireObservation, raw);
  if (!r.success) return null;
  const obs = r.output;
  return ((UNTIMED as readonly string[]).includes(obs.kind) ? obs : { ...obs, at: now }) as PageObservation;
}

const envelope = v.object({ channel: v.literal(PAGE_CHANNEL), v: v.literal(1), observation: v.unknown() });

/** Unwrap and validate a `window.postMessage` payload from the observer. */
export function validateEnvelope(data: unknown, now: number): PageObservation | null {
  const r = v.safeParse(envelope, data);
  return r.success ? validateObservation(r.output.observation, now) : null;
}
