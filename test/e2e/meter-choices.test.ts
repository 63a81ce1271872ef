/**
 * Beyond every meter, in real Chromium with the built extension against the simulated Base44: the
 * stop-loss for fix loops (and its off switch), a per-app budget set in the popup, the badge's
 * modes, a compact or hidden chip, and credits shown in money.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BADGE_COLORS, compactNumber } from '../../lib/background/badge-model';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { ask, hex, readBadge } from './balance-helpers';
import { DEFAULT_API_KEY, DEFAULT_APP_ID, DEFAULT_WORKSPACE_ID, SECOND_APP_ID } from './harness';
import { CHIP, composer, send, waitForTurns } from './support/builder';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

/** Write the settings as the options page would (tests that are not about the form). */
async function writeSettings(ext: Page, patch: Partial<Settings>): Promise<void> {
  await ext.evaluate(
    async (settings) => {
      type Area = { set(v: object): Promise<void> };
      await (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local.set({
        settings,
      });
    },
    { ...DEFAULT_SETTINGS, ...patch },
  );
}

async function typeDraft(page: Page, text: string): Promise<void> {
  const input = composer(page);
  await input.click();
  await input.fill('');
  await input.pressSequentially(text, { delay: 0 });
}

const shadowText = (page: Page) => page.locator(CHIP).evaluate((c) => c.shadowRoot?.textContent ?? '');

async function saveOptions(options: Page): Promise<void> {
  await options.getByTestId('save-settings').click();
  await expect.poll(() => options.getByTestId('save-result').innerText()).toMatch(/saved/i);
}

describe('stop-loss for fix loops', () => {
  it('three fixes in a row make the next fix warn, with Base44’s advice; the off switch silences it', async () => {
    const h = await e2e.launch();
    const ext = await h.openExtensionPage('popup.html');
    const page = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await page.bringToFront();
    const fixes = [
      'The login button is broken, please fix it',
      'Still broken: clicking login does nothing',
      'Fix the error on the login page',
    ];
    for (const [i, text] of fixes.entries()) {
      await send(page, text);
      await waitForTurns(ext, i + 1, (r) => r.actual !== null);
    }
    const rows = await waitForTurns(ext, 3, (r) => r.actual !== null);
    expect(rows.map((r) => r.fix)).toEqual([true, true, true]);

    await page.bringToFront();
    await typeDraft(page, 'The login is still broken, fix it');
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-warning'), { timeout: 10_000 }).toBe('fix-loop');
    const details = await shadowText(page);
    expect(details).toContain('3 fix prompts in a row');
    expect(details).toContain('Discuss mode');
    expect(details).toContain('last version that worked');

    // New work on the same app does not warn.
    await typeDraft(page, 'Add a footer with a contact link');
    await expect.poll(() => chip.getAttribute('data-warning'), { timeout: 10_000 }).not.toBe('fix-loop');

    const options = await h.openOptions();
    await options.getByTestId('fix-loop-enabled').uncheck();
    await saveOptions(options);
    await page.bringToFront();
    await typeDraft(page, 'The login is still broken, fix it!');
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).not.toBe('0');
    await expect.poll(() => chip.getAttribute('data-warning'), { timeout: 10_000 }).toBe('');
  });

  it('a higher streak threshold from the options waits for more fixes', async () => {
    const h = await e2e.launch();
    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    await options.getByTestId('fix-loop-streak').fill('1');
    await options.getByTestId('fix-loop-credits').fill('100');
    await saveOptions(options);
    const ext = await h.openExtensionPage('popup.html');
    const page = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await page.bringToFront();
    await typeDraft(page, 'The login button is broken, please fix it');
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).not.toBe('0');
    expect(await chip.getAttribute('data-warning')).not.toBe('fix-loop');
    await composer(page).press('Enter');
    await waitForTurns(ext, 1, (r) => r.actual !== null);
    await page.bringToFront();
    await typeDraft(page, 'Still broken: clicking login does nothing');
    await expect.poll(() => chip.getAttribute('data-warning'), { timeout: 10_000 }).toBe('fix-loop');
  });
});

