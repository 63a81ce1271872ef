/**
 * Send recording in Firefox: a prompt sent through the builder's own Send button becomes a ledger
 * row, seen on the extension's ledger page, and the chip's balance follows the sandbox afterwards.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_ID } from '../e2e/harness';
import { CHIP, MODULE, SEND, readChip, typePrompt, waitForChipText } from './support/builder';
import { firefoxSession } from './support/session';

const ff = firefoxSession();

interface Row {
  appId: string | null;
  mode: string;
  scope: string;
  estimate: number;
  excerpt: string | null;
}

describe('recording a send in Firefox', () => {
  it('a send through the builder appears on the ledger page with its estimate, and the chip follows the balance', async () => {
    await ff.sandbox.control.reset();
    // A paid plan: no daily cap, so no confirmation stands between the click and the send.
    await ff.sandbox.control.setPlan('pro');
    await ff.sandbox.control.setBalances({ messageUsed: 10 });
    const firefox = await ff.launch({ startPage: 'ledger.html' });
    const ledger = await firefox.startPage();
    await ledger.waitForSelector('[data-testid="ledger-empty"]');

    const page = await firefox.openBuilder();
    const before = await ff.sandbox.control.state();
    const shown = `Credits: ${before.message.remaining} left this month`;
    expect(await waitForChipText(page, shown)).toBe(shown);

    await typePrompt(page, MODULE);
    await expect.poll(async () => (await readChip(page))?.scope, { timeout: 10_000 }).toBe('module');
    const estimated = (await readChip(page))!.credits;
    await page.click(SEND);
    await expect
      .poll(async () => (await ff.sandbox.control.state()).messages.map((m) => m.content), {
        timeout: 10_000,
      })
      .toEqual([MODULE]);

    // The ledger page (an extension page, live query) shows the row without a reload.
    await ledger.waitForSelector('[data-testid="ledger-row"]', { timeout: 15_000 });
    const cells = await ledger.$$eval('[data-testid="ledger-row"]', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(cells).toHaveLength(1);
    expect(cells[0]).toEqual(expect.arrayContaining(['build', 'module', MODULE]));
    // The same row as the extension's database holds it, read from its own page (the ledger page
    // shares the extension's origin, so its indexedDB is the extension's).
    const rows = (await ledger.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('credit-meter');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const req = db.transaction('ledger', 'readonly').objectStore('ledger').getAll();
      const all = await new Promise<unknown[]>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return all;
    })) as Row[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      appId: DEFAULT_APP_ID,
      mode: 'build',
      scope: 'module',
      estimate: estimated,
    });

    // The builder reloads its balance after the turn; the chip (empty composer again) follows.
    await expect
      .poll(async () => (await ff.sandbox.control.state()).message.used, { timeout: 15_000 })
      .toBeGreaterThan(before.message.used);
    const after = await ff.sandbox.control.state();
    await expect
      .poll(async () => (await readChip(page))?.text, { timeout: 20_000 })
      .toBe(`Credits: ${after.message.remaining} left this month`);
    expect(await page.$$(CHIP)).toHaveLength(1);
  });
});
