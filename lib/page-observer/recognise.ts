import {
  outcomeOfStatus,
  readAppInfo,
  readChatMessageRequest,
  readChatTurn,
  readConversationUsers,
  readCreateAppRequest,
  readCreatedApp,
  readMe,
} from '../base44/chat-turn';
import { findCreditPoolByShape } from '../base44/credit-pool';
import { ENVELOPE_KEYS, normalizeKey, WORKSPACE_REF_KEYS } from '../base44/fields';
import {
  isBalanceUrl,
  builderEndpoint,
  isBuilderApiUrl,
  workspaceIdOf,
  urlShape,
  workspaceIdInUrl,
  type BuilderEndpoint,
} from '../base44/urls';
import { parseWorkspaces } from '../base44/workspaces';
import { findChatCost } from './chat-cost';
import { KEY_NAME, MAX_KEYS, MAX_TEXT, MAX_WORKSPACES } from './limits';
import type { PageObservation, TurnStart } from '../schema/observation';
import { isObj } from '../base44/json';

/**
 * What a builder request says before any answer: a prompt sent (`chat/message`, its body's
 * `content`), a parked question answered, or a stop. Null for anything else.
 */
export function recogniseRequest(
  method: string,
  url: string,
  body: string | null,
  now: number,
): PageObservation | null {
  const ep = builderEndpoint(method, url);
  if (!ep || !('appId' in ep)) return null;
  switch (ep.kind) {
    case 'chatMessage': {
      const content = readChatMessageRequest(body);
      return content === null
        ? null
        : { kind: 'chatSend', appId: ep.appId, text: content.slice(0, MAX_TEXT), at: now };
    }
    case 'toolAnswer':
      return { kind: 'toolAnswer', appId: ep.appId, at: now };
    case 'chatStop':
      return { kind: 'turnStop', appId: ep.appId, at: now };
    default:
      return null;
  }
}

/**
 * A response body as the observer got it: the text (read in full, within the byte cap), a value the
 * browser already parsed (XHR `responseType: 'json'`), or why there is none: past the cap, not JSON,
 * or not read (an error status, a failed read, a binary XHR).
 */
export type ResponseBody = { text: string } | { json: unknown } | 'tooLarge' | 'notJson' | 'unread';

export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  body: ResponseBody;
  /** The request's body, read only for the turn-starting endpoints (`POST /api/apps` needs it). */
  requestBody?: string | null;
}

/**
 * What a builder response tells us. Balances are recognised by their shape wherever they appear
 * (the endpoint the builder uses for them is not known); everything else from its own endpoint.
 * 401s are left to `AuthWatch`.
 */
export function recogniseResponse(res: ObservedResponse, now: number): PageObservation[] {
  if (!isBuilderApiUrl(res.url) || res.status === 401) return [];
  const ok = res.status >= 200 && res.status < 300;
  const json = bodyJson(res.body);
  const ep = builderEndpoint(res.method, res.url);
  const out: PageObservation[] = ep ? fromEndpoint(ep, res, ok, json, now) : [];
  if (ok && json !== undefined) {
    const reading = findCreditPoolByShape(json, { balanceEndpoint: isBalanceUrl(res.url) });
    if (reading)
      out.push({
        kind: 'balance',
        reading,
        workspaceId: workspaceIdInBody(json) ?? workspaceIdInUrl(res.url),
        urlShape: urlShape(res.url),
      });
  }
  return out;
}

