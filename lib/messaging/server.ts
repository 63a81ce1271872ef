import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { REQUESTS } from '../schema/messages';
import { allowed, senderKind, type RawSender, type SenderKind } from './access';
import type {
  CheckedRequestOf,
  Envelope,
  MessageName,
  ProtocolMap,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';

export interface Sender {
  kind: SenderKind;
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageName]: (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
};

/** Handlers written against parsed requests. */
export type CheckedHandlers = {
  [K in MessageName]: (data: CheckedRequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
};

/**
 * Every handler behind its request schema: what does not parse is refused with an error before the
 * handler runs, and the handler gets the parsed copy (known keys only, trimmed, bounded).
 */
export function checkRequests(handlers: CheckedHandlers): Handlers {
  // Typed so that a message without a schema (or a schema without a message) does not compile.
  const schemas: Record<MessageName, v.GenericSchema> = REQUESTS;
  const out: Record<string, (data: unknown, s: Sender) => Promise<unknown>> = {};
  for (const name of Object.keys(schemas) as MessageName[]) {
    const handler = handlers[name] as (data: unknown, s: Sender) => Promise<unknown>;
    out[name] = async (data, sender) => {
      const parsed = v.safeParse(schemas[name], data);
      if (!parsed.success) throw new Error(`Invalid ${name} request`);
      return handler(parsed.output, sender);
    };
  }
  return out as Handlers;
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Envelope).cm === 1 &&
    typeof (value as Envelope).name === 'string'
  );
}

/**
 * One message through the access rules to its handler; errors come back as values. Unknown names
 * and senders without the right get an error and touch nothing (no lookup on the prototype chain).
 */
export function dispatch(
  handlers: Handlers,
  message: unknown,
  raw: RawSender,
  self: { id: string; origin: string },
): Promise<Reply<keyof ProtocolMap>> | undefined {
  if (!isEnvelope(message)) return undefined;
  const kind = senderKind(raw, self.id, self.origin);
  if (kind === 'other') return undefined;
  if (!allowed(message.name, kind))
    return Promise.resolve({
      ok: false,
      error: `Message ${String(message.name).slice(0, 40)} is not allowed here`,
    });
  const handler = handlers[message.name] as (data: unknown, s: Sender) => Promise<unknown>;
  return handler(message.data, { kind, tabId: raw.tab?.id, url: raw.url }).then(
    (value): Reply<keyof ProtocolMap> => ({ ok: true, value: value as never }),
    (error: unknown): Reply<keyof ProtocolMap> => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
}

/**
 * Register the background's handlers. Call synchronously at the top level of the worker so a
 * message that wakes a stopped worker finds its listener.
 */
export function handleMessages(handlers: Handlers): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    dispatch(handlers, message, sender, self),
  );
}
