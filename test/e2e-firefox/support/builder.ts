/** Reading the estimate chip and using the builder's composer from puppeteer. */
import type { Page } from 'puppeteer-core';

export const CHIP = '[data-testid="credit-estimate"]';
export const SEND = 'button[aria-label="Send message"]';
export const SIMPLE = 'Change the button color to blue';
export const MODULE =
  'Add user authentication with login, signup, roles and an admin dashboard with entities for orders and payments';

export interface ChipReading {
  credits: number;
  scope: string | null;
  state: string | null;
  /** What a person reads (the host's slotted text). */
  text: string;
}

export async function readChip(page: Page): Promise<ChipReading | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    return {
      credits: Number(el.getAttribute('data-credits')),
      scope: el.getAttribute('data-scope'),
      state: el.getAttribute('data-state'),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, CHIP);
}

/** Replace the composer's text by typing, as a person would. */
export async function typePrompt(page: Page, text: string): Promise<void> {
  await page.click('textarea');
  await page.$eval('textarea', (t) => {
    (t as HTMLTextAreaElement).select();
  });
  await page.keyboard.press('Backspace');
  await page.type('textarea', text);
}

/**
 * Waits until the chip shows `expected`. Firefox has no main-world script at document_start, so the
 * builder's very first responses can beat the injected observer (README, "Known limits"); the page
 * is then reloaded, as a person would, at most twice.
 */
export async function waitForChipText(
  page: Page,
  expected: string,
  reloads = 2,
): Promise<string | undefined> {
  let text: string | undefined;
  for (let attempt = 0; attempt <= reloads; attempt++) {
    const until = Date.now() + 8_000;
    while (Date.now() < until) {
      text = (await readChip(page))?.text;
      if (text === expected) return text;
      await new Promise((r) => setTimeout(r, 250));
    }
    if (attempt < reloads) await page.reload({ waitUntil: 'domcontentloaded' });
  }
  return text;
}
