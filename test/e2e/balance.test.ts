/**
 * Balance tracking end to end: the built extension in Chromium against the simulated Base44.
 * Numbers come from the builder page's own responses and from the Monitoring API; failures become
 * typed statuses; a service worker stopped mid-poll picks up where it left off.
 */
import { e2eSession } from './support/session';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID, SECOND_APP_ID, type Harness } from './harness';
import { analyticsRequests, ask, fire, readBadge } from './balance-helpers';
import { readLedger } from './popup-helpers';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

const e2e = e2eSession({ resetBeforeEach: true });
let ext: Page;

async function launch(): Promise<Harness> {
  e2e.harness = await e2e.launch();
  // A blank extension page to talk to the background from (no UI involved).
  ext = await e2e.harness.openExtensionPage('manifest.json');
  return e2e.harness;
}

async function connect(): Promise<void> {
  // The Monitoring API answers Enterprise workspaces only (docs).
  await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
  const r = await ask(ext, 'setCredentials', { apiKey: DEFAULT_API_KEY, workspaceId: DEFAULT_WORKSPACE_ID });
  expect(r).toMatchObject({ ok: true, status: 'ok' });
}

describe('balances reach the store', () => {
  it("from the builder page's own responses (no API key)", async () => {
    await e2e.sandbox.control.setBalances({ messageUsed: 7, integrationUsed: 12, dailyUsed: 2 });
    await launch();
    await e2e.harness!.openBuilder();
    await expect
      .poll(async () => (await ask(ext, 'getSummary', {})).source, { timeout: 20_000 })
      .toBe('page');
    const s = await ask(ext, 'getSummary', {});
    const state = await e2e.sandbox.control.state();
    expect(s.workspaceId).toBe(DEFAULT_WORKSPACE_ID);
    expect(s.tier).toBe('free');
    expect(s.message).toMatchObject(state.message);
    expect(s.integration).toMatchObject(state.integration);
    expect(s.daily).toMatchObject({ used: state.daily!.used, limit: state.daily!.limit });
    // The observer never called the Monitoring API, and nothing was stored but numbers.
    expect(await analyticsRequests(e2e.sandbox)).toBe(0);
  });

  it('from the page in every credit_pool spelling the e2e.sandbox serves', async () => {
    await e2e.sandbox.control.setPlan('builder');
    await launch();
    const builder = await e2e.harness!.openBuilder();
    const variants = ['canonical', 'singular', 'suffixed', 'camel', 'totals'] as const;
    for (const [i, variant] of variants.entries()) {
      await e2e.sandbox.control.setVariant(variant);
      await e2e.sandbox.control.setBalances({ messageUsed: 20 + i, integrationUsed: 300 + i });
      await builder.reload();
      await expect
        .poll(async () => (await ask(ext, 'getSummary', {})).message.used, { timeout: 15_000 })
        .toBe(20 + i);
      const s = await ask(ext, 'getSummary', {});
      expect(s.integration.used).toBe(300 + i);
      expect(s.source).toBe('page');
    }
  });

  it('from the Monitoring API after saving a key', async () => {
    await e2e.sandbox.control.setPlan('pro');
    await e2e.sandbox.control.setBalances({ messageUsed: 123, integrationUsed: 4567 });
    await launch();
    await connect();
    const s = await ask(ext, 'getSummary', {});
    const state = await e2e.sandbox.control.state();
    expect(s).toMatchObject({ source: 'api', workspaceId: DEFAULT_WORKSPACE_ID, status: { kind: 'ok' } });
    expect(s.message).toMatchObject(state.message);
    expect(s.integration).toMatchObject(state.integration);
    expect(s.nextReset).toBe(state.periodEnd);
    expect(await ask(ext, 'getCredentialsInfo', {})).toEqual({
      hasKey: true,
      last4: DEFAULT_API_KEY.slice(-4),
      workspaceId: DEFAULT_WORKSPACE_ID,
    });
  });
});

