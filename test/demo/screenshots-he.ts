/**
 * `npm run demo:he`: the Hebrew screenshots in docs/screenshots — the popup of a browser in Hebrew
 * (right to left), and a Hebrew builder page (`?lang=he&dir=rtl`, the sandbox's invented switch)
 * with the chip's details open inside the chat column. Build first (`npx wxt build`).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_APP_ID } from '../sandbox/ids';
import { launchExtension, requireChromium, startSandbox } from './setup';

const SENT = 'תעשה את כותרת הדף מודגשת וקצת יותר גדולה';
const TYPED = 'הוסף תיבת חיפוש שמסננת את רשימת המשימות לפי כותרת';

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

async function main(): Promise<void> {
  requireChromium();
  const out = resolve('docs/screenshots');
  const sandbox = await startSandbox();
  const harness = await launchExtension(sandbox, { locale: 'he' });
  try {
    await sandbox.control.reset();
    await sandbox.control.setBalances({ messageUsed: 9.5, dailyUsed: 1.5, integrationUsed: 37 });

    const builder = await harness.openBuilder({
      path: `/apps/${DEFAULT_APP_ID}/editor/preview?lang=he&dir=rtl`,
    });
    const input = builder.locator('textarea, [contenteditable="true"]').first();
    await input.click();
    await builder.keyboard.type(SENT, { delay: 10 });
    await pause(builder, 400);
    await builder.keyboard.press('Enter');
    await builder.locator('[id^="message-"]').nth(1).waitFor({ timeout: 15_000 });

    await input.click();
    await builder.keyboard.type(TYPED, { delay: 10 });
    const chip = builder.getByTestId('credit-estimate');
    await builder.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('data-scope') === 'feature',
      '[data-testid="credit-estimate"]',
    );
    await chip.hover();
    await pause(builder, 500);
    const box = await chip.boundingBox();
    const column = await builder.locator('aside').first().boundingBox();
    if (!box || !column) throw new Error('chip or chat column not found');
    const y = Math.max(0, box.y - 230);
    await builder.screenshot({
      path: `${out}/chip-he.png`,
      clip: { x: column.x, y, width: column.width, height: box.y + box.height + 16 - y },
    });

    const popup = await harness.openPopup();
    await popup.getByTestId('recent-prompt').first().waitFor({ timeout: 15_000 });
    await pause(popup, 1000);
    await popup.screenshot({ path: `${out}/popup-he.png`, fullPage: true });
    console.log(`Wrote ${out}/chip-he.png and ${out}/popup-he.png`);
  } finally {
    await harness.close();
    await sandbox.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
