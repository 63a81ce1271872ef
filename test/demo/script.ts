/**
 * The headless demo's script: a Free account with some use, three prompts typed into the sandbox
 * builder (a simple change and a Discuss question sent, a feature left in the composer so its
 * estimate shows), then screenshots of the builder, the popup and the options page. Then a second
 * app stuck in a loop of fixes: three "still broken" prompts and a fourth typed, so the chip shows
 * its stop-loss warning, and the popup's per-app view with both apps.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SECOND_APP_ID, type Harness, type Sandbox } from './setup';

const SIMPLE = 'Make the page title bold and a little larger';
const DISCUSS = 'How should I structure the data for recurring tasks?';
const FEATURE = 'Add a search box that filters the task list by title';
const FIXES = [
  'The save button still does nothing, please fix it',
  'Still broken: saving shows an error now, fix the error',
  'It still does not work, the error is back, fix it again',
];
const NEXT_FIX = 'Still not fixed, the save button fails again, please fix';

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

async function typeInto(page: Page, text: string): Promise<void> {
  await page.locator('textarea, [contenteditable="true"]').first().click();
  // Typed key by key, as a person would, so the extension sees every input event.
  await page.keyboard.type(text, { delay: 15 });
}

async function sendAndWait(page: Page, text: string): Promise<void> {
  const outcomes = '[id^="message-"], [role="alert"]';
  const before = await page.locator(outcomes).count();
  await typeInto(page, text);
  await pause(page, 400); // let the estimate render before the composer clears
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length >= n,
    [outcomes, before + 2] as const,
    {
      timeout: 15_000,
    },
  );
}

export async function runScript(harness: Harness, sandbox: Sandbox, outDir: string): Promise<string[]> {
  await sandbox.control.reset();
  await sandbox.control.setBalances({ messageUsed: 9.5, dailyUsed: 1.5, integrationUsed: 37 });
  const shots: string[] = [];
  const shoot = async (
    page: Page,
    name: string,
    clip?: { x: number; y: number; width: number; height: number },
  ) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path, clip });
    shots.push(path);
  };

  const builder = await harness.openBuilder();
  console.log(`Prompt 1 (simple, sent): ${SIMPLE}`);
  await sendAndWait(builder, SIMPLE);
  await builder.getByRole('button', { name: 'More Actions' }).last().click();

  console.log(`Prompt 2 (Discuss, sent): ${DISCUSS}`);
  await builder.getByRole('button', { name: 'Discuss' }).click();
  await sendAndWait(builder, DISCUSS);
  await builder.getByRole('button', { name: 'Discuss' }).click();

  console.log(`Prompt 3 (feature, typed, not sent): ${FEATURE}`);
  await typeInto(builder, FEATURE);
  await pause(builder, 1000);
  await shoot(builder, 'builder');

  // A close-up of the composer with the estimate's details open, as a person hovering the chip sees it.
  const chip = builder.getByTestId('credit-estimate');
  await chip.hover();
  await pause(builder, 400);
  const box = await chip.boundingBox();
  if (box) {
    const y = Math.max(0, box.y - 210);
    await shoot(builder, 'chip', { x: 0, y, width: 460, height: box.y + box.height + 16 - y });
  }

  const state = await sandbox.control.state();
  console.log(
    `Sandbox account: ${state.message.used} of ${state.message.limit} message credits used` +
      (state.daily ? `, ${state.daily.used} of ${state.daily.limit} today` : '') +
      `; prompts charged: ${state.messages.map((m) => `${m.cost} (${m.mode})`).join(', ')}`,
  );

  const popup = await harness.openPopup();
  await pause(popup, 1500);
  await shoot(popup, 'popup');

  const options = await harness.openOptions();
  await pause(options, 1000);
  await shoot(options, 'options');

  // A second app in a fix loop. The daily cap is reset before each send so the loop is about
  // fixes, not about running out.
  const second = await harness.openBuilder({ appId: SECOND_APP_ID });
  for (const [i, fix] of FIXES.entries()) {
    console.log(`Fix ${i + 1} on the second app (sent): ${fix}`);
    await sandbox.control.setBalances({ dailyUsed: 0 });
    await sendAndWait(second, fix);
  }
  console.log(`Fix 4 (typed, not sent): ${NEXT_FIX}`);
  await typeInto(second, NEXT_FIX);
  const loopChip = second.getByTestId('credit-estimate');
  await second.waitForFunction(
    () =>
      document.querySelector('[data-testid="credit-estimate"]')?.getAttribute('data-warning') === 'fix-loop',
    undefined,
    { timeout: 15_000 },
  );
  await loopChip.hover();
  await pause(second, 400);
  const loopBox = await loopChip.boundingBox();
  if (loopBox) {
    const y = Math.max(0, loopBox.y - 260);
    await shoot(second, 'chip-fix-loop', {
      x: 0,
      y,
      // The chat column, up to just past the chip.
      width: Math.min(520, Math.ceil(loopBox.x + loopBox.width + 24)),
      height: loopBox.y + loopBox.height + 16 - y,
    });
  }

  // The whole popup, for its per-app card (the session on the app in the builder, credits per app)
  // and the integration pool's pace above it.
  const apps = await harness.openPopup();
  const card = apps.getByTestId('app-costs');
  await card.waitFor();
  await apps.waitForFunction(
    () => document.querySelectorAll('[data-testid="app-cost"]').length >= 2,
    undefined,
    {
      timeout: 15_000,
    },
  );
  await pause(apps, 500);
  const path = join(outDir, 'popup-apps.png');
  await apps.screenshot({ path, fullPage: true });
  shots.push(path);
  return shots;
}
