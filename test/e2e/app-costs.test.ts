/**
 * The first "beyond the meter" views, in real Chromium with the built extension against the
 * simulated Base44: the popup's session and per-app figures after prompts on two apps, and the
 * chip's budget warning under a daily budget set on the options page.
 */
import { describe, expect, it } from 'vitest';
import { rowCredits } from '../../lib/credits/row-credits';
import type { LedgerRow } from '../../lib/db/rows';
import { DEFAULT_APP_ID, SECOND_APP_ID } from './harness';
import { CHIP, composer, send, waitForTurns } from './support/builder';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

const sum = (rows: LedgerRow[]) => rows.reduce((n, r) => n + rowCredits(r), 0);

describe('where the credits went', () => {
  it('a session across two apps: the popup shows the last app’s session and each app’s cycle', async () => {
    const { control } = e2e.sandbox;
    await control.setPlan('pro');
    const h = await e2e.launch();
    const ext = await h.openExtensionPage('popup.html');
    const first = await h.openBuilder({ appId: DEFAULT_APP_ID });
    await first.bringToFront();
    await send(first, 'Change the button color to blue');
    await waitForTurns(ext, 1, (r) => r.actual !== null);
    await send(first, 'Make the header text bigger');
    await waitForTurns(ext, 2, (r) => r.actual !== null);
    await first.close();
    const second = await h.openBuilder({ appId: SECOND_APP_ID });
    await second.bringToFront();
    await send(second, 'Add a footer with a contact link');
    const rows = await waitForTurns(ext, 3, (r) => r.actual !== null);

    const mine = (app: string) => rows.filter((r) => r.appId === app);
    const popup = await h.openPopup();
    const session = popup.getByTestId('session-cost');
    await expect.poll(() => session.getAttribute('data-prompts'), { timeout: 10_000 }).toBe('1');
    expect(Number(await session.getAttribute('data-credits'))).toBeCloseTo(sum(mine(SECOND_APP_ID)), 3);

    const apps = (await control.state()).apps;
    for (const app of [DEFAULT_APP_ID, SECOND_APP_ID]) {
      const el = popup.locator(`[data-testid="app-cost"][data-app-id="${app}"]`);
      expect(Number(await el.getAttribute('data-credits'))).toBeCloseTo(sum(mine(app)), 3);
      const name = apps.find((a) => a.id === app)?.name;
      expect(name).toBeTruthy();
      expect(await el.innerText()).toContain(name!);
    }
    expect(await popup.getByTestId('app-cost').count()).toBe(2);
  });

  it('a daily budget of 0.5 makes a 1-credit draft warn about the budget', async () => {
    const h = await e2e.launch();
    const options = await h.openOptions();
    await options.getByTestId('save-settings').waitFor();
    await options.getByTestId('daily-budget').fill('0.5');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('save-result').innerText()).toMatch(/saved/i);
    const page = await h.openBuilder();
    await page.bringToFront();
    const input = composer(page);
    await input.click();
    await input.pressSequentially('Add a search bar to filter the product list', { delay: 0 });
    const chip = page.locator(CHIP);
    await expect.poll(() => chip.getAttribute('data-credits'), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => chip.getAttribute('data-warning')).toBe('budget');
    expect(await chip.evaluate((c) => c.shadowRoot?.textContent ?? '')).toContain('Daily budget');
    // Enter asks first: the draft goes past what the budget has left.
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('send-confirm').isVisible()).toBe(true);
    expect(await page.getByTestId('send-confirm').innerText()).toContain('daily budget');
  });
});
