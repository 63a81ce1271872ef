import { browser } from 'wxt/browser';
import type { Envelope, MessageName, ProtocolMap, Reply, RequestOf, ResponseOf } from './protocol';

export type Handlers = {
  [K in MessageName]: (
    data: RequestOf<K>,
    sender: { tabId?: number; url?: string },
  ) => Promise<ResponseOf<K>>;
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
 * Register the background's handlers. Call synchronously at the top level of the worker so a
 * message that wakes a stopped worker finds its listener.
 */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message)) return undefined;
    // Only our own extension's pages and content scripts talk to us.
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[message.name] as
      ((data: unknown, s: { tabId?: number; url?: string }) => Promise<unknown>) | undefined;
    if (!handler) return Promise.resolve({ ok: false, error: `Unknown message ${String(message.name)}` });
    return handler(message.data, { tabId: sender.tab?.id, url: sender.url }).then(
      (value): Reply<keyof ProtocolMap> => ({ ok: true, value: value as never }),
      (error: unknown): Reply<keyof ProtocolMap> => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  });
}
