/** Driving the simulated builder's composer and reading the turns the extension recorded. */
import { expect } from 'vitest';
import type { Locator, Page, Response } from 'playwright-core';
import type { Harness } from '../harness';
import type { LedgerRow } from '../../../lib/db/rows';
import { readLedger } from '../popup-helpers';

export const CHIP = '[data-testid="credit-estimate"]';

export function composer(page: Page): Locator {
  return page.locator('form textarea, form [contenteditable="true"]').first();
}

/** Type and send a prompt through the builder's own composer. */
export async function send(page: Page, text: string): Promise<void> {
  const input = composer(page);
  await input.click();
  await input.fill(text);
  await page.locator(CHIP).waitFor({ state: 'attached' });
  await input.press('Enter');
}

/** The ledger as the extension stored it, read from an extension page, oldest first. */
export async function ledger(ext: Page): Promise<LedgerRow[]> {
  return (await readLedger(ext)).sort((a, b) => a.at - b.at);
}

/** Waits until `n` recorded turns pass `done`, then returns the ledger. */
export async function waitForTurns(
  ext: Page,
  n: number,
  done: (r: LedgerRow) => boolean,
): Promise<LedgerRow[]> {
  await expect.poll(async () => (await ledger(ext)).filter(done).length, { timeout: 30_000 }).toBe(n);
  return ledger(ext);
}

/**
 * The builder (app A) in front, and an extension page behind it to read the ledger from: the
 * builder must be the tab in use for the chip and the workspace it follows.
 */
export async function builderWithLedger(h: Harness): Promise<{ page: Page; ext: Page }> {
  const page = await h.openBuilder();
  const ext = await h.openExtensionPage('popup.html');
  await page.bringToFront();
  return { page, ext };
}

/** The statuses the page's own `chat/message` POSTs get, as they arrive (held turns answer late). */
export function chatMessageStatuses(page: Page): number[] {
  const statuses: number[] = [];
  page.on('response', (r: Response) => {
    if (r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/chat/message'))
      statuses.push(r.status());
  });
  return statuses;
}
