import { describe, expect, it } from 'vitest';
import { findChatCost } from '../../../lib/page-observer/chat-cost';
import { recogniseRequest, recogniseResponse } from '../../../lib/page-observer/recognise';

const NOW = Date.UTC(2026, 10, 21, 12);
const APP = '64b7f1a2c3d4e5f60718293a';
const CHAT = `https://app.base44.com/api/apps/${APP}/chat/message`;

function res(url: string, body: unknown, opts: { status?: number; method?: string } = {}) {
  return {
    method: opts.method ?? 'GET',
    url,
    status: opts.status ?? 200,
    text: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

describe('recogniseRequest', () => {
  it('sees a prompt POSTed to the chat endpoint, with its app id and text', () => {
    const body = JSON.stringify({ content: 'Add a login page', role: 'user', file_urls: [] });
    expect(recogniseRequest('POST', CHAT, body, NOW)).toEqual({
      kind: 'chatSend',
      appId: APP,
      text: 'Add a login page',
      at: NOW,
    });
    // Relative URLs resolve against the builder's origin.
    expect(recogniseRequest('post', `/api/apps/${APP}/chat/message`, body, NOW)?.kind).toBe('chatSend');
  });

  it.each([
    ['GET', CHAT, JSON.stringify({ content: 'x' })],
    ['POST', `https://app.base44.com/api/apps/${APP}/chat/messages`, JSON.stringify({ content: 'x' })],
    ['POST', `https://app.base44.com/api/apps/nothex/chat/message`, JSON.stringify({ content: 'x' })],
    ['POST', `https://evil.example/api/apps/${APP}/chat/message`, JSON.stringify({ content: 'x' })],
    ['POST', CHAT, 'not json'],
    ['POST', CHAT, JSON.stringify({ content: 42 })],
    ['POST', CHAT, JSON.stringify(null)],
  ])('ignores %s %s %s', (method, url, body) => {
    expect(recogniseRequest(method, url, body, NOW)).toBeNull();
  });
});

describe('recogniseResponse', () => {
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
    const out = recogniseResponse(res('https://app.base44.com/api/some/new/endpoint', body), NOW);
    const balance = out.find((o) => o.kind === 'balance');
    expect(balance).toBeDefined();
    if (balance?.kind !== 'balance') throw new Error('no balance');
    expect(balance.reading.message).toMatchObject({ limit: 25, used: 4, remaining: 21 });
  });

  it.each([
    ['an unrelated object', { user: { name: 'a', count: 3 } }],
    ['negative numbers', { credit_pool: { messages: { limit: 25, used: -4, remaining: 29 } } }],
    ['strings for numbers', { credit_pool: { messages: { limit: '25', used: 'x', remaining: '21' } } }],
    ['HTML', '<!doctype html><html></html>'],
    ['broken JSON', '{"credit_pool": {'],
  ])('reports no balance for %s', (_name, body) => {
    const out = recogniseResponse(res('https://app.base44.com/api/x', body), NOW);
    expect(out.filter((o) => o.kind === 'balance')).toEqual([]);
  });

  it('ignores responses from other origins, even with a perfect balance', () => {
    const body = { credit_pool: { messages: pools.message, integration: pools.integration } };
    expect(recogniseResponse(res('https://evil.example/api/x', body), NOW)).toEqual([]);
  });

  it('reads workspaces only from the workspaces endpoint', () => {
    const body = { workspaces: [{ id: '64b7f1a2c3d4e5f607180000', name: 'Mine', subscription_tier: 'pro' }] };
    const out = recogniseResponse(res('https://app.base44.com/api/workspace/workspaces', body), NOW);
    expect(out).toContainEqual({
      kind: 'workspaces',
      workspaces: [{ id: '64b7f1a2c3d4e5f607180000', name: 'Mine', tier: 'pro' }],
    });
    expect(recogniseResponse(res('https://app.base44.com/api/other', body), NOW)).toEqual([]);
  });

  it('turns a 401 from the builder API into signedOut, but not one from the Monitoring API', () => {
    expect(recogniseResponse(res('https://app.base44.com/api/auth/me', '', { status: 401 }), NOW)).toEqual([
      { kind: 'signedOut' },
    ]);
    expect(
      recogniseResponse(
        res('https://app.base44.com/api/v1/monitoring/analytics/x', '', { status: 401 }),
        NOW,
      ),
    ).toEqual([]);
  });

  it('reports a chat reply, with the cost when the response states one', () => {
    const withCost = recogniseResponse(
      res(CHAT, { message: { id: 'm1', credits_used: 1.5 } }, { method: 'POST' }),
      NOW,
    );
    expect(withCost).toEqual([
      { kind: 'chatCost', appId: APP, cost: 1.5, at: NOW },
      { kind: 'chatReply', appId: APP, at: NOW },
    ]);
    const without = recogniseResponse(res(CHAT, { message: { id: 'm1' } }, { method: 'POST' }), NOW);
    expect(without).toEqual([{ kind: 'chatReply', appId: APP, at: NOW }]);
    const failed = recogniseResponse(res(CHAT, { error: 'x' }, { method: 'POST', status: 500 }), NOW);
    expect(failed).toEqual([]);
  });

  it('finds the cost in a streamed (server-sent events) reply', () => {
    const stream =
      'data: {"delta":"Hel"}\n\ndata: {"delta":"lo"}\n\ndata: {"done":true,"creditsUsed":0.3}\n\n';
    const out = recogniseResponse(res(CHAT, stream, { method: 'POST' }), NOW);
    expect(out).toContainEqual({ kind: 'chatCost', appId: APP, cost: 0.3, at: NOW });
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