describe('advice before an expensive prompt', () => {
  it('a broad draft says why it costs more and how to spend less, and leaves the builder’s controls alone', async () => {
    const h = await e2e.launch();
    const page = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await page.bringToFront();
    const controls = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('form button, form [role="switch"]')].map((b) =>
          [
            b.getAttribute('aria-pressed'),
            b.getAttribute('aria-checked'),
            b.getAttribute('data-state'),
          ].join(),
        ),
      );
    await page.locator(CHIP).waitFor({ state: 'attached' });
    const before = await controls();
    const text = 'Redesign the whole app: new layout, colors and navigation on every page';
    await typeDraft(page, text);
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-scope'), { timeout: 10_000 }).toBe('broad');
    expect(await chip.getAttribute('data-warning')).toBe('expensive');
    const details = await shadowText(page);
    expect(details).toContain('A broad change costs more than most prompts');
    expect(details).toContain('split it into steps');
    expect(details).toContain('Discuss mode first');
    // Advice only: the draft, the mode and the builder's controls stay as the user left them.
    expect(await composer(page).inputValue()).toBe(text);
    expect(await controls()).toEqual(before);
  });
});

describe('budgets', () => {
  it('a per-app budget set in the popup warns on that app and the guard asks before sending', async () => {
    const h = await e2e.launch();
    const page = await h.openBuilder({ appId: SECOND_APP_ID });
    await page.bringToFront();
    await page.locator(CHIP).waitFor({ state: 'attached' });
    const popup = await h.openPopup();
    const prefs = popup.getByTestId('app-prefs');
    await expect.poll(() => prefs.getAttribute('data-app-id'), { timeout: 10_000 }).toBe(SECOND_APP_ID);
    await popup.getByTestId('app-budget').fill('0.5');
    await popup.getByTestId('save-app-prefs').click();
    await popup.getByTestId('app-prefs-result').waitFor();

    await page.bringToFront();
    await typeDraft(page, 'Add a search bar to filter the product list');
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => chip.getAttribute('data-warning')).toBe('budget');
    expect(await shadowText(page)).toContain('This app’s budget this cycle');
    await composer(page).press('Enter');
    await expect.poll(() => page.getByTestId('send-confirm').isVisible()).toBe(true);
    expect(await page.getByTestId('send-confirm').innerText()).toContain('this app’s budget');

    // Another app has no budget: no warning there.
    const other = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await other.bringToFront();
    await typeDraft(other, 'Add a search bar to filter the product list');
    await expect.poll(() => other.locator(CHIP).getAttribute('data-credits'), { timeout: 10_000 }).toBe('1');
    expect(await other.locator(CHIP).getAttribute('data-warning')).not.toBe('budget');
  });
});

