import { describe, expect, it } from 'vitest';
import { installObserver } from '../../../lib/page-observer/install';
import type { PageObservation } from '../../../lib/page-observer/types';

const APP = '64b7f1a2c3d4e5f60718293a';
const balance = {
  credit_pool: {
    messages: { limit: 25, used: 5, remaining: 20 },
    integration: { limit: 100, used: 1, remaining: 99 },
  },
};

function fakeWindow(respond: (url: string) => Response) {
  const calls: string[] = [];
  const win = {
    fetch: async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push(url);
      return respond(url);
    },
  };
  return { win: win as unknown as Window & typeof globalThis, calls };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('installObserver', () => {
  it('reports what the builder fetched and leaves the response readable for the page', async () => {
    const { win } = fakeWindow(() => new Response(JSON.stringify(balance), { status: 200 }));
    const seen: PageObservation[] = [];
    expect(
      installObserver(
        win,
        (o) => seen.push(o),
        () => 1,
      ),
    ).toBe(true);
    const response = await win.fetch('https://app.base44.com/api/anything');
    expect(await response.json()).toEqual(balance);
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.kind).toBe('balance');
  });

  it('sees a chat send from a Request object and from init.body', async () => {
    const { win } = fakeWindow(() => new Response('{}', { status: 200 }));
    const seen: PageObservation[] = [];
    installObserver(
      win,
      (o) => seen.push(o),
      () => 7,
    );
    const url = `https://app.base44.com/api/apps/${APP}/chat/message`;
    await win.fetch(url, { method: 'POST', body: JSON.stringify({ content: 'first' }) });
    await win.fetch(new Request(url, { method: 'POST', body: JSON.stringify({ content: 'second' }) }));
    await settle();
    const sends = seen.filter((o) => o.kind === 'chatSend').map((o) => (o.kind === 'chatSend' ? o.text : ''));
    expect(sends.sort()).toEqual(['first', 'second']);
    expect(seen.filter((o) => o.kind === 'chatReply')).toHaveLength(2);
  });

  it('installs once, and an observer that throws never breaks the page', async () => {
    const { win, calls } = fakeWindow(() => new Response(JSON.stringify(balance)));
    installObserver(win, () => {
      throw new Error('boom');
    });
    expect(installObserver(win, () => undefined)).toBe(false);
    const r = await win.fetch('https://app.base44.com/api/x');
    expect(r.status).toBe(200);
    await settle();
    expect(calls).toEqual(['https://app.base44.com/api/x']);
  });

  it('passes fetch failures through unchanged', async () => {
    const { win } = fakeWindow(() => {
      throw new TypeError('Failed to fetch');
    });
    installObserver(win, () => undefined);
    await expect(win.fetch('https://app.base44.com/api/x')).rejects.toThrow('Failed to fetch');
  });
});

/** Just enough of XMLHttpRequest for the wrapper: open, send, loadend, and the response fields. */
class FakeXhr {
  static reply: { status: number; body: string } = { status: 200, body: '{}' };
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = null;
  status = 0;
  responseURL = '';
  sent: unknown[] = [];
  private url = '';
  private listeners: (() => void)[] = [];
  open(_method: string, url: string) {
    this.url = url;
  }
  send(body?: unknown) {
    this.sent.push(body);
    setTimeout(() => {
      this.status = FakeXhr.reply.status;
      this.responseURL = this.url;
      if (this.responseType === 'json') this.response = JSON.parse(FakeXhr.reply.body);
      else this.responseText = FakeXhr.reply.body;
      for (const l of this.listeners) l();
    }, 0);
  }
  addEventListener(type: string, fn: () => void) {
    if (type === 'loadend') this.listeners.push(fn);
  }
}

describe('installObserver with XMLHttpRequest', () => {
  it('sees sends and responses made with XHR (text and json response types), and still sends', async () => {
    const win = { XMLHttpRequest: FakeXhr } as unknown as Window & typeof globalThis;
    const seen: PageObservation[] = [];
    installObserver(
      win,
      (o) => seen.push(o),
      () => 3,
    );
    const Xhr = win.XMLHttpRequest as unknown as typeof FakeXhr;

    FakeXhr.reply = { status: 200, body: JSON.stringify({ credits_used: 0.5 }) };
    const chat = new Xhr();
    chat.open('POST', `https://app.base44.com/api/apps/${APP}/chat/message`);
    chat.send(JSON.stringify({ content: 'hello' }));
    expect(chat.sent).toEqual([JSON.stringify({ content: 'hello' })]);
    await settle();
    expect(seen).toEqual([
      { kind: 'chatSend', appId: APP, text: 'hello', at: 3 },
      { kind: 'chatCost', appId: APP, cost: 0.5, at: 3 },
      { kind: 'chatReply', appId: APP, at: 3 },
    ]);

    seen.length = 0;
    FakeXhr.reply = { status: 200, body: JSON.stringify(balance) };
    const bal = new Xhr();
    bal.responseType = 'json';
    bal.open('GET', '/api/workspace/abc/credit-balance');
    bal.send();
    await settle();
    expect(seen.map((o) => o.kind)).toEqual(['balance']);

    seen.length = 0;
    FakeXhr.reply = { status: 401, body: '{}' };
    const me = new Xhr();
    me.open('GET', '/api/auth/me');
    me.send();
    await settle();
    expect(seen).toEqual([{ kind: 'signedOut' }]);
  });
});
