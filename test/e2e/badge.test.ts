/**
 * The toolbar badge and notifications end to end: the number a builder cares most about,
 * coloured by the thresholds, and a notification once when a pool crosses 80 %.
 */
import { e2eSession } from './support/session';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID } from './harness';
import { ask, countRows, hex, readBadge } from './balance-helpers';
import { BADGE_COLORS } from '../../lib/background/badge-model';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

const e2e = e2eSession({ resetBeforeEach: true });
let ext: Page;

async function launch(): Promise<void> {
  // The Monitoring API answers Enterprise workspaces only (docs).
  await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
  e2e.harness = await e2e.launch();
  ext = await e2e.harness.openExtensionPage('manifest.json');
}

async function usedAndRefresh(messageUsed: number): Promise<void> {
  await e2e.sandbox.control.setBalances({ messageUsed });
  expect((await ask(ext, 'refreshNow', {})).kind).toBe('ok');
}

describe('badge', () => {
  it('shows the message pool remaining, green → amber → red at the thresholds', async () => {
    await e2e.sandbox.control.setPlan('pro');
    await e2e.sandbox.control.setBalances({ messageUsed: 100 });
    await launch();
    await ask(ext, 'setCredentials', { apiKey: DEFAULT_API_KEY, workspaceId: DEFAULT_WORKSPACE_ID });
    const limit = (await e2e.sandbox.control.state()).message.limit;
    expect(limit).toBe(500);
    expect(await readBadge(ext)).toEqual({ text: '400', color: hex(BADGE_COLORS.ok) });

    await usedAndRefresh(400); // 80 %
    expect(await readBadge(ext)).toEqual({ text: '100', color: hex(BADGE_COLORS.warn) });

    await usedAndRefresh(480); // 96 %
    expect(await readBadge(ext)).toEqual({ text: '20', color: hex(BADGE_COLORS.critical) });
  });

  it("on the Free plan shows today's remaining, from the builder page's numbers", async () => {
    await e2e.sandbox.control.setBalances({ messageUsed: 10, dailyUsed: 4.5 });
    await launch();
    await e2e.harness!.openBuilder();
    await expect.poll(async () => (await readBadge(ext)).text, { timeout: 20_000 }).toBe('0.5');
    expect((await readBadge(ext)).color).toEqual(hex(BADGE_COLORS.warn)); // 90 % of the day's 5
  });

  it('follows new thresholds from the settings at once', async () => {
    await e2e.sandbox.control.setPlan('pro');
    await e2e.sandbox.control.setBalances({ messageUsed: 300 }); // 60 %
    await launch();
    await ask(ext, 'setCredentials', { apiKey: DEFAULT_API_KEY, workspaceId: DEFAULT_WORKSPACE_ID });
    expect((await readBadge(ext)).color).toEqual(hex(BADGE_COLORS.ok));
    await ext.evaluate(
      async (settings) => {
        type Area = { set(v: object): Promise<void> };
        await (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local.set({
          settings,
        });
      },
      { ...DEFAULT_SETTINGS, workspaceId: DEFAULT_WORKSPACE_ID, thresholds: { warn: 50, critical: 90 } },
    );
    await expect
      .poll(async () => (await readBadge(ext)).color, { timeout: 10_000 })
      .toEqual(hex(BADGE_COLORS.warn));
  });

  it('shows `!` when Base44 changed its page', async () => {
    await launch();
    const builder = await e2e.harness!.openBuilder();
    // Remove the composer, as a Base44 redesign would; the content script reports it missing.
    await builder.evaluate(() => {
      for (const el of document.querySelectorAll('textarea, [contenteditable="true"]')) el.remove();
    });
    await expect.poll(async () => (await readBadge(ext)).text, { timeout: 20_000 }).toBe('!');
    expect((await ask(ext, 'getSummary', {})).status.kind).toBe('pageChanged');
  });
});

describe('notifications', () => {
  it('fire once when the message pool crosses 80 %', async () => {
    await e2e.sandbox.control.setPlan('pro');
    await e2e.sandbox.control.setBalances({ messageUsed: 300 });
    await launch();
    await ask(ext, 'setCredentials', { apiKey: DEFAULT_API_KEY, workspaceId: DEFAULT_WORKSPACE_ID });
    expect(await countRows(ext, 'events', 'notify:')).toBe(0);

    await usedAndRefresh(410); // 82 %
    expect(await countRows(ext, 'events', 'notify:threshold-80:message:')).toBe(1);
    await usedAndRefresh(420);
    await usedAndRefresh(430);
    expect(await countRows(ext, 'events', 'notify:threshold-80:message:')).toBe(1);
    expect(await countRows(ext, 'events', 'notify:')).toBe(1);
    // The one notification Chrome was asked to show (the icon and fields were accepted).
    const shown = await ext.evaluate(async () => {
      type N = { getAll(): Promise<Record<string, unknown>> };
      return Object.keys(
        await (globalThis as unknown as { chrome: { notifications: N } }).chrome.notifications.getAll(),
      );
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^notify:threshold-80:message:/);
  });
});
