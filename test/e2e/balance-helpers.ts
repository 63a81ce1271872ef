/**
 * Helpers for the balance and badge end-to-end tests: talk to the background through the typed
 * protocol's wire format from an extension page, and read the toolbar badge there.
 */
import type { Page } from 'playwright-core';
import type { MessageName, Reply, RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import type { Sandbox } from './harness';

/** Send one protocol message from an extension page (as the popup would) and unwrap the reply. */
export async function ask<K extends MessageName>(
  page: Page,
  name: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = (await page.evaluate(
    ({ name, data }) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        cm: 1,
        name,
        data,
      }),
    { name, data },
  )) as Reply<K> | undefined;
  if (!reply) throw new Error(`no reply to ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Send without waiting for the reply (e.g. a poll the test will cut off). */
export async function fire<K extends MessageName>(page: Page, name: K, data: RequestOf<K>): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      void (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime
        .sendMessage({ cm: 1, name, data })
        .catch(() => undefined);
    },
    { name, data },
  );
}

export interface BadgeState {
  text: string;
  /** [r, g, b, a] */
  color: number[];
}

export async function readBadge(page: Page): Promise<BadgeState> {
  return page.evaluate(async () => {
    const action = (
      globalThis as unknown as {
        chrome: {
          action: {
            getBadgeText(d: object): Promise<string>;
            getBadgeBackgroundColor(d: object): Promise<number[]>;
          };
        };
      }
    ).chrome.action;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
  });
}

export function hex(color: string): number[] {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/** How many Monitoring API analytics requests reached the sandbox. */
export async function analyticsRequests(sandbox: Sandbox): Promise<number> {
  const state = await sandbox.control.state();
  return state.requests.filter((r) => r.path.startsWith('/api/v1/monitoring/analytics/')).length;
}

/** Rows of a store in the extension's IndexedDB, read raw from an extension page. */
export async function countRows(
  page: Page,
  store: 'ledger' | 'snapshots' | 'events',
  keyPrefix?: string,
): Promise<number> {
  return page.evaluate(
    async ({ store, keyPrefix }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('credit-meter');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = await new Promise<{ key?: string }[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as { key?: string }[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return keyPrefix === undefined
        ? rows.length
        : rows.filter((r) => (r.key ?? '').startsWith(keyPrefix)).length;
    },
    { store, keyPrefix },
  );
}
