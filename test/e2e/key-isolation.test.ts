/**
 * Where the Monitoring API key lives, checked in real Chromium: after it is saved on the options
 * page it is in the extension's own IndexedDB (`credit-meter-secrets`), and the builder tab's
 * content script — its isolated world, reached over CDP — can neither read it from storage.local
 * nor see the extension's databases (its `indexedDB` is the page's); "Delete all data" empties it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSession } from './support/session';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID } from './harness';

const e2e = e2eSession({ resetBeforeEach: true });
const SECRETS_DB = 'credit-meter-secrets';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** What a script sees of the key's storage, as plain data. */
interface Seen {
  origin: string;
  runtimeId: string | null;
  storage: string | null;
  storageError: string | null;
  databases: string[];
}

/** Runs in the inspected world: storage.local as text (or its refusal), and the databases it sees. */
const LOOK = `(async () => {
  const out = { origin: location.origin, runtimeId: null, storage: null, storageError: null, databases: [] };
  const c = globalThis.chrome;
  out.runtimeId = (c && c.runtime && c.runtime.id) || null;
  try {
    out.storage = JSON.stringify(await c.storage.local.get(null));
  } catch (e) {
    out.storageError = String((e && e.message) || e);
  }
  out.databases = (await indexedDB.databases()).map((d) => d.name);
  return out;
})()`;

/** The builder tab's isolated world that belongs to this extension, found over CDP. */
async function contentScriptWorld(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  // Enabling reports every context that already exists.
  await cdp.send('Runtime.enable');
  const isOurs = (c: ExecutionContext) =>
    c.auxData?.type === 'isolated' && (c.origin.includes(extensionId) || c.name.includes('Credit Meter'));
  await expect.poll(() => contexts.some(isOurs), { timeout: 10_000 }).toBe(true);
  const world = contexts.find(isOurs)!;
  return {
    world,
    async evaluate(expression: string): Promise<Seen> {
      const r = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: Seen }; exceptionDetails?: { text: string } };
      if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.text}`);
      return r.result.value!;
    },
  };
}

/** The rows of the key's database, read from an extension page, as text. */
function secretRows(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const req = db.transaction('secrets', 'readonly').objectStore('secrets').getAll();
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return JSON.stringify(rows);
  }, SECRETS_DB);
}

describe('the API key is out of the content script’s reach', () => {
  it('saved on the options page, it is in the extension’s IndexedDB and nowhere a builder tab can read', async () => {
    await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    const harness = await e2e.launch();
    const options = await harness.openOptions();
    await options.getByTestId('api-key').fill(DEFAULT_API_KEY);
    await options.getByTestId('workspace-id').fill(DEFAULT_WORKSPACE_ID);
    await options.getByTestId('save-settings').click();
    await expect
      .poll(() => options.getByTestId('save-result').innerText(), { timeout: 15_000 })
      .toContain('Settings and API key saved');

    // The positive side: an extension page sees the key's database, and the key is in it, while
    // storage.local (settings) does not hold it.
    const fromPage = (await options.evaluate(LOOK)) as Seen;
    expect(fromPage.databases).toContain(SECRETS_DB);
    expect(fromPage.storage).not.toBeNull();
    expect(fromPage.storage).toContain(DEFAULT_WORKSPACE_ID);
    expect(fromPage.storage).not.toContain(DEFAULT_API_KEY);
    const stored = await secretRows(options);
    expect(stored).toContain(DEFAULT_API_KEY);

    // The builder tab's content script, in its own isolated world.
    const builder = await harness.openBuilder();
    await builder.locator('[data-testid="credit-estimate"]').waitFor({ state: 'attached' });
    const cs = await contentScriptWorld(builder, harness.extensionId);
    const seen = await cs.evaluate(LOOK);
    // It is the extension's world (its chrome.runtime is ours) on the builder's origin.
    expect(seen.runtimeId).toBe(harness.extensionId);
    expect(seen.origin).toBe(new URL(builder.url()).origin);
    // storage.local is refused (Chrome: trusted contexts only) or at least holds no key.
    if (seen.storage !== null) expect(seen.storage).not.toContain(DEFAULT_API_KEY);
    else expect(seen.storageError).toBeTruthy();
    // Its indexedDB is the page's: the extension's databases are not there.
    expect(seen.databases).not.toContain(SECRETS_DB);
    expect(seen.databases).not.toContain('credit-meter');
    expect(JSON.stringify(seen)).not.toContain(DEFAULT_API_KEY);
    // Nor in the page's own world.
    expect(JSON.stringify(await builder.evaluate(LOOK))).not.toContain(DEFAULT_API_KEY);

    // "Delete all data" empties the key's database.
    await options.getByTestId('delete-all').click();
    await options.getByTestId('delete-confirm').click();
    await expect.poll(() => options.getByTestId('delete-result').getAttribute('data-ok')).toBe('true');
    expect(await secretRows(options)).toBe('[]');
  });
});
