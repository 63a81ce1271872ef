import { describe, expect, it } from 'vitest';
import { findChatCost } from '../../../lib/page-observer/chat-cost';
import {
  AuthWatch,
  recogniseRequest,
  recogniseResponse,
  topLevelKeys,
  type ObservedResponse,
  type ResponseBody,
} from '../../../lib/page-observer/recognise';
import * as fx from './fixtures';
import { APP, NEW_APP, OTHER_WS, urls, WS } from './fixtures';

const NOW = Date.UTC(2026, 10, 21, 12);

function res(
  url: string,
  body: unknown,
  opts: { status?: number; method?: string; requestBody?: string | null } = {},
): ObservedResponse {
  const b: ResponseBody =
    typeof body === 'string' && ['tooLarge', 'notJson', 'unread'].includes(body)
      ? (body as ResponseBody)
      : { text: typeof body === 'string' ? body : JSON.stringify(body) };
  return {
    method: opts.method ?? 'GET',
    url,
    status: opts.status ?? 200,
    body: b,
    requestBody: opts.requestBody,
  };
}
const post = (url: string, body: unknown, opts: { status?: number; requestBody?: string } = {}) =>
  recogniseResponse(res(url, body, { ...opts, method: 'POST' }), NOW);
const get = (url: string, body: unknown, opts: { status?: number } = {}) =>
  recogniseResponse(res(url, body, opts), NOW);

describe('recogniseRequest', () => {
  it('sees a prompt POSTed to the chat endpoint (query allowed), with its app id and text', () => {
    const body = JSON.stringify({ content: 'Add a login page', role: 'user', file_urls: [] });
    expect(recogniseRequest('POST', fx.urls.chat, body, NOW)).toEqual({
      kind: 'chatSend',
      appId: APP,
      text: 'Add a login page',
      at: NOW,
    });
    // Relative URLs resolve against the builder's origin.
    expect(recogniseRequest('post', `/api/apps/${APP}/chat/message`, body, NOW)?.kind).toBe('chatSend');
  });

  it('cuts a very long prompt to the text cap', () => {
    const out = recogniseRequest('POST', urls.chat, JSON.stringify({ content: 'x'.repeat(30_000) }), NOW);
    expect(out?.kind === 'chatSend' && out.text.length).toBe(20_000);
  });

  it('sees a parked question answered and a stop, without reading their bodies', () => {
    expect(recogniseRequest('POST', urls.toolAnswer, null, NOW)).toEqual({
      kind: 'toolAnswer',
      appId: APP,
      at: NOW,
    });
    expect(recogniseRequest('POST', `${urls.stop}?branch_id=b1`, null, NOW)).toEqual({
      kind: 'turnStop',
      appId: APP,
      at: NOW,
    });
  });

  it.each([
    ['GET', urls.chat, JSON.stringify({ content: 'x' })],
    ['POST', `https://app.base44.com/api/apps/${APP}/chat/messages`, JSON.stringify({ content: 'x' })],
    ['POST', `https://app.base44.com/api/apps/nothex/chat/message`, JSON.stringify({ content: 'x' })],
    ['POST', `https://evil.example/api/apps/${APP}/chat/message`, JSON.stringify({ content: 'x' })],
    ['POST', `https://evil.example/api/apps/${APP}/chat/stop`, null],
    ['GET', urls.stop, null],
    ['POST', urls.chat, 'not json'],
    ['POST', urls.chat, null],
    ['POST', urls.chat, JSON.stringify({ content: 42 })],
    ['POST', urls.chat, JSON.stringify(null)],
    ['POST', urls.createApp, JSON.stringify(fx.createAppRequest)],
  ])('ignores %s %s %s', (method, url, body) => {
    expect(recogniseRequest(method, url, body, NOW)).toBeNull();
  });
});