describe('your meter, your way', () => {
  it('the badge: grey while estimated, then remaining, percent used, nothing, or another pool', async () => {
    await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    await e2e.sandbox.control.setPlan('pro');
    await e2e.sandbox.control.setBalances({ messageUsed: 100, integrationUsed: 250 });
    const h = await e2e.launch();
    const ext = await h.openExtensionPage('manifest.json');
    await expect
      .poll(async () => (await readBadge(ext)).color, { timeout: 10_000 })
      .toEqual(hex(BADGE_COLORS.estimated));

    await ask(ext, 'setCredentials', { apiKey: DEFAULT_API_KEY, workspaceId: DEFAULT_WORKSPACE_ID });
    expect(await readBadge(ext)).toEqual({ text: '400', color: hex(BADGE_COLORS.ok) });

    const base = { workspaceId: DEFAULT_WORKSPACE_ID };
    const display = (show: 'remaining' | 'percent' | 'none', pool: 'auto' | 'integration') => ({
      ...base,
      display: { badge: { show, pool }, chip: { display: 'full' as const, perApp: {} } },
    });
    await writeSettings(ext, display('percent', 'auto'));
    await expect.poll(async () => (await readBadge(ext)).text, { timeout: 10_000 }).toBe('20%');
    await writeSettings(ext, display('none', 'auto'));
    await expect.poll(async () => (await readBadge(ext)).text, { timeout: 10_000 }).toBe('');
    const integration = (await e2e.sandbox.control.state()).integration;
    await writeSettings(ext, display('remaining', 'integration'));
    await expect
      .poll(async () => (await readBadge(ext)).text, { timeout: 10_000 })
      .toBe(compactNumber(integration.limit - integration.used));
  });

  it('a compact chip shows the figure only; hidden on one app, it still asks before a send past the budget', async () => {
    const h = await e2e.launch();
    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    await options.getByTestId('chip-display').selectOption('compact');
    await options.getByTestId('daily-budget').fill('0.5');
    await saveOptions(options);

    const page = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await page.bringToFront();
    await typeDraft(page, 'Add a search bar to filter the product list');
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => chip.getAttribute('data-display')).toBe('compact');
    expect((await chip.innerText()).trim()).toBe('≈ 1 credit');
    expect(await chip.getAttribute('data-warning')).toBe('budget');

    const popup = await h.openPopup();
    const prefs = popup.getByTestId('app-prefs');
    await expect.poll(() => prefs.getAttribute('data-app-id'), { timeout: 10_000 }).toBe(DEFAULT_APP_ID);
    await popup.getByTestId('app-chip-display').selectOption('hidden');
    await popup.getByTestId('save-app-prefs').click();
    await popup.getByTestId('app-prefs-result').waitFor();

    await page.reload();
    await page.bringToFront();
    await typeDraft(page, 'Add a search bar to filter the product list');
    await expect.poll(() => chip.getAttribute('data-display'), { timeout: 10_000 }).toBe('hidden');
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).toBe('1');
    expect(await chip.evaluate((c) => getComputedStyle(c.shadowRoot!.querySelector('.chip')!).display)).toBe(
      'none',
    );
    await composer(page).press('Enter');
    await expect.poll(() => page.getByTestId('send-confirm').isVisible()).toBe(true);
  });

  it('with a top-up price the chip, the popup and the ledger show money beside credits', async () => {
    const h = await e2e.launch();
    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    await options.getByTestId('money-source').selectOption('topUp');
    await options.getByTestId('money-currency').fill('USD');
    await options.getByTestId('money-top-up-price').fill('16');
    await options.getByTestId('money-top-up-credits').fill('50');
    await expect.poll(() => options.getByTestId('money-example').innerText()).toContain('$0.32');
    await saveOptions(options);

    const ext = await h.openExtensionPage('popup.html');
    const page = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await page.bringToFront();
    await typeDraft(page, 'Add a search bar to filter the product list');
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).toBe('1');
    // The host's own text is the whole line (innerText would collapse the space at a slot's start).
    await expect.poll(async () => (await chip.textContent()) ?? '').toMatch(/^≈ 1 credit · ≈ \$0\.32 · /);
    await composer(page).press('Enter');
    const [row] = await waitForTurns(ext, 1, (r) => r.actual !== null);

    const popup = await h.openPopup();
    const session = popup.getByTestId('session-cost');
    await expect.poll(() => session.getAttribute('data-prompts'), { timeout: 10_000 }).toBe('1');
    const money = `$${(row!.actual! * 0.32).toFixed(2)}`;
    expect(await session.innerText()).toContain(money);
    expect(await popup.locator('[data-testid="app-cost"]').first().innerText()).toContain(money);

    const ledger = await h.openExtensionPage('ledger.html');
    await expect
      .poll(
        async () => (await ledger.getByTestId('row-money').allInnerTexts()).some((t) => t.includes(money)),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
  });
});
