/**
 * The estimate chip in the simulated Base44 composer, in real Chromium with the built extension:
 * live updates, Discuss mode, both input kinds, navigation and re-renders, the near/over states and
 * the confirm guard, ledger recording and the "composer missing" report.
 */
import { e2eSession } from './support/session';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_APP_ID, SECOND_APP_ID } from './harness';
import { readLedger } from './popup-helpers';

// The extension page's own `chrome` API, used inside page.evaluate only.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

const e2e = e2eSession();

const CHIP = '[data-testid="credit-estimate"]';
const SIMPLE = 'Change the button color to blue';
const MODULE =
  'Add user authentication with login, signup, roles and an admin dashboard with entities for orders and payments';

function chip(page: Page): Locator {
  return page.locator(CHIP);
}

function composer(page: Page): Locator {
  return page.locator('form textarea, form [contenteditable="true"]').first();
}

async function chipAttrs(page: Page) {
  const c = chip(page);
  return {
    credits: Number(await c.getAttribute('data-credits')),
    scope: await c.getAttribute('data-scope'),
    state: await c.getAttribute('data-state'),
  };
}

/** Type a prompt, then wait until the chip shows an estimate for that scope. */
async function typePrompt(page: Page, text: string, scope: string): Promise<void> {
  const input = composer(page);
  await input.click();
  await input.fill('');
  await input.pressSequentially(text, { delay: 0 });
  await expect.poll(() => chip(page).getAttribute('data-scope'), { timeout: 10_000 }).toBe(scope);
}

async function openExtPage(): Promise<Page> {
  return e2e.harness!.openExtensionPage('popup.html');
}

