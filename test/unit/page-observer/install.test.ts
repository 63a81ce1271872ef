import { describe, expect, it } from 'vitest';
import { installObserver } from '../../../lib/page-observer/install';
import type { PageObservation } from '../../../lib/schema/observation';
import * as fx from './fixtures';
import { APP, NEW_APP, OTHER_WS, urls } from './fixtures';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const balanceBody = JSON.stringify(fx.creditBalance);

/** A body that hands out `chunk`-sized pieces on demand and records what was pulled and cancelled. */
function recordingStream(opts: { chunk: string; count: number | 'endless'; prefix?: string }) {
  const stats = { pulls: 0, bytes: 0, cancelled: false };
  const encoder = new TextEncoder();
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.pulls++;
      if (opts.count !== 'endless' && sent >= opts.count) return controller.close();
      const piece = encoder.encode(sent === 0 && opts.prefix ? opts.prefix + opts.chunk : opts.chunk);
      sent++;
      stats.bytes += piece.byteLength;
      controller.enqueue(piece);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

/** A Response that counts how often it is cloned. */
function counted(response: Response): Response & { clones: number } {
  const r = response as Response & { clones: number };
  r.clones = 0;
  const clone = r.clone.bind(r);
  r.clone = () => {
    r.clones++;
    return clone();
  };
  return r;
}

function fakeWindow(respond: (url: string, init?: RequestInit) => Response) {
  const calls: string[] = [];
  const win = {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push(url);
      return respond(url, init);
    },
  };
  return { win: win as unknown as Window & typeof globalThis, calls };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

function observe(respond: (url: string, init?: RequestInit) => Response, maxBodyBytes?: number) {
  const { win, calls } = fakeWindow(respond);
  const seen: PageObservation[] = [];
  installObserver(
    win,
    (o) => seen.push(o),
    () => 7,
    { maxBodyBytes },
  );
  return { win, calls, seen };
}

describe('installObserver: fetch', () => {
  it('reports what the builder fetched and gives the page the very same response, still readable', async () => {
    const original = new Response(balanceBody, { status: 200, headers: JSON_TYPE });
    const { win, seen } = observe(() => original);
    const response = await win.fetch('https://app.base44.com/api/workspace/x/credit-balance');
    expect(response).toBe(original);
    expect(await response.json()).toEqual(fx.creditBalance);
    await settle();
    expect(seen.map((o) => o.kind)).toEqual(['balance']);
  });

  it('never reads an event stream, and the page cancelling it closes the server stream', async () => {
    const { stream, stats } = recordingStream({ chunk: 'data: {"delta":"hi"}\n\n', count: 'endless' });
    const original = counted(new Response(stream, { headers: { 'content-type': 'text/event-stream' } }));
    const { win, seen } = observe(() => original);
    const response = await win.fetch(urls.chat, { method: 'POST', body: JSON.stringify({ content: 'hi' }) });
    await settle();
    expect(original.clones).toBe(0);
    const pullsBeforePageReads = stats.pulls;
    expect(pullsBeforePageReads).toBeLessThanOrEqual(1); // the stream's own high-water mark, nobody reading
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await settle();
    expect(stats.cancelled).toBe(true);
    expect(seen.map((o) => o.kind)).toEqual(['chatSend', 'unrecognised']);
  });

  it.each([
    ['HTML', 'https://app.base44.com/api/x', 200, { 'content-type': 'text/html' }],
    ['an image', 'https://app.base44.com/api/x', 200, { 'content-type': 'image/png' }],
    ['no content type', 'https://app.base44.com/api/x', 200, {}],
    ['another origin', 'https://cdn.example/api/x', 200, JSON_TYPE],
    ['the Monitoring API', 'https://app.base44.com/api/v1/monitoring/analytics/x', 200, JSON_TYPE],
    ['a page route', 'https://app.base44.com/apps/x/editor', 200, JSON_TYPE],
    ['an error status', 'https://app.base44.com/api/x', 500, JSON_TYPE],
    [
      'a declared length past the cap',
      'https://app.base44.com/api/x',
      200,
      { ...JSON_TYPE, 'content-length': '5000' },
    ],
  ])('does not copy or read %s', async (_name, url, status, headers) => {
    const original = counted(new Response(balanceBody, { status, headers }));
    const { win, seen } = observe(() => original, 1000);
    const response = await win.fetch(url);
    await settle();
    expect(original.clones).toBe(0);
    expect(seen.filter((o) => o.kind === 'balance')).toEqual([]);
    expect(await response.json()).toEqual(fx.creditBalance);
  });

  it('stops reading a JSON body past the cap and cancels its copy; the page still gets all of it', async () => {
    const chunk = ' '.repeat(99) + '\n';
    const { stream, stats } = recordingStream({ chunk, count: 50, prefix: '{"credit_pool":' });
    const { win, seen } = observe(() => new Response(stream, { headers: JSON_TYPE }), 1000);
    const response = await win.fetch('https://app.base44.com/api/x');
    await settle();
    // The copy pulled at most the cap plus a chunk or two (the stream's own buffering), not 5 KB.
    expect(stats.bytes).toBeLessThanOrEqual(1000 + 2 * 115);
    expect(seen).toEqual([]);
    const text = await response.text();
    expect(text.length).toBe(50 * 100 + '{"credit_pool":'.length);
  });

  it('reads a JSON body within the cap even when it arrives in pieces', async () => {
    const body = JSON.stringify(fx.turn.paywalled);
    const pieces = body.match(/.{1,7}/gs)!;
    let i = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (i < pieces.length) c.enqueue(new TextEncoder().encode(pieces[i++]));
        else c.close();
      },
    });
    const { win, seen } = observe(() => new Response(stream, { headers: JSON_TYPE }));
    await win.fetch(urls.chat, { method: 'POST', body: JSON.stringify({ content: 'go' }) });
    await settle();
    expect(seen).toEqual([
      { kind: 'chatSend', appId: APP, text: 'go', at: 7 },
      { kind: 'turnResult', appId: APP, start: 'message', outcome: 'paywalled', at: 7 },
    ]);
  });

  it('sees a chat send from a Request object and from init.body, and each turn’s result', async () => {
    const { win, seen } = observe(
      () => new Response(JSON.stringify(fx.turn.settled), { headers: JSON_TYPE }),
    );
    await win.fetch(urls.chat, { method: 'POST', body: JSON.stringify({ content: 'first' }) });
    const request = new Request(urls.chat, { method: 'POST', body: JSON.stringify({ content: 'second' }) });
    await win.fetch(request);
    await settle();
    const sends = seen.filter((o) => o.kind === 'chatSend').map((o) => (o.kind === 'chatSend' ? o.text : ''));
    expect(sends.sort()).toEqual(['first', 'second']);
    expect(seen.filter((o) => o.kind === 'turnResult')).toHaveLength(2);
  });

  it('reads no request body except for the turn-starting requests', async () => {
    const { win } = observe(() => new Response('{}', { headers: JSON_TYPE }));
    let cloned = 0;
    const login = new Request('https://app.base44.com/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ password: 'hunter2' }),
    });
    const clone = login.clone.bind(login);
    login.clone = () => {
      cloned++;
      return clone();
    };
    await win.fetch(login);
    await settle();
    expect(cloned).toBe(0);
  });

  it('pairs a new app’s first prompt with the id in the answer', async () => {
    const { win, seen } = observe(
      () => new Response(JSON.stringify(fx.createdApp), { status: 201, headers: JSON_TYPE }),
    );
    await win.fetch(urls.createApp, { method: 'POST', body: JSON.stringify(fx.createAppRequest) });
    await win.fetch(
      new Request(urls.createApp, {
        method: 'POST',
        body: JSON.stringify({ initial_message: { content: 'From a Request' } }),
      }),
    );
    await settle();
    expect(seen).toEqual([
      {
        kind: 'appCreated',
        appId: NEW_APP,
        workspaceId: OTHER_WS,
        text: 'A habit tracker with streaks and reminders',
        at: 7,
      },
      { kind: 'appCreated', appId: NEW_APP, workspaceId: OTHER_WS, text: 'From a Request', at: 7 },
    ]);
  });

  it('reports a 401, and the first 2xx after it even when its body is not read', async () => {
    let status = 401;
    const { win, seen } = observe(
      () => new Response('', { status, headers: { 'content-type': 'text/plain' } }),
    );
    await win.fetch(urls.me);
    await win.fetch(urls.me);
    status = 200;
    await win.fetch(urls.stop, { method: 'POST' });
    await win.fetch(urls.stop, { method: 'POST' });
    await settle();
    expect(seen).toEqual([
      { kind: 'authFailed', at: 7 },
      { kind: 'authFailed', at: 7 },
      { kind: 'turnStop', appId: APP, at: 7 },
      { kind: 'authOk', at: 7 },
      { kind: 'turnStop', appId: APP, at: 7 },
    ]);
  });

  it('installs once, and an observer that throws never breaks the page', async () => {
    const { win, calls } = fakeWindow(() => new Response(balanceBody, { headers: JSON_TYPE }));
    installObserver(win, () => {
      throw new Error('boom');
    });
    expect(installObserver(win, () => undefined)).toBe(false);
    const r = await win.fetch('https://app.base44.com/api/x');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(fx.creditBalance);
    await settle();
    expect(calls).toEqual(['https://app.base44.com/api/x']);
  });

  it('passes fetch failures through unchanged', async () => {
    const { win } = fakeWindow(() => {
      throw new TypeError('Failed to fetch');
    });
    installObserver(win, () => undefined);
    await expect(win.fetch('https://app.base44.com/api/x')).rejects.toThrow('Failed to fetch');
    await expect(win.fetch('https://cdn.example/x')).rejects.toThrow('Failed to fetch');
  });
});

