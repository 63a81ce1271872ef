import { browser } from 'wxt/browser';
import { allowed, senderKind, type RawSender, type SenderKind } from './access';
import type { Envelope, MessageName, ProtocolMap, Reply, RequestOf, ResponseOf } from './protocol';

export interface Sender {
  kind: SenderKind;
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageName]: (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
};

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