/** Send a typed protocol message from an extension page (the popup's origin). */
async function ask<T>(page: Page, name: string, data: unknown): Promise<T> {
  const reply = (await page.evaluate(([n, d]) => chrome.runtime.sendMessage({ cm: 1, name: n, data: d }), [
    name,
    data,
  ] as const)) as { ok: boolean; value?: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

describe('the chip in the composer', () => {
  it('updates while typing: a simple prompt vs a module prompt, visible text has the figure', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    await chip(page).waitFor({ state: 'attached' });
    expect(await chip(page).count()).toBe(1);
    // The host has an open shadow root: its text is readable through it.
    expect(await chip(page).evaluate((el) => el.shadowRoot !== null)).toBe(true);

    await typePrompt(page, SIMPLE, 'simple');
    const simple = await chipAttrs(page);
    expect(simple.credits).toBeGreaterThan(0);
    expect(await chip(page).innerText()).toContain(`≈ ${simple.credits} credit`);

    await typePrompt(page, MODULE, 'module');
    const big = await chipAttrs(page);
    expect(big.credits).toBeGreaterThan(simple.credits);
    expect(await chip(page).innerText()).toContain(`≈ ${big.credits} credits`);

    // Inside the composer, next to the Discuss toggle, and the builder's input is untouched.
    const placement = await chip(page).evaluate((el) => ({
      inForm: el.closest('form') !== null,
      afterDiscuss: el.previousElementSibling?.textContent === 'Discuss',
    }));
    expect(placement).toEqual({ inForm: true, afterDiscuss: true });
    expect(await composer(page).inputValue()).toBe(MODULE);

    // It covers none of the builder's controls: each button is still the topmost element at its centre.
    const covered = await page.evaluate(() =>
      // The builder's own buttons only (light DOM; Playwright locators would pierce our shadow root).
      [...document.querySelectorAll('form button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return top !== b && !b.contains(top);
        })
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    );
    expect(covered).toEqual([]);

    // Hover shows the range and the reasons; focus by keyboard works without the chip taking focus itself.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await chip(page).hover();
    const details = chip(page).locator('[role="tooltip"]');
    await details.waitFor({ state: 'visible' });
    expect(await details.innerText()).toMatch(/Range: [\d.]+–[\d.]+ credits/);
    // The reason names what was recognised, in words a person would write.
    expect(await details.innerText()).toContain('user authentication');
  });

  it('Discuss mode → 0.3, and back', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    await typePrompt(page, MODULE, 'module');
    await page.getByRole('button', { name: 'Discuss', exact: true }).click();
    await expect.poll(() => chip(page).getAttribute('data-credits')).toBe('0.3');
    expect(await chip(page).getAttribute('data-scope')).toBe('discuss');
    expect(await chip(page).innerText()).toContain('≈ 0.3 credits');
    await page.getByRole('button', { name: 'Discuss', exact: true }).click();
    await expect.poll(() => chip(page).getAttribute('data-scope')).toBe('module');
  });

  it('works with a contenteditable composer', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder({ composer: 'contenteditable' });
    await chip(page).waitFor({ state: 'attached' });
    await typePrompt(page, SIMPLE, 'simple');
    await typePrompt(page, MODULE, 'module');
    expect(await chip(page).count()).toBe(1);

    // Readable in the builder's dark theme: the chip follows the page's `dark` class.
    const colours = () =>
      chip(page).evaluate((el) => {
        const c = getComputedStyle(el.shadowRoot!.querySelector('.chip')!);
        return { fg: c.color, bg: c.backgroundColor };
      });
    const light = await colours();
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await expect.poll(() => chip(page).getAttribute('data-theme')).toBe('dark');
    const dark = await colours();
    expect(dark.bg).not.toBe(light.bg);
    expect(dark.fg).not.toBe(light.fg);
  });

  it('keeps exactly one chip across app → app → home → app navigation and re-renders', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    await chip(page).waitFor({ state: 'attached' });

    const links = page.locator('header nav a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const second = hrefs.find((h) => h?.includes(SECOND_APP_ID));
    expect(second).toBeTruthy();

    const steps: string[] = [second!, '/', `/apps/${DEFAULT_APP_ID}/editor/preview`];
    for (const href of steps) {
      const before = await page.locator('form').elementHandle();
      await page.locator(`header nav a[href="${href}"]`).click();
      // The page rebuilt its composer: the old form is gone and the new one has a chip.
      await expect.poll(() => before!.evaluate((f) => f.isConnected)).toBe(false);
      await expect.poll(() => page.locator(`form ${CHIP}`).count()).toBe(1);
      expect(await chip(page).count()).toBe(1);
    }

    // On the home page's new-app box too (no Discuss toggle there).
    await page.locator('header nav a[href="/"]').click();
    await expect.poll(() => page.locator(`form ${CHIP}`).count()).toBe(1);
    await typePrompt(page, SIMPLE, 'simple');

    // A composer replaced in place (as a React remount would) gets a chip, and only one.
    await page.locator(`header nav a[href="/apps/${DEFAULT_APP_ID}/editor/preview"]`).click();
    await expect.poll(() => page.locator(`form ${CHIP}`).count()).toBe(1);
    await page.evaluate(() => {
      const form = document.querySelector('form')!;
      const clone = form.cloneNode(true) as HTMLFormElement;
      clone.querySelectorAll('[data-testid="credit-estimate"]').forEach((c) => c.remove());
      form.replaceWith(clone);
    });
    await expect.poll(() => page.locator(`form ${CHIP}`).count()).toBe(1);
    expect(await chip(page).count()).toBe(1);
    // Switching editor tabs rebuilds the chat column as well.
    await page.getByRole('link', { name: 'Code' }).click();
    await expect.poll(() => page.locator('[data-pane="workspace/code"]').count()).toBe(1);
    await expect.poll(() => page.locator(`form ${CHIP}`).count()).toBe(1);
    expect(await chip(page).count()).toBe(1);
  });
});

