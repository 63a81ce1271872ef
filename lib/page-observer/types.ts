import type { BalanceReading } from '../credits/types';

/** How a chat turn's own request ended, read from its response (a ChatTurn, base44/cli apps/api.ts). */
export type TurnOutcome =
  /** `{queued: true}`: a turn is already running; this one runs next. */
  | 'queued'
  /** 2xx, no error: the turn finished. */
  | 'settled'
  /** 2xx with `status.error_source: "paywall"`: out of credits, nothing ran. */
  | 'paywalled'
  /** 2xx with `status.state: "error"` (other sources), or a 4xx/5xx that is not an edge timeout. */
  | 'failed'
  /** 502/503/504 from the edge (~100 s): the turn keeps running server-side. */
  | 'edgeTimeout';

/** Which request started a turn. */
export type TurnStart = 'message' | 'initialMessage' | 'toolAnswer';

/** A user message of the conversation: id and `outcome.backend_status` (null when absent). */
export interface ConversationUserMessage {
  id: string;
  status: string | null;
}

export interface ObservedWorkspace {
  id: string;
  name: string | null;
  tier: string | null;
}

/**
 * What the main-world observer learns from the builder's own network traffic, after validation.
 * Only plain numbers, ids, short enumerations and (for sends) the prompt text cross from the page;
 * nothing else it sends is trusted.
 */
export type PageObservation =
  /**
   * A balance in a builder response. `workspaceId`: the workspace the response names (a body field
   * or an id in the URL), null when it names none. `urlShape`: the path with ids replaced by `:id`.
   */
  | { kind: 'balance'; reading: BalanceReading; workspaceId?: string | null; urlShape?: string }
  | { kind: 'workspaces'; workspaces: ObservedWorkspace[] }
  /** The builder POSTed a chat message (a prompt was sent). `text` stays on this machine. */
  | { kind: 'chatSend'; appId: string; text: string; at: number }
  /**
   * `POST /api/apps` with `initial_message` answered with the new app's id: its first turn started
   * server-side. `workspaceId`: the `organization_id` sent or answered, when any.
   */
  | { kind: 'appCreated'; appId: string; workspaceId: string | null; text: string; at: number }
  /** `POST /api/apps/{id}/chat/submit-tool-call-input`: answering a parked question starts a turn. */
  | { kind: 'toolAnswer'; appId: string; at: number }
  /** The response of a turn-starting request (chat/message or submit-tool-call-input). */
  | { kind: 'turnResult'; appId: string; start: TurnStart; outcome: TurnOutcome; at: number }
  /** `POST /api/apps/{id}/chat/stop`. */
  | { kind: 'turnStop'; appId: string; at: number }
  /** `GET /api/apps/{id}/chat/full-conversation`: the newest user messages (at most 10), oldest first. */
  | { kind: 'conversation'; appId: string; users: ConversationUserMessage[]; at: number }
  /** `GET /api/apps/{id}`: which workspace owns the app (`organization_id`) and its name. */
  | { kind: 'appInfo'; appId: string; workspaceId: string | null; name: string | null }
  /** `GET /api/auth/me`: the builder model the user picked (null = let Base44 choose). */
  | { kind: 'me'; builderModel: string | null }
  /** A builder response stated what a prompt cost (no such field has been seen; kept in case). */
  | { kind: 'chatCost'; appId: string; cost: number; at: number }
  /** The builder's own API answered 401 (one is not "signed out": clients refresh and retry). */
  | { kind: 'authFailed'; at: number }
  /** The builder's own API answered 2xx after a 401 was reported. */
  | { kind: 'authOk'; at: number }
  /**
   * A response from an endpoint we read that did not have the expected shape: its path shape and
   * its top-level key names only (never values), for the diagnostics page.
   */
  | { kind: 'unrecognised'; urlShape: string; keys: string[]; at: number }
  /** @deprecated replaced by turnResult; kept until the background stops handling it. */
  | { kind: 'chatReply'; appId: string; at: number }
  /** @deprecated replaced by authFailed; kept until the background stops handling it. */
  | { kind: 'signedOut' };
