/**
 * The interface in the browser's language, and the chip in the builder page's: Hebrew (right to
 * left) and Japanese extension pages, the language setting, and a Hebrew builder whose chip and
 * pop-ups stay inside the 350 px chat column.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_APP_ID } from './harness';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

const CHIP = '[data-testid="credit-estimate"]';
const HEBREW = /[\u0590-\u05FF]/;
const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;

async function htmlLangDir(page: Page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

type Box = { x: number; y: number; width: number; height: number };

async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.width > 0 &&
    inner.height > 0
  );
}

describe('extension pages follow the browser language', () => {
  it('Hebrew: popup and options are right to left and in Hebrew', async () => {
    const h = await e2e.launch({ locale: 'he' });
    const popup = await h.openPopup();
    await popup.getByTestId('pool-message').waitFor();
    expect(await htmlLangDir(popup)).toEqual({ lang: 'he', dir: 'rtl' });
    expect(await popup.getByTestId('pool-message').locator('h2').innerText()).toBe('קרדיטים להודעות');
    expect(await popup.getByTestId('refresh').innerText()).toMatch(HEBREW);
    // The layout really turns: the header's first item (the title) sits at the right.
    const header = await box(popup.locator('.popup-header'));
    const title = await box(popup.locator('.popup-header h1'));
    expect(title.x + title.width).toBeGreaterThan(header.x + header.width / 2);

    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    expect(await htmlLangDir(options)).toEqual({ lang: 'he', dir: 'rtl' });
    expect(await options.locator('h1').innerText()).toBe('הגדרות Credit Meter');
    expect(await options.getByTestId('save-settings').innerText()).toBe('שמירת ההגדרות');
    expect(await options.getByTestId('ui-language').inputValue()).toBe('auto');
  });

  it('Japanese: popup and options are left to right and in Japanese', async () => {
    const h = await e2e.launch({ locale: 'ja' });
    const popup = await h.openPopup();
    await popup.getByTestId('pool-message').waitFor();
    expect(await htmlLangDir(popup)).toEqual({ lang: 'ja', dir: 'ltr' });
    expect(await popup.getByTestId('pool-message').locator('h2').innerText()).toBe('メッセージクレジット');
    expect(await popup.getByTestId('next-reset').innerText()).toMatch(JAPANESE);

    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    expect(await htmlLangDir(options)).toEqual({ lang: 'ja', dir: 'ltr' });
    expect(await options.locator('h1').innerText()).toBe('Credit Meter の設定');
  });

  it('the options language setting overrides the browser, and open pages follow at once', async () => {
    const h = await e2e.launch({ locale: 'ja' });
    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    const popup = await h.openPopup();
    await popup.getByTestId('pool-message').waitFor();
    expect((await htmlLangDir(popup)).lang).toBe('ja');

    await options.getByTestId('ui-language').selectOption('he');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => htmlLangDir(options)).toEqual({ lang: 'he', dir: 'rtl' });
    expect(await options.getByTestId('save-result').innerText()).toBe('ההגדרות נשמרו.');
    await expect.poll(() => htmlLangDir(popup)).toEqual({ lang: 'he', dir: 'rtl' });
    expect(await popup.getByTestId('pool-message').locator('h2').innerText()).toBe('קרדיטים להודעות');

    // Back to the browser's language.
    await options.getByTestId('ui-language').selectOption('auto');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => htmlLangDir(options)).toEqual({ lang: 'ja', dir: 'ltr' });
  });
});

describe('the chip follows the builder page', () => {
  it('on a Hebrew page (browser in English): Hebrew words, rtl, details and confirmation inside the chat column', async () => {
    await e2e.sandbox.control.setBalances({ dailyUsed: 4.5 });
    const h = await e2e.launch();
    const page = await h.openBuilder({ path: `/apps/${DEFAULT_APP_ID}/editor/preview?lang=he&dir=rtl` });
    const chip = page.locator(CHIP);
    await chip.waitFor({ state: 'attached' });
    // The page's own balance has reached the chip: 0.5 of today's 5 left.
    await expect.poll(() => chip.innerText(), { timeout: 20_000 }).toMatch(/נותרו.*0\.5|0\.5.*נותרו/);
    expect(await chip.getAttribute('dir')).toBe('rtl');
    expect(await chip.getAttribute('lang')).toBe('he');

    const input = page.locator('form textarea, form [contenteditable="true"]').first();
    await input.click();
    // One input event, so no later re-render of a half-typed prompt closes the confirmation.
    await input.fill('Add a search bar to filter the product list');
    await expect.poll(() => chip.getAttribute('data-scope'), { timeout: 10_000 }).toBe('feature');
    await expect.poll(() => chip.getAttribute('data-state'), { timeout: 10_000 }).toBe('over');
    const text = await chip.innerText();
    expect(text).toMatch(/^≈ .*קרדיט/);
    expect(text).toContain('שנותרו היום');
    // Numbers are isolated so they keep their own order inside the Hebrew sentence.
    expect(await chip.textContent()).toMatch(/\u2068[\d.]+\u2069/);

    const column = await box(page.locator('.w-\\[350px\\]').first());
    const chipBox = await box(chip);
    expect(inside(chipBox, column)).toBe(true);

    await chip.hover();
    const pop = chip.locator('.pop');
    await pop.waitFor({ state: 'visible' });
    expect(await pop.innerText()).toMatch(/טווח|הערכה/);
    const popBox = await box(pop);
    expect({ pop: popBox, inside: inside(popBox, column) }).toEqual({ pop: popBox, inside: true });

    await input.press('Enter');
    const confirm = page.getByTestId('send-confirm');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.innerText()).toContain('לשלוח בכל זאת?');
    const confirmBox = await box(confirm);
    expect({ confirm: confirmBox, inside: inside(confirmBox, column) }).toEqual({
      confirm: confirmBox,
      inside: true,
    });
    await confirm.getByRole('button', { name: 'ביטול' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await e2e.sandbox.control.state()).messages).toHaveLength(0);
  });

  it('on a Japanese page in a Hebrew browser: the page wins', async () => {
    const h = await e2e.launch({ locale: 'he' });
    const page = await h.openBuilder({ path: `/apps/${DEFAULT_APP_ID}/editor/preview?lang=ja` });
    const chip = page.locator(CHIP);
    await chip.waitFor({ state: 'attached' });
    const input = page.locator('form textarea, form [contenteditable="true"]').first();
    await input.click();
    await input.pressSequentially('Change the button color to blue', { delay: 0 });
    await expect.poll(() => chip.getAttribute('data-scope'), { timeout: 10_000 }).toBe('simple');
    expect(await chip.innerText()).toContain('クレジット');
    expect(await chip.getAttribute('dir')).toBe('ltr');
  });
});
