/**
 * Where the Monitoring API key lives in Firefox, which cannot close storage.local to content
 * scripts: saved on the options page, the key is in the extension's IndexedDB
 * (`credit-meter-secrets`) and not in storage.local — the storage.local a content script would
 * read is the same one the options page reads here — and the saved key works (the connection
 * test reads it back from that database).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID } from '../e2e/harness';
import { firefoxSession } from './support/session';

const ff = firefoxSession();
const SECRETS_DB = 'credit-meter-secrets';

/** From an extension page: storage.local as text, and the extension's databases with their rows. */
function look(page: Page): Promise<{ storage: string; databases: string[]; secrets: string }> {
  return page.evaluate(async (name) => {
    const ext = (
      globalThis as unknown as {
        browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).browser;
    const storage = JSON.stringify(await ext.storage.local.get(null));
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    let secrets = '';
    if (databases.includes(name)) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const req = db.transaction('secrets', 'readonly').objectStore('secrets').getAll();
      secrets = JSON.stringify(
        await new Promise<unknown[]>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        }),
      );
      db.close();
    }
    return { storage, databases, secrets };
  }, SECRETS_DB);
}

async function text(page: Page, testId: string): Promise<string> {
  return page.$eval(`[data-testid="${testId}"]`, (el) => (el as HTMLElement).innerText).catch(() => '');
}

describe('the API key in Firefox', () => {
  it('is saved in the extension’s IndexedDB, not in storage.local, and is used from there', async () => {
    await ff.sandbox.control.reset();
    await ff.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    const firefox = await ff.launch({ startPage: 'options.html' });
    const options = await firefox.startPage();
    await options.waitForSelector('[data-testid="save-settings"]');
    await options.type('[data-testid="api-key"]', DEFAULT_API_KEY);
    await options.type('[data-testid="workspace-id"]', DEFAULT_WORKSPACE_ID);
    await options.click('[data-testid="save-settings"]');
    await expect
      .poll(() => text(options, 'save-result'), { timeout: 15_000 })
      .toContain('Settings and API key saved');

    const seen = await look(options);
    expect(seen.databases).toContain(SECRETS_DB);
    expect(seen.secrets).toContain(DEFAULT_API_KEY);
    // The settings are there (the workspace id), the key is not.
    expect(seen.storage).toContain(DEFAULT_WORKSPACE_ID);
    expect(seen.storage).not.toContain(DEFAULT_API_KEY);

    // The stored key is read back by the background: a connection test with the field empty works.
    await options.click('[data-testid="test-connection"]');
    await expect
      .poll(
        () =>
          options
            .$eval('[data-testid="connection-result"]', (el) => el.getAttribute('data-ok'))
            .catch(() => null),
        { timeout: 15_000 },
      )
      .toBe('true');
  });
});
