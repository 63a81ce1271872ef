import { BASE44_ORIGIN } from '../base44/urls';
import { PAGE_CHANNEL, type PageEnvelope } from './channel';
import { recogniseRequest, recogniseResponse } from './recognise';
import type { PageObservation } from './types';

/**
 * Runs in the page's main world: wraps `fetch` and `XMLHttpRequest` so the builder's own responses
 * can be read (cloned, never consumed), and posts what was recognised to the content script. It
 * reads no headers, cookies or tokens, and never changes a request or a response. Any error in
 * here is swallowed: the builder must keep working exactly as before.
 */
const INSTALLED = Symbol.for('credit-meter.page-observer');

type ObserverWindow = Window & typeof globalThis & { [INSTALLED]?: true };

export function postObservation(win: Window, observation: PageObservation): void {
  const envelope: PageEnvelope = { channel: PAGE_CHANNEL, v: 1, observation };
  win.postMessage(envelope, BASE44_ORIGIN);
}

export function installObserver(
  win: ObserverWindow,
  post: (o: PageObservation) => void = (o) => postObservation(win, o),
  now: () => number = () => Date.now(),
): boolean {
  if (win[INSTALLED]) return false;
  win[INSTALLED] = true;
  const emit = (list: (PageObservation | null)[]): void => {
    for (const o of list) if (o) safely(() => post(o));
  };
  wrapFetch(win, emit, now);
  wrapXhr(win, emit, now);
  return true;
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // Never let observation break the builder.
  }
}

type Emit = (list: (PageObservation | null)[]) => void;

function wrapFetch(win: ObserverWindow, emit: Emit, now: () => number): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = async function (
    this: unknown,
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> {
    let method = 'GET';
    let url = '';
    try {
      const request = input instanceof Request ? input : null;
      method = init?.method ?? request?.method ?? 'GET';
      url = request ? request.url : String(input);
      const body = typeof init?.body === 'string' ? init.body : null;
      if (body !== null) emit([recogniseRequest(method, url, body, now())]);
      else if (request && method.toUpperCase() === 'POST' && !init?.body) {
        void request
          .clone()
          .text()
          .then((text) => emit([recogniseRequest(method, url, text, now())]))
          .catch(() => undefined);
      }
    } catch {
      // ignore
    }
    const response = await original.call(win, input, init);
    try {
      const copy = response.clone();
      void copy
        .text()
        .catch(() => null)
        .then((text) =>
          emit(recogniseResponse({ method, url: response.url || url, status: response.status, text }, now())),
        )
        .catch(() => undefined);
    } catch {
      // ignore
    }
    return response;
  };
  win.fetch = wrapped as typeof fetch;
}

function wrapXhr(win: ObserverWindow, emit: Emit, now: () => number): void {
  const Xhr = win.XMLHttpRequest as typeof XMLHttpRequest | undefined;
  if (!Xhr) return;
  const meta = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
  const open = Xhr.prototype.open;
  const send = Xhr.prototype.send;
  Xhr.prototype.open = function (
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: unknown[]
  ) {
    safely(() => meta.set(this, { method, url: String(url) }));
    return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  Xhr.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const m = meta.get(this);
    if (m) {
      safely(() => emit([recogniseRequest(m.method, m.url, typeof body === 'string' ? body : null, now())]));
      this.addEventListener('loadend', () =>
        safely(() => {
          let text: string | null = null;
          if (this.responseType === '' || this.responseType === 'text') text = this.responseText;
          else if (this.responseType === 'json') text = JSON.stringify(this.response);
          emit(
            recogniseResponse(
              { method: m.method, url: this.responseURL || m.url, status: this.status, text },
              now(),
            ),
          );
        }),
      );
    }
    return send.call(this, body);
  };
}
