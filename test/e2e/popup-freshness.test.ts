/**
 * Opening the popup with a reading over a minute old: the Monitoring API is asked again (once); a
 * reading from the builder page, which nothing but the page can renew, says so.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSession } from './support/session';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID } from './harness';
import { analyticsRequests, ask } from './balance-helpers';

const e2e = e2eSession({ resetBeforeEach: true });

interface StoredPublished {
  summaries: Record<string, { readAt: number | null }>;
}
type LocalArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

/**
 * Makes every reading two minutes older, stored and published, as if the popup were opened two
 * minutes after the last one (the extension runs on the real clock; waiting would slow the suite).
 */
async function ageReadings(ext: Page): Promise<void> {
  await ext.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('credit-meter');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('snapshots', 'readwrite');
      const req = tx.objectStore('snapshots').openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return;
        const row = cursor.value as { at: number };
        cursor.update({ ...row, at: row.at - 120_000 });
        cursor.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage
      .local;
    const { published } = (await local.get('published')) as { published: StoredPublished };
    for (const s of Object.values(published.summaries)) if (s.readAt !== null) s.readAt -= 120_000;
    await local.set({ published });
  });
}

async function shownReadAt(ext: Page): Promise<number | null> {
  return ext.evaluate(async (ws) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage
      .local;
    const { published } = (await local.get('published')) as { published: StoredPublished };
    return published.summaries[ws]?.readAt ?? null;
  }, DEFAULT_WORKSPACE_ID);
}

describe('the popup asks for a fresh reading when the one shown is old', () => {
  it('with a Monitoring API key: a fresh reading is left alone, an old one is read again once', async () => {
    await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    const harness = await e2e.launch();
    const ext = await harness.openExtensionPage('manifest.json');
    expect(
      await ask(ext, 'setCredentials', { apiKey: DEFAULT_API_KEY, workspaceId: DEFAULT_WORKSPACE_ID }),
    ).toMatchObject({ ok: true });
    const before = await analyticsRequests(e2e.sandbox);

    const fresh = await harness.openPopup();
    await fresh.getByTestId('pool-message').waitFor();
    await fresh.close();

    await ageReadings(ext);
    const aged = await shownReadAt(ext);
    expect(aged).not.toBeNull();
    const stale = await harness.openPopup();
    await expect.poll(() => analyticsRequests(e2e.sandbox), { timeout: 15_000 }).toBe(before + 1);
    await expect.poll(() => shownReadAt(ext)).toBeGreaterThan(aged!);
    await expect.poll(() => stale.getByTestId('reading-info').getAttribute('data-source')).toBe('api');
    // One request in all: the fresh popup asked nothing, the old one asked once.
    expect(await analyticsRequests(e2e.sandbox)).toBe(before + 1);
    expect(await stale.getByTestId('reading-page-waits').count()).toBe(0);
  });

  it("without a key, an old reading from the builder page says the page's next load renews it", async () => {
    const harness = await e2e.launch();
    await harness.openBuilder();
    const ext = await harness.openExtensionPage('manifest.json');
    await expect.poll(() => shownReadAt(ext), { timeout: 20_000 }).not.toBeNull();

    const fresh = await harness.openPopup();
    await expect.poll(() => fresh.getByTestId('reading-info').getAttribute('data-source')).toBe('page');
    expect(await fresh.getByTestId('reading-page-waits').count()).toBe(0);
    await fresh.close();

    await ageReadings(ext);
    const stale = await harness.openPopup();
    await expect
      .poll(() => stale.getByTestId('reading-page-waits').innerText())
      .toContain('reload the builder tab');
    expect(await analyticsRequests(e2e.sandbox)).toBe(0);
  });
});
