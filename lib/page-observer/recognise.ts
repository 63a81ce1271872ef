import { findCreditPoolByShape } from '../base44/credit-pool';
import { chatMessageAppId, isBuilderApiUrl, isWorkspacesUrl } from '../base44/urls';
import { parseWorkspaces } from '../base44/workspaces';
import { findChatCost } from './chat-cost';
import type { PageObservation } from './types';

/** Longest prompt text passed on; the estimator needs no more and it bounds what crosses contexts. */
export const MAX_TEXT = 20_000;

/**
 * A prompt send: `POST /api/apps/{id}/chat/message` with a JSON body whose `content` is the text.
 * Returns null for anything else.
 */
export function recogniseRequest(
  method: string,
  url: string,
  body: string | null,
  now: number,
): PageObservation | null {
  if (method.toUpperCase() !== 'POST') return null;
  const appId = chatMessageAppId(url);
  if (!appId || body === null) return null;
  try {
    const parsed = JSON.parse(body) as unknown;
    const content = (parsed as { content?: unknown } | null)?.content;
    if (typeof content !== 'string') return null;
    return { kind: 'chatSend', appId, text: content.slice(0, MAX_TEXT), at: now };
  } catch {
    return null;
  }
}

export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  /** The response body as text; null when it could not be read. */
  text: string | null;
}

/**
 * What a builder response tells us. Balances are recognised by their shape wherever they appear
 * (the endpoint the builder uses for them is not known); workspaces from their own endpoint.
 */
export function recogniseResponse(res: ObservedResponse, now: number): PageObservation[] {
  if (!isBuilderApiUrl(res.url)) return [];
  if (res.status === 401) return [{ kind: 'signedOut' }];
  const out: PageObservation[] = [];
  const chatAppId = res.method.toUpperCase() === 'POST' ? chatMessageAppId(res.url) : null;
  const json = parseJson(res.text);
  if (chatAppId && res.status >= 200 && res.status < 300) {
    const cost = json === undefined ? findCostInStream(res.text) : findChatCost(json);
    if (cost !== null) out.push({ kind: 'chatCost', appId: chatAppId, cost, at: now });
    out.push({ kind: 'chatReply', appId: chatAppId, at: now });
  }
  if (json === undefined || res.status < 200 || res.status >= 300) return out;
  const reading = findCreditPoolByShape(json);
  if (reading) out.push({ kind: 'balance', reading });
  if (isWorkspacesUrl(res.url)) {
    const workspaces = parseWorkspaces(json);
    if (workspaces && workspaces.length > 0) out.push({ kind: 'workspaces', workspaces });
  }
  return out;
}

function parseJson(text: string | null): unknown {
  if (text === null || text.length === 0 || text.length > 5_000_000) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A streamed reply (server-sent events / JSON lines): look for a cost in each JSON line. */
function findCostInStream(text: string | null): number | null {
  if (!text) return null;
  const lines = text.split('\n').slice(-200);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.replace(/^data:\s*/, '').trim();
    if (!line.startsWith('{')) continue;
    const cost = findChatCost(parseJson(line));
    if (cost !== null) return cost;
  }
  return null;
}