describe('turnResult', () => {
  it.each([
    ['a finished turn', fx.turn.settled, 200, 'settled'],
    ['a queued message', fx.turn.queued, 200, 'queued'],
    ['an out-of-credits turn', fx.turn.paywalled, 200, 'paywalled'],
    ['an errored turn', fx.turn.failed, 200, 'failed'],
    ['an edge 502 (HTML)', 'notJson', 502, 'edgeTimeout'],
    ['an edge 503', 'unread', 503, 'edgeTimeout'],
    ['an edge 504', 'unread', 504, 'edgeTimeout'],
    ['a 500', fx.backendError, 500, 'failed'],
    ['a 429', 'unread', 429, 'failed'],
    ['a 400', fx.backendError, 400, 'failed'],
    ['a finished turn past the byte cap', 'tooLarge', 200, 'settled'],
  ] as const)('chat/message: %s → %s', (_name, body, status, outcome) => {
    expect(post(urls.chat, body, { status })).toEqual([
      { kind: 'turnResult', appId: APP, start: 'message', outcome, at: NOW },
    ]);
  });

  it('answers to submit-tool-call-input start a turn of their own', () => {
    expect(post(urls.toolAnswer, fx.turn.settled)).toEqual([
      { kind: 'turnResult', appId: APP, start: 'toolAnswer', outcome: 'settled', at: NOW },
    ]);
    expect(post(urls.toolAnswer, fx.turn.paywalled)).toEqual([
      { kind: 'turnResult', appId: APP, start: 'toolAnswer', outcome: 'paywalled', at: NOW },
    ]);
    expect(post(urls.toolAnswer, 'unread', { status: 504 })).toEqual([
      { kind: 'turnResult', appId: APP, start: 'toolAnswer', outcome: 'edgeTimeout', at: NOW },
    ]);
  });

  it('a 401 is no turn result (AuthWatch reports it)', () => {
    expect(post(urls.chat, fx.backendError, { status: 401 })).toEqual([]);
  });

  it('a 2xx whose body is not a ChatTurn is a finished turn plus an unrecognised shape (key names only)', () => {
    const out = post(urls.chat, { id: 'm1', role: 'assistant', content: 'secret words', steps: [] });
    expect(out).toEqual([
      { kind: 'turnResult', appId: APP, start: 'message', outcome: 'settled', at: NOW },
      {
        kind: 'unrecognised',
        urlShape: '/api/apps/:id/chat/message',
        keys: ['id', 'role', 'content', 'steps'],
        at: NOW,
      },
    ]);
    expect(JSON.stringify(out)).not.toContain('secret');
  });

  it('a 2xx that is not JSON says only that the shape is unknown', () => {
    expect(post(urls.chat, 'notJson')).toEqual([
      { kind: 'unrecognised', urlShape: '/api/apps/:id/chat/message', keys: [], at: NOW },
    ]);
    expect(post(urls.chat, '{"queued": tr')).toEqual([
      { kind: 'unrecognised', urlShape: '/api/apps/:id/chat/message', keys: [], at: NOW },
    ]);
  });

  it('a body that could not be read (page aborted) says nothing', () => {
    expect(post(urls.chat, 'unread')).toEqual([]);
  });

  it('still reports a cost if a chat answer ever states one', () => {
    expect(post(urls.chat, { ...fx.turn.settled, credits_used: 1.5 })).toContainEqual({
      kind: 'chatCost',
      appId: APP,
      cost: 1.5,
      at: NOW,
    });
  });

  it('the stop endpoint answers nothing of interest', () => {
    expect(post(urls.stop, { ok: true })).toEqual([]);
  });

  it('a number the page fetches for its "Credits Used" text is neither a cost, a balance nor a shape', () => {
    // The simulated builder asks an endpoint of its own for that number (its source is not known);
    // the extension reads the text the page shows, not this answer.
    const usage = `${fx.ORIGIN}/api/apps/${APP}/messages/1b4e28ba-2fa1-11d2-883f-0016d3cca427/usage`;
    expect(get(usage, { message_id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', credits_used: 1.5 })).toEqual([]);
    expect(get(usage, { message_id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', credits_used: null })).toEqual(
      [],
    );
  });
});

describe('appCreated', () => {
  const request = JSON.stringify(fx.createAppRequest);

  it('pairs the first prompt sent with the new app id, and the workspace sent', () => {
    expect(post(urls.createApp, fx.createdApp, { status: 201, requestBody: request })).toEqual([
      {
        kind: 'appCreated',
        appId: NEW_APP,
        workspaceId: OTHER_WS,
        text: 'A habit tracker with streaks and reminders',
        at: NOW,
      },
    ]);
  });

  it('takes the workspace from the answer when the request named none, else null', () => {
    const noOrg = JSON.stringify({ initial_message: { content: 'A quiz app' } });
    expect(
      post(urls.createApp, { id: NEW_APP, organization_id: WS.toUpperCase() }, { requestBody: noOrg }),
    ).toEqual([{ kind: 'appCreated', appId: NEW_APP, workspaceId: WS, text: 'A quiz app', at: NOW }]);
    expect(post(urls.createApp, { id: NEW_APP }, { requestBody: noOrg })).toEqual([
      { kind: 'appCreated', appId: NEW_APP, workspaceId: null, text: 'A quiz app', at: NOW },
    ]);
  });

  it.each([
    ['no initial message', JSON.stringify({ name: 'Blank app' }), fx.createdApp],
    ['an empty prompt', JSON.stringify({ initial_message: { content: '  ' } }), fx.createdApp],
    ['no request body', undefined, fx.createdApp],
  ])('no turn started with %s', (_name, requestBody, body) => {
    expect(post(urls.createApp, body, { requestBody })).toEqual([]);
  });

  it('a failed create is no turn; an answer without an id is an unrecognised shape', () => {
    expect(post(urls.createApp, fx.backendError, { status: 400, requestBody: request })).toEqual([]);
    expect(post(urls.createApp, { app_id: NEW_APP, ok: true }, { requestBody: request })).toEqual([
      { kind: 'unrecognised', urlShape: '/api/apps', keys: ['app_id', 'ok'], at: NOW },
    ]);
  });

  it('GET /api/apps (a list) is not a create', () => {
    expect(get(urls.createApp, [fx.createdApp])).toEqual([]);
  });
});

describe('conversation', () => {
  it('passes the newest non-hidden user messages, oldest first, with their backend status only', () => {
    const out = get(urls.conversation, fx.conversation);
    expect(out).toEqual([
      {
        kind: 'conversation',
        appId: APP,
        users: [
          { id: 'b0a1c3d2-0000-4000-8000-000000000001', status: 'success_build' },
          { id: 'b0a1c3d2-0000-4000-8000-000000000004', status: null },
          { id: 'b0a1c3d2-0000-4000-8000-000000000006', status: 'pending' },
        ],
        at: NOW,
      },
    ]);
    expect(JSON.stringify(out)).not.toContain('recipe');
  });

  it('keeps at most ten, the newest', () => {
    const messages = Array.from({ length: 25 }, (_, i) => ({
      id: `m${i}`,
      role: 'user',
      content: `prompt ${i}`,
      outcome: { backend_status: i === 24 ? 'pending' : 'success_build' },
    }));
    const out = get(urls.conversation, { messages });
    if (out[0]?.kind !== 'conversation') throw new Error('no conversation');
    expect(out[0].users.map((u) => u.id)).toEqual(Array.from({ length: 10 }, (_, i) => `m${i + 15}`));
    expect(out[0].users.at(-1)?.status).toBe('pending');
  });

  it('drops user messages with unusable ids and statuses that are not short tokens', () => {
    const out = get(urls.conversation, {
      messages: [
        { id: '<img src=x>', role: 'user' },
        { id: 42, role: 'user' },
        { id: 'ok-1', role: 'user', outcome: { backend_status: 'not a token <b>' } },
      ],
    });
    expect(out).toEqual([
      { kind: 'conversation', appId: APP, users: [{ id: 'ok-1', status: null }], at: NOW },
    ]);
  });

  it('an empty conversation is one; a body without messages is unrecognised', () => {
    expect(get(urls.conversation, { messages: [] })).toEqual([
      { kind: 'conversation', appId: APP, users: [], at: NOW },
    ]);
    expect(get(urls.conversation, { items: [] })).toEqual([
      { kind: 'unrecognised', urlShape: '/api/apps/:id/chat/full-conversation', keys: ['items'], at: NOW },
    ]);
  });
});

describe('appInfo, me', () => {
  it('reads which workspace owns an app, and its name (query allowed)', () => {
    expect(get(`${urls.app}?fields=id,name,organization_id`, fx.appRecord)).toEqual([
      { kind: 'appInfo', appId: APP, workspaceId: WS, name: 'Recipe Box' },
    ]);
    expect(get(urls.app, { id: APP, status: { state: 'ready' } })).toEqual([
      { kind: 'appInfo', appId: APP, workspaceId: null, name: null },
    ]);
  });

  it('an app body of another shape is unrecognised', () => {
    expect(get(urls.app, { app: fx.appRecord })).toEqual([
      { kind: 'unrecognised', urlShape: '/api/apps/:id', keys: ['app'], at: NOW },
    ]);
  });

  it.each([
    ['a model', fx.me, 'claude-sonnet-4.5'],
    ['Automatic (null)', { ...fx.me, builder_model: null }, null],
    ['no such field', { id: 'u1', email: 'a@b.c' }, null],
    ['not a short token', { ...fx.me, builder_model: 'x'.repeat(80) }, null],
  ])('me with %s', (_name, body, model) => {
    expect(get(urls.me, body)).toEqual([{ kind: 'me', builderModel: model }]);
  });

  it('a user body of another shape is unrecognised', () => {
    expect(get(urls.me, { user: fx.me })).toEqual([
      { kind: 'unrecognised', urlShape: '/api/auth/me', keys: ['user'], at: NOW },
    ]);
  });
});

describe('balance', () => {
  const pools = {
    message: { limit: 25, used: 4, remaining: 21 },
    integration: { limit: 100, used: 10, remaining: 90 },
  };

  it.each([
    [
      'canonical credit_pool on an unknown endpoint',
      { credit_pool: { messages: pools.message, integration: pools.integration } },
    ],
    [
      'nested deep inside some envelope',
      {
        data: {
          user: { billing: { credit_pool: { messages: pools.message, integration: pools.integration } } },
        },
      },
    ],
    [
      'camelCase spellings',
      {
        creditPool: {
          messageCredits: { total: 25, usage: 4, available: 21 },
          integrationCredits: { total: 100, usage: 10, available: 90 },
        },
      },
    ],
  ])('recognises a balance by shape: %s', (_name, body) => {
    const out = get('https://app.base44.com/api/some/new/endpoint', body);
    const balance = out.find((o) => o.kind === 'balance');
    if (balance?.kind !== 'balance') throw new Error('no balance');
    expect(balance.reading.message).toMatchObject({ limit: 25, used: 4, remaining: 21 });
    expect(balance.workspaceId).toBeNull();
    expect(balance.urlShape).toBe('/api/some/new/endpoint');
  });

  it.each([
    ['a body field', '/api/credits/summary', fx.creditBalance, WS],
    [
      'an envelope field',
      '/api/credits',
      { data: { organization_id: OTHER_WS, ...fx.creditBalance.credits } },
      OTHER_WS,
    ],
    ['the path', `/api/workspace/${OTHER_WS}/credit-balance`, fx.creditBalance.credits, OTHER_WS],
    [
      'the organizations path',
      `/api/organizations/${OTHER_WS.toUpperCase()}/usage`,
      fx.creditBalance.credits,
      OTHER_WS,
    ],
    [
      'a query parameter',
      `/api/billing/credits?workspace_id=${OTHER_WS}`,
      fx.creditBalance.credits,
      OTHER_WS,
    ],
    [
      'an organization_id parameter',
      `/api/billing/credits?organization_id=${WS}`,
      fx.creditBalance.credits,
      WS,
    ],
    ['the body over the path', `/api/workspace/${OTHER_WS}/credit-balance`, fx.creditBalance, WS],
    ['nothing', '/api/billing/credits', fx.creditBalance.credits, null],
    [
      'a malformed id',
      '/api/workspace/personal/credits',
      { workspace_id: 'personal', ...fx.creditBalance.credits },
      null,
    ],
  ])('names the workspace from %s', (_name, path, body, ws) => {
    const balance = get(`https://app.base44.com${path}`, body).find((o) => o.kind === 'balance');
    if (balance?.kind !== 'balance') throw new Error('no balance');
    expect(balance.workspaceId).toBe(ws);
    expect(balance.urlShape).not.toMatch(/[0-9a-f]{24}|\?/i);
  });

  it('url shapes hide ids, uuids and numbers', () => {
    const body = fx.creditBalance;
    const at = (path: string) => {
      const b = get(`https://app.base44.com${path}`, body).find((o) => o.kind === 'balance');
      return b?.kind === 'balance' ? b.urlShape : undefined;
    };
    expect(at(`/api/workspace/${WS}/credit-balance?x=1`)).toBe('/api/workspace/:id/credit-balance');
    expect(at('/api/users/b0a1c3d2-0000-4000-8000-000000000001/usage/2026')).toBe('/api/users/:id/usage/:id');
  });

  it.each([
    ['an unrelated object', { user: { name: 'a', count: 3 } }],
    ['negative numbers', { credit_pool: { messages: { limit: 25, used: -4, remaining: 29 } } }],
    ['strings for numbers', { credit_pool: { messages: { limit: '25', used: 'x', remaining: '21' } } }],
    ['HTML', '<!doctype html><html></html>'],
    ['broken JSON', '{"credit_pool": {'],
    ['a body not read', 'notJson'],
  ])('reports no balance for %s', (_name, body) => {
    expect(get('https://app.base44.com/api/x', body).filter((o) => o.kind === 'balance')).toEqual([]);
  });

  it('ignores responses from other origins and the Monitoring API, even with a perfect balance', () => {
    const body = { credit_pool: { messages: pools.message, integration: pools.integration } };
    expect(get('https://evil.example/api/x', body)).toEqual([]);
    expect(get(`https://app.base44.com/api/v1/monitoring/analytics/${WS}`, body)).toEqual([]);
  });

  it('reads a balance only from a 2xx', () => {
    expect(get('https://app.base44.com/api/x', fx.creditBalance, { status: 404 })).toEqual([]);
  });

  it('takes a body the browser already parsed (XHR json)', () => {
    const out = recogniseResponse(
      { method: 'GET', url: 'https://app.base44.com/api/x', status: 200, body: { json: fx.creditBalance } },
      NOW,
    );
    expect(out.map((o) => o.kind)).toEqual(['balance']);
  });
});

describe('workspaces', () => {
  it('reads workspaces only from the workspaces endpoint', () => {
    expect(get(urls.workspaces, fx.workspaces)).toContainEqual({
      kind: 'workspaces',
      workspaces: [
        { id: WS, name: "Sam's workspace", tier: 'pro' },
        { id: OTHER_WS, name: 'Team', tier: 'business' },
      ],
    });
    expect(get('https://app.base44.com/api/other', fx.workspaces)).toEqual([]);
  });

  it('an empty list says nothing; a body of another shape is unrecognised', () => {
    expect(get(urls.workspaces, { workspaces: [] })).toEqual([]);
    expect(get(urls.workspaces, { teams: [] })).toEqual([
      { kind: 'unrecognised', urlShape: '/api/workspace/workspaces', keys: ['teams'], at: NOW },
    ]);
  });
});

describe('topLevelKeys', () => {
  it('keeps short identifier-like names, at most 20, never values', () => {
    const body: Record<string, unknown> = { ok: 1, 'has space': 2, '<b>': 3, $ref: 4, ['k'.repeat(41)]: 5 };
    for (let i = 0; i < 30; i++) body[`key_${i}`] = `value ${i}`;
    const keys = topLevelKeys(body);
    expect(keys.slice(0, 2)).toEqual(['ok', '$ref']);
    expect(keys).toHaveLength(20);
    expect(topLevelKeys([1, 2])).toEqual([]);
    expect(topLevelKeys('text')).toEqual([]);
  });
});

describe('AuthWatch', () => {
  it('reports every 401 from the builder API and the first 2xx after one, nothing on a healthy page', () => {
    const watch = new AuthWatch();
    const seen = [
      watch.observe(urls.me, 200, 1),
      watch.observe(urls.workspaces, 200, 2),
      watch.observe(urls.me, 401, 3),
      watch.observe(urls.me, 401, 4),
      watch.observe(urls.me, 500, 5),
      watch.observe(urls.me, 200, 6),
      watch.observe(urls.me, 200, 7),
      watch.observe('https://app.base44.com/api/v1/monitoring/health', 401, 8),
      watch.observe('https://example.com/api/auth/me', 401, 9),
    ];
    expect(seen).toEqual([
      null,
      null,
      { kind: 'authFailed', at: 3 },
      { kind: 'authFailed', at: 4 },
      null,
      { kind: 'authOk', at: 6 },
      null,
      null,
      null,
    ]);
  });
});

describe('findChatCost', () => {
  it.each([
    [{ credits_used: 2 }, 2],
    [{ result: { creditCost: 0.5 } }, 0.5],
    [{ credits_used: -1 }, null],
    [{ credits_used: 5000 }, null],
    [{ credits_used: '2' }, null],
    [{ a: { b: { c: { d: { credits_used: 1 } } } } }, null],
    [null, null],
  ])('%j → %s', (json, expected) => {
    expect(findChatCost(json)).toBe(expected);
  });
});
