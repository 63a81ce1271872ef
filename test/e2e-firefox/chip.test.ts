/**
 * The estimate chip in Firefox: the built Firefox extension in firefox-esr on the simulated
 * builder page. It mounts in the composer, follows typing, and shows the balance the page loaded.
 */
import { describe, expect, it } from 'vitest';
import { CHIP, MODULE, SIMPLE, readChip, typePrompt, waitForChipText } from './support/builder';
import { EXTENSION_ORIGIN } from './support/firefox';
import { firefoxSession } from './support/session';

const ff = firefoxSession();

describe('the chip in Firefox', () => {
  it('mounts in the composer and follows typing: a simple prompt, then a module-sized one', async () => {
    await ff.sandbox.control.reset();
    const firefox = await ff.launch();
    const page = await firefox.openBuilder();
    await page.waitForSelector(CHIP);
    // In the builder's own form, once, with an open shadow root.
    expect(
      await page.$$eval(CHIP, (els) => els.map((e) => e.closest('form') !== null && e.shadowRoot !== null)),
    ).toEqual([true]);

    await typePrompt(page, SIMPLE);
    await expect.poll(async () => (await readChip(page))?.scope, { timeout: 10_000 }).toBe('simple');
    const simple = (await readChip(page))!;
    expect(simple.credits).toBeGreaterThan(0);
    expect(simple.text).toContain(`≈ ${simple.credits} credit`);

    await typePrompt(page, MODULE);
    await expect.poll(async () => (await readChip(page))?.scope, { timeout: 10_000 }).toBe('module');
    const big = (await readChip(page))!;
    expect(big.credits).toBeGreaterThan(simple.credits);
    expect(big.text).toContain(`≈ ${big.credits} credits`);
    // The builder's input keeps exactly what was typed.
    expect(await page.$eval('textarea', (t) => (t as HTMLTextAreaElement).value)).toBe(MODULE);
  });

  it("shows the page's daily balance: what is left today on the Free plan", async () => {
    await ff.sandbox.control.reset();
    await ff.sandbox.control.setBalances({ messageUsed: 7, dailyUsed: 2 });
    const state = await ff.sandbox.control.state();
    expect(state.daily).not.toBeNull();
    const left = state.daily!.limit - state.daily!.used;
    const firefox = await ff.launch();
    const page = await firefox.openBuilder();
    // The observer (injected by the content script) sees the builder's balance call, the background
    // stores it, the chip shows it. Without the observer the chip would show an estimated 5.
    expect(await waitForChipText(page, `Credits: ${left} left today`)).toBe(`Credits: ${left} left today`);
    // ...yet the page itself cannot load that file: nothing is web-accessible.
    const pageLoad = (url: string) =>
      page.evaluate(
        (u) =>
          new Promise<string>((resolve) => {
            const s = document.createElement('script');
            s.src = u;
            s.onload = () => resolve('loaded');
            s.onerror = () => resolve('refused');
            document.head.append(s);
          }),
        url,
      );
    expect(await pageLoad(`${EXTENSION_ORIGIN}/page-observer.js`)).toBe('refused');
  });

  it("shows the page's monthly balance on a paid plan", async () => {
    await ff.sandbox.control.reset();
    await ff.sandbox.control.setPlan('pro');
    await ff.sandbox.control.setBalances({ messageUsed: 37 });
    const state = await ff.sandbox.control.state();
    expect(state.daily).toBeNull();
    const firefox = await ff.launch();
    const page = await firefox.openBuilder();
    const expected = `Credits: ${state.message.remaining} left this month`;
    expect(await waitForChipText(page, expected)).toBe(expected);
  });
});