function fromEndpoint(
  ep: BuilderEndpoint,
  res: ObservedResponse,
  ok: boolean,
  json: unknown,
  now: number,
): PageObservation[] {
  if (ep.kind === 'chatMessage' || ep.kind === 'toolAnswer') {
    const start: TurnStart = ep.kind === 'chatMessage' ? 'message' : 'toolAnswer';
    return turnResult(ep.appId, start, res, ok, json, now);
  }
  if (ep.kind === 'chatStop' || !ok) return [];
  // Past this point the endpoint answered 2xx and its body is what we read.
  if (res.body === 'tooLarge' || res.body === 'unread') return [];
  const unrecognised = (): PageObservation[] => [unrecognisedOf(res.url, json, now)];
  switch (ep.kind) {
    case 'fullConversation': {
      const users = readConversationUsers(json);
      return users ? [{ kind: 'conversation', appId: ep.appId, users, at: now }] : unrecognised();
    }
    case 'app': {
      const info = readAppInfo(json);
      if (!info?.recognised) return unrecognised();
      return [{ kind: 'appInfo', appId: ep.appId, ...info.value }];
    }
    case 'createApp': {
      const request = readCreateAppRequest(res.requestBody ?? null);
      if (!request) return [];
      const created = readCreatedApp(json);
      if (!created) return unrecognised();
      return [
        {
          kind: 'appCreated',
          appId: created.appId,
          workspaceId: request.workspaceId ?? created.workspaceId,
          text: request.content.slice(0, MAX_TEXT),
          at: now,
        },
      ];
    }
    case 'authMe': {
      const me = readMe(json);
      return me ? [{ kind: 'me', ...me }] : unrecognised();
    }
    case 'workspaces': {
      const workspaces = parseWorkspaces(json);
      if (!workspaces) return unrecognised();
      return workspaces.length > 0
        ? [{ kind: 'workspaces', workspaces: workspaces.slice(0, MAX_WORKSPACES) }]
        : [];
    }
  }
}

/** The answer of a turn-starting request; its HTTP status first, then the ChatTurn in the body. */
function turnResult(
  appId: string,
  start: TurnStart,
  res: ObservedResponse,
  ok: boolean,
  json: unknown,
  now: number,
): PageObservation[] {
  const result = (outcome: ReturnType<typeof readChatTurn>['value']): PageObservation => ({
    kind: 'turnResult',
    appId,
    start,
    outcome,
    at: now,
  });
  const byStatus = outcomeOfStatus(res.status);
  if (byStatus) return [result(byStatus)];
  if (!ok || res.body === 'unread') return [];
  // A queue or paywall answer is a few bytes: a body past the cap is a finished turn's conversation.
  if (res.body === 'tooLarge') return [result('settled')];
  if (json === undefined) return [unrecognisedOf(res.url, json, now)];
  const turn = readChatTurn(json);
  const out = [result(turn.value)];
  if (!turn.recognised) out.push(unrecognisedOf(res.url, json, now));
  if (start === 'message') {
    const cost = findChatCost(json);
    if (cost !== null) out.push({ kind: 'chatCost', appId, cost, at: now });
  }
  return out;
}

function unrecognisedOf(url: string, json: unknown, now: number): PageObservation {
  return { kind: 'unrecognised', urlShape: urlShape(url), keys: topLevelKeys(json), at: now };
}

/** Top-level key names of a body (never values), for diagnostics. */
export function topLevelKeys(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  const out: string[] = [];
  for (const key in json) {
    if (!Object.hasOwn(json, key)) continue;
    if (KEY_NAME.test(key)) out.push(key);
    if (out.length >= MAX_KEYS) break;
  }
  return out;
}

function bodyJson(body: ResponseBody): unknown {
  if (typeof body !== 'object') return undefined;
  if ('json' in body) return body.json;
  if (body.text.length === 0) return undefined;
  try {
    return JSON.parse(body.text) as unknown;
  } catch {
    return undefined;
  }
}

/** A `workspace_id` / `organization_id` at the top of a body or inside its envelope. */
function workspaceIdInBody(json: unknown): string | null {
  const scopes: unknown[] = [json];
  if (isObj(json)) for (const key of ENVELOPE_KEYS) scopes.push(json[key]);
  for (const scope of scopes) {
    if (!isObj(scope)) continue;
    for (const [key, value] of Object.entries(scope)) {
      const id = (WORKSPACE_REF_KEYS as readonly string[]).includes(normalizeKey(key))
        ? workspaceIdOf(value)
        : null;
      if (id) return id;
    }
  }
  return null;
}

/**
 * The one piece of state the observer keeps: whether a 401 was reported. Every 401 from the builder
 * API is reported (one is not "signed out": clients refresh and retry); the first 2xx after it is
 * reported too, so a healthy page posts nothing extra.
 */
export class AuthWatch {
  private failed = false;

  observe(url: string, status: number, now: number): PageObservation | null {
    if (!isBuilderApiUrl(url)) return null;
    if (status === 401) {
      this.failed = true;
      return { kind: 'authFailed', at: now };
    }
    if (this.failed && status >= 200 && status < 300) {
      this.failed = false;
      return { kind: 'authOk', at: now };
    }
    return null;
  }
}