/** Just enough of XMLHttpRequest for the wrapper: open, send, loadend, and the response fields. */
class FakeXhr {
  static reply: { status: number; body: string; headers: Record<string, string> } = {
    status: 200,
    body: '{}',
    headers: {},
  };
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = null;
  status = 0;
  responseURL = '';
  sent: unknown[] = [];
  private headers: Record<string, string> = {};
  private url = '';
  private listeners: ((this: FakeXhr) => void)[] = [];
  open(_method: string, url: string) {
    this.url = url;
  }
  send(body?: unknown) {
    this.sent.push(body);
    const reply = FakeXhr.reply;
    setTimeout(() => {
      this.status = reply.status;
      this.headers = reply.headers;
      this.responseURL = this.url;
      if (this.responseType === 'json') this.response = JSON.parse(reply.body);
      else this.responseText = reply.body;
      for (const l of this.listeners) l.call(this);
    }, 0);
  }
  getResponseHeader(name: string): string | null {
    return this.headers[name.toLowerCase()] ?? null;
  }
  addEventListener(type: string, fn: (this: FakeXhr) => void) {
    if (type === 'loadend') this.listeners.push(fn);
  }
}

describe('installObserver: XMLHttpRequest', () => {
  function xhrWindow(maxBodyBytes?: number) {
    const win = { XMLHttpRequest: FakeXhr } as unknown as Window & typeof globalThis;
    const seen: PageObservation[] = [];
    installObserver(
      win,
      (o) => seen.push(o),
      () => 3,
      { maxBodyBytes },
    );
    return { Xhr: win.XMLHttpRequest as unknown as typeof FakeXhr, seen };
  }

  it('sees sends and answers made with XHR (text and json response types), and still sends', async () => {
    const { Xhr, seen } = xhrWindow();
    FakeXhr.reply = { status: 200, body: JSON.stringify(fx.turn.queued), headers: JSON_TYPE };
    const chat = new Xhr();
    chat.open('POST', urls.chat);
    chat.send(JSON.stringify({ content: 'hello' }));
    expect(chat.sent).toEqual([JSON.stringify({ content: 'hello' })]);
    await settle();
    expect(seen).toEqual([
      { kind: 'chatSend', appId: APP, text: 'hello', at: 3 },
      { kind: 'turnResult', appId: APP, start: 'message', outcome: 'queued', at: 3 },
    ]);

    seen.length = 0;
    FakeXhr.reply = { status: 200, body: balanceBody, headers: JSON_TYPE };
    const bal = new Xhr();
    bal.responseType = 'json';
    bal.open('GET', '/api/workspace/abc/credit-balance');
    bal.send();
    await settle();
    expect(seen.map((o) => o.kind)).toEqual(['balance']);

    seen.length = 0;
    FakeXhr.reply = { status: 401, body: '{}', headers: JSON_TYPE };
    const me = new Xhr();
    me.open('GET', '/api/auth/me');
    me.send();
    await settle();
    expect(seen).toEqual([{ kind: 'authFailed', at: 3 }]);
  });

  it.each([
    ['an event stream', { 'content-type': 'text/event-stream' }, ''],
    ['HTML', { 'content-type': 'text/html' }, ''],
    ['a declared length past the cap', { ...JSON_TYPE, 'content-length': '5000' }, ''],
    ['a text past the cap', JSON_TYPE, ''],
    ['a blob response type', JSON_TYPE, 'blob'],
  ] as const)('reads nothing from %s', async (_name, headers, responseType) => {
    const { Xhr, seen } = xhrWindow(1000);
    const padded = JSON.stringify({
      ...fx.creditBalance,
      pad: _name.includes('text past') ? 'x'.repeat(2000) : '',
    });
    FakeXhr.reply = { status: 200, body: padded, headers };
    const x = new Xhr();
    x.responseType = responseType as XMLHttpRequestResponseType;
    x.open('GET', 'https://app.base44.com/api/x');
    x.send();
    await settle();
    expect(seen).toEqual([]);
  });

  it('reports each load once when the page reuses one XHR object', async () => {
    const { Xhr, seen } = xhrWindow();
    FakeXhr.reply = { status: 200, body: JSON.stringify(fx.me), headers: JSON_TYPE };
    const x = new Xhr();
    for (let i = 0; i < 3; i++) {
      x.open('GET', urls.me);
      x.send();
      await settle();
    }
    x.open('GET', 'https://cdn.example/x.json');
    x.send();
    await settle();
    expect(seen).toEqual([
      { kind: 'me', builderModel: 'claude-sonnet-4.5' },
      { kind: 'me', builderModel: 'claude-sonnet-4.5' },
      { kind: 'me', builderModel: 'claude-sonnet-4.5' },
    ]);
  });

  it('does not look at other origins at all', async () => {
    const { Xhr, seen } = xhrWindow();
    FakeXhr.reply = { status: 401, body: balanceBody, headers: JSON_TYPE };
    const x = new Xhr();
    x.open('POST', `https://evil.example/api/apps/${APP}/chat/message`);
    x.send(JSON.stringify({ content: 'hi' }));
    await settle();
    expect(seen).toEqual([]);
  });
});
