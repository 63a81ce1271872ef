/**
 * The headless demo's script: a Free account with some use, three prompts typed into the sandbox
 * builder (a simple change and a Discuss question sent, a feature left in the composer so its
 * estimate shows), then screenshots of the builder, the popup and the options page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness, Sandbox } from './setup';

const SIMPLE = 'Make the page title bold and a little larger';
const DISCUSS = 'How should I structure the data for recurring tasks?';
const FEATURE = 'Add a search box that filters the task list by title';

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
  return shots;
}
