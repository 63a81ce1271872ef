/**
 * The popup against the simulated Base44: numbers equal the sandbox's (Free and a paid plan), and
 * the reset date and countdown are right in two time zones.
 */
import { e2eSession } from './support/session';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { poolAttrs } from './popup-helpers';
import { countdownText, formatDateTime } from '../../lib/ui/time';

const e2e = e2eSession();

/** Wait until the popup shows the message pool with exactly `used` (the builder page's numbers flowed). */
async function waitForUsed(popup: Page, used: number): Promise<void> {
  await popup.locator(`[data-testid="pool-message"][data-used="${used}"]`).waitFor({ timeout: 20_000 });
}

describe('popup numbers equal the sandbox', () => {
  it('on the Free plan, with the daily cap', async () => {
    await e2e.sandbox.control.reset();
    await e2e.sandbox.control.setBalances({ messageUsed: 7, integrationUsed: 12, dailyUsed: 2 });
    e2e.harness = await e2e.launch();
    await e2e.harness.openBuilder();
    const popup = await e2e.harness.openPopup();
    await waitForUsed(popup, 7);
    const state = await e2e.sandbox.control.state();

    expect(await poolAttrs(popup, 'pool-message')).toEqual(state.message);
    expect(await poolAttrs(popup, 'pool-integration')).toEqual(state.integration);
    expect(state.daily).not.toBeNull();
    const cap = popup.getByTestId('daily-cap');
    expect(Number(await cap.getAttribute('data-used'))).toBe(state.daily!.used);
    expect(Number(await cap.getAttribute('data-limit'))).toBe(state.daily!.limit);
    await expect.poll(() => popup.getByTestId('status').getAttribute('data-status')).toBe('ok');
    // What a person reads matches the attributes.
    await expect
      .poll(() => popup.getByTestId('pool-message').innerText())
      .toContain(`7 of ${state.message.limit} used`);
  });

  it('on a paid plan, and it follows a change while open', async () => {
    await e2e.sandbox.control.reset();
    await e2e.sandbox.control.setPlan('pro');
    await e2e.sandbox.control.setBalances({ messageUsed: 123, integrationUsed: 4567 });
    e2e.harness = await e2e.launch();
    const builder = await e2e.harness.openBuilder();
    const popup = await e2e.harness.openPopup();
    await waitForUsed(popup, 123);
    let state = await e2e.sandbox.control.state();
    expect(state.plan).toBe('pro');
    expect(await poolAttrs(popup, 'pool-message')).toEqual(state.message);
    expect(await poolAttrs(popup, 'pool-integration')).toEqual(state.integration);
    expect(await popup.getByTestId('daily-cap').count()).toBe(state.daily ? 1 : 0);
    await expect.poll(() => popup.getByTestId('reading-info').innerText()).toMatch(/Pro/);

    // New numbers reach the open popup through the live queries (no reopen).
    await e2e.sandbox.control.setBalances({ messageUsed: 130 });
    await builder.reload();
    await waitForUsed(popup, 130);
    state = await e2e.sandbox.control.state();
    expect(await poolAttrs(popup, 'pool-message')).toEqual(state.message);
  });
});

describe('next reset in the person’s time zone', () => {
  it.each(['America/Los_Angeles', 'Asia/Tokyo'])('%s', async (tz) => {
    await e2e.sandbox.control.reset();
    await e2e.sandbox.control.setPlan('builder');
    await e2e.sandbox.control.setBalances({ messageUsed: 10 });
    e2e.harness = await e2e.launch({ tz });
    await e2e.harness.openBuilder();
    const popup = await e2e.harness.openPopup();
    await waitForUsed(popup, 10);
    const state = await e2e.sandbox.control.state();

    const reset = popup.getByTestId('next-reset');
    await expect.poll(() => reset.getAttribute('data-at')).toBe(String(state.periodEnd));
    const at = state.periodEnd;
    const zone = await popup.evaluate(() => ({
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: navigator.language,
    }));
    expect(zone.timeZone).toBe(tz);
    // The local date/time is the reset instant in this zone.
    expect(await popup.getByTestId('next-reset-local').innerText()).toBe(formatDateTime(at, zone));
    // The countdown is measured from the browser's clock; accept the value at either side of the read.
    const before = Date.now();
    const shown = await popup.getByTestId('next-reset-countdown').innerText();
    const after = Date.now();
    expect([countdownText(at, before), countdownText(at, after)]).toContain(shown);
  });
});