describe('warnings and the confirm guard', () => {
  it('near the daily cap: discuss is "near", a 1-credit prompt is "over"; cancel keeps the text, confirm sends', async () => {
    await e2e.sandbox.control.reset();
    await e2e.sandbox.control.setBalances({ dailyUsed: 4.5 });
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    // The background learns the balance from the builder's own traffic; the chip then shows it.
    await expect.poll(() => chip(page).innerText(), { timeout: 20_000 }).toContain('0.5 left today');

    const prompt = 'Add a search bar to filter the product list';
    await typePrompt(page, prompt, 'feature');
    await expect.poll(() => chip(page).getAttribute('data-state')).toBe('over');
    expect(await chip(page).innerText()).toContain('more than the 0.5 left today');

    // Enter is held for a confirmation; Cancel leaves the text and sends nothing.
    await composer(page).press('Enter');
    const confirm = page.getByTestId('send-confirm');
    await confirm.waitFor({ state: 'visible' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await composer(page).inputValue()).toBe(prompt);
    expect((await e2e.sandbox.control.state()).messages).toHaveLength(0);

    // The send button is guarded the same way; "Send anyway" goes through the builder's own send.
    await page.getByRole('button', { name: 'Send message' }).click();
    await confirm.waitFor({ state: 'visible' });
    expect((await e2e.sandbox.control.state()).messages).toHaveLength(0);
    await confirm.getByRole('button', { name: 'Send anyway' }).click();
    await expect
      .poll(async () => (await e2e.sandbox.control.state()).messages.map((m) => m.content))
      .toEqual([prompt]);
    await expect.poll(() => composer(page).inputValue()).toBe('');
  });

  it('a Discuss prompt near the cap is "near" and is not held', async () => {
    await e2e.sandbox.control.reset();
    await e2e.sandbox.control.setBalances({ dailyUsed: 4.5 });
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    await expect.poll(() => chip(page).innerText(), { timeout: 20_000 }).toContain('0.5 left today');
    await page.getByRole('button', { name: 'Discuss', exact: true }).click();
    await typePrompt(page, 'Why is the header slow?', 'discuss');
    await expect.poll(() => chip(page).getAttribute('data-state')).toBe('near');
    expect(await chip(page).innerText()).toContain('0.5 left today → ≈ 0.2 after');
    await composer(page).press('Enter');
    await expect
      .poll(async () => (await e2e.sandbox.control.state()).messages.map((m) => m.mode))
      .toEqual(['discuss']);
    expect(await page.getByTestId('send-confirm').isVisible()).toBe(false);
  });

  it('with "confirm before sending" off, an over-cap prompt is sent without asking', async () => {
    await e2e.sandbox.control.reset();
    await e2e.sandbox.control.setBalances({ dailyUsed: 4.5 });
    e2e.harness = await e2e.launch();
    const ext = await openExtPage();
    await ext.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), confirmBeforeSend: false } });
    });
    const page = await e2e.harness.openBuilder();
    await expect.poll(() => chip(page).innerText(), { timeout: 20_000 }).toContain('0.5 left today');
    await typePrompt(page, 'Add a search bar to filter the product list', 'feature');
    await expect.poll(() => chip(page).getAttribute('data-state')).toBe('over');
    await composer(page).press('Enter');
    await expect.poll(async () => (await e2e.sandbox.control.state()).messages).toHaveLength(1);
  });
});

describe('recording and health', () => {
  it('a send creates one ledger entry with the estimate, mode and app id', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    await typePrompt(page, MODULE, 'module');
    const estimated = Number(await chip(page).getAttribute('data-credits'));
    await composer(page).press('Enter');
    await expect.poll(async () => (await e2e.sandbox.control.state()).messages).toHaveLength(1);

    const ext = await openExtPage();
    await expect.poll(async () => (await readLedger(ext)).length, { timeout: 15_000 }).toBe(1);
    // Wait past the UI fallback window: still exactly one entry.
    await page.waitForTimeout(2500);
    const rows = await readLedger(ext);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      appId: DEFAULT_APP_ID,
      mode: 'build',
      estimate: estimated,
      scope: 'module',
    });
  });

  it('a missing composer on an editor route is reported as pageChanged, and cleared when it returns', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const page = await e2e.harness.openBuilder();
    await chip(page).waitFor({ state: 'attached' });
    await page.evaluate(() => document.querySelector('form')!.remove());
    const ext = await openExtPage();
    type S = { status: { kind: string } };
    await expect
      .poll(async () => (await ask<S>(ext, 'getSummary', {})).status.kind, { timeout: 20_000 })
      .toBe('pageChanged');
    // The page comes back (navigation re-renders the composer): the report is withdrawn.
    await page.getByRole('link', { name: 'Code' }).click();
    await expect.poll(() => page.locator(`form ${CHIP}`).count()).toBe(1);
    await expect
      .poll(async () => (await ask<S>(ext, 'getSummary', {})).status.kind, { timeout: 20_000 })
      .not.toBe('pageChanged');
  });
});
