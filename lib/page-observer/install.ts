import { BASE44_ORIGIN, isBuilderApiUrl, isTurnStartRequest } from '../base44/urls';
import { bodyVerdict, MAX_BODY_BYTES, readCapped } from './body';
import { PAGE_CHANNEL, type PageEnvelope } from './channel';
import { AuthWatch, recogniseRequest, recogniseResponse, type ResponseBody } from './recognise';
import type { PageObservation } from '../schema/observation';

/**
 * Runs in the page's main world: wraps `fetch` and `XMLHttpRequest` so the builder's own API
 * answers can be read, and posts what was recognised to the content script. It looks only at
 * https://app.base44.com/api/… (not the Monitoring API); it reads a response only when it is a 2xx
 * JSON body within MAX_BODY_BYTES, from a copy, and a request body only for the two requests that
 * start a turn. It reads no cookies or tokens (of the headers, only Content-Type and
 * Content-Length), never changes, delays or holds a request or a response, and swallows its own
 * errors: the builder must keep working exactly as before.
 */
const INSTALLED = Symbol.for('credit-meter.page-observer');

type ObserverWindow = Window & typeof globalThis & { [INSTALLED]?: true };

function postObservation(win: Window, observation: PageObservation): void {
  const envelope: PageEnvelope = { channel: PAGE_CHANNEL, v: 1, observation };
  win.postMessage(envelope, BASE44_ORIGIN);
}

/** What the wrappers share: where observations go, the clock, and the 401 flag. */
interface Observer {
  emit(list: (PageObservation | null)[]): void;
  now(): number;
  auth: AuthWatch;
  cap: number;
}

export interface InstallOptions {
  /** Byte cap for a response body (tests use a small one). */
  maxBodyBytes?: number;
}

export function installObserver(
  win: ObserverWindow,
  post: (o: PageObservation) => void = (o) => postObservation(win, o),
  now: () => number = () => Date.now(),
  options: InstallOptions = {},
): boolean {
  if (win[INSTALLED]) return false;
  win[INSTALLED] = true;
  const observer: Observer = {
    emit: (list) => {
      for (const o of list) if (o) safely(() => post(o));
    },
    now,
    auth: new AuthWatch(),
    cap: options.maxBodyBytes ?? MAX_BODY_BYTES,
  };
  safely(() => wrapFetch(win, observer));
  safely(() => wrapXhr(win, observer));
  return true;
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // Never let observation break the builder.
  }
}

interface Call {
  method: string;
  url: string;
  /** Only for the turn-starting requests; null when the body is not text we can read. */
  requestBody: Promise<string | null> | null;
}

function isRequest(input: unknown): input is Request {
  return typeof Request === 'function' && input instanceof Request;
}

/** Looks at a fetch before it goes out; null when it is not the builder API. */
function startFetch(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  observer: Observer,
): Call | null {
  const request = isRequest(input) ? input : null;
  const url = request ? request.url : String(input);
  if (!isBuilderApiUrl(url)) return null;
  const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
  let requestBody: Promise<string | null> | null = null;
  if (isTurnStartRequest(method, url)) {
    if (typeof init?.body === 'string') requestBody = Promise.resolve(init.body);
    // A Request's body is read from a copy taken before fetch consumes the original.
    else if (request && init?.body === undefined)
      requestBody = request
        .clone()
        .text()
        .catch(() => null);
  }
  if (requestBody)
    requestBody
      .then((text) => observer.emit([recogniseRequest(method, url, text, observer.now())]))
      .catch(() => undefined);
  else observer.emit([recogniseRequest(method, url, null, observer.now())]);
  return { method, url, requestBody };
}

function onFetchResponse(call: Call, response: Response, observer: Observer): void {
  const url = response.url || call.url;
  const status = response.status;
  observer.emit([observer.auth.observe(url, status, observer.now())]);
  if (!isBuilderApiUrl(url)) return;
  const verdict = bodyVerdict(
    status,
    response.headers.get('content-type'),
    response.headers.get('content-length'),
    observer.cap,
  );
  // The copy is taken now, before the page can start reading its own.
  const body: Promise<ResponseBody> =
    verdict === 'read' ? readCapped(response.clone(), observer.cap) : Promise.resolve(verdict);
  Promise.all([body, call.requestBody])
    .then(([b, requestBody]) =>
      observer.emit(
        recogniseResponse({ method: call.method, url, status, body: b, requestBody }, observer.now()),
      ),
    )
    .catch(() => undefined);
}

function wrapFetch(win: ObserverWindow, observer: Observer): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let call: Call | null;
    try {
      call = startFetch(input, init, observer);
    } catch {
      call = null;
    }
    const pending = original.call(win, input, init);
    // Another script's fetch wrapper may answer something odd: pass it through untouched.
    if (!call || typeof (pending as Partial<Promise<Response>> | null)?.then !== 'function') return pending;
    const seen = call;
    // The page gets the very response (or error) fetch gave, in the same turn of the event loop.
    return pending.then((response) => {
      safely(() => onFetchResponse(seen, response, observer));
      return response;
    });
  };
  win.fetch = wrapped as typeof fetch;
}

/** An XHR's body as the page asked for it; only text and JSON response types are looked at. */
function xhrBody(xhr: XMLHttpRequest, cap: number): ResponseBody {
  const verdict = bodyVerdict(
    xhr.status,
    xhr.getResponseHeader('content-type'),
    xhr.getResponseHeader('content-length'),
    cap,
  );
  if (verdict !== 'read') return verdict;
  if (xhr.responseType === '' || xhr.responseType === 'text') {
    const text = xhr.responseText;
    return text.length > cap ? 'tooLarge' : { text };
  }
  // Already parsed by the browser; the recognisers walk it with bounded effort.
  if (xhr.responseType === 'json') return { json: xhr.response as unknown };
  return 'unread';
}

function wrapXhr(win: ObserverWindow, observer: Observer): void {
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
    safely(() => {
      const u = String(url);
      if (isBuilderApiUrl(u)) meta.set(this, { method: String(method).toUpperCase(), url: u });
      else meta.delete(this);
    });
    return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  // One loadend listener per XHR object, however often the page reuses it; each send replaces
  // what the listener will read.
  const inFlight = new WeakMap<XMLHttpRequest, { method: string; url: string; text: string | null }>();
  const listening = new WeakSet<XMLHttpRequest>();
  const onLoadEnd = function (this: XMLHttpRequest) {
    safely(() => {
      const sent = inFlight.get(this);
      if (!sent) return;
      inFlight.delete(this);
      const url = this.responseURL || sent.url;
      observer.emit([observer.auth.observe(url, this.status, observer.now())]);
      if (!isBuilderApiUrl(url)) return;
      const body = xhrBody(this, observer.cap);
      const res = { method: sent.method, url, status: this.status, body, requestBody: sent.text };
      observer.emit(recogniseResponse(res, observer.now()));
    });
  };
  Xhr.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    safely(() => {
      const m = meta.get(this);
      if (!m) return void inFlight.delete(this);
      const text = isTurnStartRequest(m.method, m.url) && typeof body === 'string' ? body : null;
      observer.emit([recogniseRequest(m.method, m.url, text, observer.now())]);
      inFlight.set(this, { ...m, text });
      if (!listening.has(this)) {
        listening.add(this);
        this.addEventListener('loadend', onLoadEnd);
      }
    });
    return send.call(this, body);
  };
}