describe('failures become statuses', () => {
  it('401 → keyRejected, with `!` on the badge', async () => {
    await launch();
    const r = await ask(ext, 'setCredentials', { apiKey: 'not-the-key', workspaceId: DEFAULT_WORKSPACE_ID });
    expect(r).toMatchObject({ ok: false, status: 'keyRejected' });
    expect((await ask(ext, 'getSummary', {})).status.kind).toBe('keyRejected');
    expect((await readBadge(ext)).text).toBe('!');
    const test = await ask(ext, 'testConnection', {});
    expect(test.status).toBe('keyRejected');
  });

  it('429 → rateLimited; Retry-After is honoured before asking again', async () => {
    await launch();
    await connect();
    await e2e.sandbox.control.fault({ endpoint: 'monitoring', status: 429, retryAfter: 120, times: 1 });
    const before = await analyticsRequests(e2e.sandbox);
    const status = await ask(ext, 'refreshNow', {});
    expect(status.kind).toBe('rateLimited');
    expect(status.retryAt).toBeGreaterThan(Date.now() + 60_000);
    expect(await analyticsRequests(e2e.sandbox)).toBe(before + 1);
    // Asking again right away does not hit Base44.
    expect((await ask(ext, 'refreshNow', {})).kind).toBe('rateLimited');
    expect(await analyticsRequests(e2e.sandbox)).toBe(before + 1);
    // The last good numbers are still shown.
    expect((await ask(ext, 'getSummary', {})).source).toBe('api');
  });

  it('malformed JSON → the last good reading is kept and marked stale', async () => {
    await e2e.sandbox.control.setPlan('builder');
    await e2e.sandbox.control.setBalances({ messageUsed: 40 });
    await launch();
    await connect();
    await e2e.sandbox.control.setBalances({ messageUsed: 60 });
    await e2e.sandbox.control.fault({ endpoint: 'monitoring', body: 'malformed', times: 1 });
    expect((await ask(ext, 'refreshNow', {})).kind).toBe('stale');
    const s = await ask(ext, 'getSummary', {});
    expect(s.status.kind).toBe('stale');
    expect(s.message.used).toBe(40);
    // An HTML error page is treated the same way.
    await e2e.sandbox.control.fault({ endpoint: 'monitoring', body: 'html', status: 200, times: 1 });
    expect((await ask(ext, 'refreshNow', {})).kind).toBe('stale');
    expect((await ask(ext, 'getSummary', {})).message.used).toBe(40);
    // Once Base44 answers properly again, the new reading replaces it.
    expect((await ask(ext, 'refreshNow', {})).kind).toBe('ok');
    expect((await ask(ext, 'getSummary', {})).message.used).toBe(60);
  });

  it('service worker stopped mid-poll → resumes on the next start, data intact', async () => {
    await e2e.sandbox.control.setPlan('starter');
    await e2e.sandbox.control.setBalances({ messageUsed: 10 });
    await launch();
    await connect();
    await e2e.sandbox.control.setBalances({ messageUsed: 15 });
    await e2e.sandbox.control.fault({ endpoint: 'monitoring', delayMs: 4_000, times: 1 });
    const before = await analyticsRequests(e2e.sandbox);
    await fire(ext, 'refreshNow', {});
    await expect.poll(() => analyticsRequests(e2e.sandbox), { timeout: 5_000 }).toBe(before + 1);
    await e2e.harness!.stopServiceWorker();
    // Any message wakes the worker; at start-up it finds the poll cut off and runs it again.
    const woke = await ask(ext, 'getSummary', {});
    expect(woke.message.used).toBeGreaterThanOrEqual(10);
    await expect
      .poll(async () => (await ask(ext, 'getSummary', {})).message.used, { timeout: 15_000 })
      .toBe(15);
    const s = await ask(ext, 'getSummary', {});
    expect(s).toMatchObject({ source: 'api', status: { kind: 'ok' } });
    expect(await analyticsRequests(e2e.sandbox)).toBeGreaterThanOrEqual(before + 2);
  });
});

describe('the ledger', () => {
  it('two builder tabs sending at once → two ledger rows, no loss', async () => {
    await e2e.sandbox.control.setPlan('pro');
    // The cost field in the chat answer is invented (no such field has been seen): switched on here.
    await e2e.sandbox.control.setReportCost(true);
    await launch();
    // No confirmation dialog in the way of the two sends.
    await ext.evaluate(async (defaults) => {
      type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const c = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome;
      const { settings } = (await c.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      await c.storage.local.set({ settings: { ...defaults, ...(settings ?? {}), confirmBeforeSend: false } });
    }, DEFAULT_SETTINGS);
    // Two apps: a second message to a busy app would be queued (answered at once, with no cost).
    const [a, b] = [
      await e2e.harness!.openBuilder(),
      await e2e.harness!.openBuilder({ appId: SECOND_APP_ID }),
    ];
    const prompts = ['Add a contact form to the home page', 'Make the header sticky on mobile'];
    await Promise.all(
      [a, b].map(async (page, i) => {
        const box = page.locator('textarea, [contenteditable="true"]').first();
        await box.click();
        await box.pressSequentially(prompts[i]!);
      }),
    );
    await Promise.all([a, b].map((page) => page.locator('button[aria-label="Send message"]').click()));
    await expect
      .poll(async () => (await e2e.sandbox.control.state()).messages.length, { timeout: 15_000 })
      .toBe(2);
    await expect.poll(async () => (await readLedger(ext)).length, { timeout: 15_000 }).toBe(2);
    const rows = await readLedger(ext);
    expect(new Set(rows.map((r) => r.sendId)).size).toBe(2);
    expect(rows.map((r) => r.excerpt).sort()).toEqual([...prompts].sort());
    // The builder stated each prompt's cost in its reply; both rows get an actual.
    await expect
      .poll(async () => (await readLedger(ext)).every((r) => r.actual !== null), {
        timeout: 10_000,
      })
      .toBe(true);
    const charged = (await e2e.sandbox.control.state()).messages.map((m) => m.cost).sort();
    const actuals = (await readLedger(ext)).map((r) => r.actual).sort();
    expect(actuals).toEqual(charged);
  });
});
