import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/** Send a typed message to the background and unwrap its reply; rejects with the handler's error. */
export async function sendMessage<K extends MessageName>(
  name: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { cm: 1, name, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No reply to ${name}: the background did not answer`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
