/**
 * Self-tests of the e2e harness and the simulated Base44: the real extension in Debian's Chromium,
 * the builder page reached as https://app.base44.com, and the sandbox's APIs, faults and clock.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEFAULT_API_KEY,
  DEFAULT_APP_ID,
  DEFAULT_WORKSPACE_ID,
  SECOND_APP_ID,
  launchExtension,
  startSandbox,
  type Harness,
  type Sandbox,
} from './harness';

let sandbox: Sandbox;
let harness: Harness;

beforeAll(async () => {
  sandbox = await startSandbox();
  harness = await launchExtension(sandbox);
});
afterAll(async () => {
  await harness?.close();
  await sandbox?.stop();
});
beforeEach(async () => {
  await sandbox.control.reset();
  for (const p of harness.context.pages().slice(1)) await p.close();
});

const analyticsPath = `/api/v1/monitoring/analytics/${DEFAULT_WORKSPACE_ID}?from=2026-01-01&to=2026-12-31`;
const composer = (page: Page) => page.locator('textarea, [contenteditable="true"]').first();
const sendButton = (page: Page) => page.locator('button[aria-label="Send message"]');
const messages = (page: Page) => page.locator('[id^="message-"]');

/** Types a prompt, sends it with Enter and waits for the AI reply (or an error line). */
async function sendPrompt(page: Page, text: string): Promise<void> {
  const outcomes = '[id^="message-"], [role="alert"]';
  const before = await page.locator(outcomes).count();
  await composer(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  // The user's message, then the reply or an error line.
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= n, [
    outcomes,
    before + 2,
  ] as const);
}

describe('browser and extension', () => {
  it('finds the extension id and loads its popup', async () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await harness.openPopup();
    expect(popup.url()).toBe(`chrome-extension://${harness.extensionId}/popup.html`);
    await popup.locator('#root > *').first().waitFor();
    expect(await popup.title()).not.toBe('');
  });

  it('stops the service worker and wakes a fresh one', async () => {
    const before = await harness.worker();
    await before.evaluate(() => {
      (globalThis as { __harnessMark?: number }).__harnessMark = 1;
    });
    await harness.stopServiceWorker();
    const after = await harness.worker();
    // A restarted worker is a new global scope: the mark is gone.
    expect(await after.evaluate(() => typeof (globalThis as { __harnessMark?: number }).__harnessMark)).toBe(
      'undefined',
    );
    expect(after.url()).toBe(`chrome-extension://${harness.extensionId}/background.js`);

    // Closing every tab (including the harness's anchor tab) does not lose control of the worker.
    for (const p of harness.context.pages()) await p.close();
    await harness.stopServiceWorker();
    await (
      await harness.worker()
    ).evaluate(() => {
      (globalThis as { __harnessMark?: number }).__harnessMark = 2;
    });
    await harness.stopServiceWorker();
    const third = await harness.worker();
    expect(await third.evaluate(() => typeof (globalThis as { __harnessMark?: number }).__harnessMark)).toBe(
      'undefined',
    );
  });
});

describe('launch options', () => {
  it('applies the tz option to extension pages and the service worker', async () => {
    const tokyo = await launchExtension(sandbox, { tz: 'Asia/Tokyo' });
    try {
      const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
      const popup = await tokyo.openPopup();
      expect(await popup.evaluate(zone)).toBe('Asia/Tokyo');
      expect(await (await tokyo.worker()).evaluate(zone)).toBe('Asia/Tokyo');
    } finally {
      await tokyo.close();
    }
  });

  it('fails clearly, with the install command, when Chromium is missing', async () => {
    const saved = process.env.CREDIT_METER_CHROMIUM;
    process.env.CREDIT_METER_CHROMIUM = '/nonexistent/chromium';
    try {
      await expect(launchExtension(sandbox)).rejects.toThrow(/apt-get install -y chromium/);
    } finally {
      if (saved === undefined) delete process.env.CREDIT_METER_CHROMIUM;
      else process.env.CREDIT_METER_CHROMIUM = saved;
    }
  });
});

describe('builder page', () => {
  it('is served as https://app.base44.com with a textarea composer', async () => {
    const page = await harness.openBuilder();
    expect(page.url()).toBe(`https://app.base44.com/apps/${DEFAULT_APP_ID}/editor/preview`);
    await expect(page.locator('textarea').getAttribute('placeholder')).resolves.toBe(
      'What would you like to change?',
    );
    expect(await sendButton(page).getAttribute('title')).toBe('Send message');
    expect(await sendButton(page).isDisabled()).toBe(true);
    await page.locator('textarea').fill('x');
    expect(await sendButton(page).isDisabled()).toBe(false);
    const state = await sandbox.control.state();
    const paths = state.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        `GET /apps/${DEFAULT_APP_ID}/editor/preview`,
        'GET /api/auth/me',
        'GET /api/workspace/workspaces',
        `GET /api/workspace/${DEFAULT_WORKSPACE_ID}/credit-balance`,
      ]),
    );
  });

  it('offers a contenteditable composer by query parameter and by control setting', async () => {
    const byQuery = await harness.openBuilder({ composer: 'contenteditable' });
    const editable = byQuery.locator('[contenteditable="true"]');
    expect(await editable.getAttribute('aria-placeholder')).toBe('What would you like to change?');
    expect(await byQuery.locator('textarea').count()).toBe(0);

    await sandbox.control.setComposer('contenteditable');
    const bySetting = await harness.openBuilder();
    expect(await bySetting.locator('[contenteditable="true"]').count()).toBe(1);
  });

  it('sends a prompt that the sandbox charges, and shows its cost under More Actions', async () => {
    const page = await harness.openBuilder({ composer: 'contenteditable' });
    await sendPrompt(page, 'make the title bold');
    const state = await sandbox.control.state();
    expect(state.messages).toHaveLength(1);
    const sent = state.messages[0]!;
    expect(sent).toMatchObject({ appId: DEFAULT_APP_ID, content: 'make the title bold', mode: 'build' });
    // A simple change: 0.5 ± 20 %.
    expect(sent.cost).toBeGreaterThanOrEqual(0.4);
    expect(sent.cost).toBeLessThanOrEqual(0.6);
    expect(state.message.used).toBe(sent.cost);
    expect(state.daily).toEqual({ used: sent.cost, limit: 5 });

    const reply = messages(page).nth(1);
    await reply.getByRole('button', { name: 'More Actions' }).click();
    await expect(reply.getByText(/Credits Used:/).innerText()).resolves.toBe(`Credits Used: ${sent.cost}`);
    expect(await messages(page).nth(0).locator('.justify-end').count()).toBe(1);
    // The logo menu's balance was refreshed after the reply.
    await page.locator('header button[aria-haspopup="menu"]').click();
    await page.getByText(`${25 - sent.cost} credits left`).waitFor();
  });

  it('switches to Discuss mode (new placeholder, 0.3 a message) and back', async () => {
    const page = await harness.openBuilder();
    const toggle = page.getByRole('button', { name: 'Discuss' });
    expect(await toggle.getAttribute('data-state')).toBe('off');
    await toggle.click();
    expect(await toggle.getAttribute('data-state')).toBe('on');
    expect(await page.locator('textarea').getAttribute('placeholder')).toBe(
      'What would you like to discuss?',
    );
    await page.locator('textarea').fill('how should I structure the data?');
    await sendButton(page).click();
    await messages(page).nth(1).waitFor();

    await toggle.click();
    expect(await page.locator('textarea').getAttribute('placeholder')).toBe('What would you like to change?');
    await sandbox.control.setNextCost(2.5);
    await sendPrompt(page, 'rebuild the whole app for mobile');
    const state = await sandbox.control.state();
    expect(state.messages.map((m) => [m.mode, m.cost])).toEqual([
      ['discuss', 0.3],
      ['build', 2.5],
    ]);
    expect(state.message.used).toBe(2.8);
  });

  it('refuses a prompt when the daily cap is used up, and the page says so', async () => {
    const page = await harness.openBuilder();
    // Used up after the page (and the extension) read the balance: the sandbox itself must refuse.
    await sandbox.control.setBalances({ dailyUsed: 5 });
    await sendPrompt(page, 'add a contact form');
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/daily limit of 5/);
    expect((await sandbox.control.state()).messages).toEqual([]);
  });

  it('navigates between apps without a reload and remounts the composer', async () => {
    const page = await harness.openBuilder();
    await page.evaluate(() => {
      (window as { __noReload?: boolean }).__noReload = true;
    });
    const oldComposer = await composer(page).elementHandle();
    await page.getByRole('link', { name: 'Recipe Box' }).click();
    await page.waitForURL(`https://app.base44.com/apps/${SECOND_APP_ID}/editor/preview`);
    expect(await page.evaluate(() => (window as { __noReload?: boolean }).__noReload)).toBe(true);
    expect(await oldComposer!.evaluate((e) => e.isConnected)).toBe(false);
    await composer(page).waitFor();
    await page.getByRole('link', { name: 'Code' }).click();
    await page.waitForURL(`https://app.base44.com/apps/${SECOND_APP_ID}/editor/workspace/code`);
    await page.goBack();
    await page.waitForURL(`https://app.base44.com/apps/${SECOND_APP_ID}/editor/preview`);
    expect(await page.evaluate(() => (window as { __noReload?: boolean }).__noReload)).toBe(true);
    const pageLoads = (await sandbox.control.state()).requests.filter((r) => r.path.startsWith('/apps/'));
    expect(pageLoads).toHaveLength(1);
  });

  it("sends a new-app prompt from the home page's box into a new app's chat", async () => {
    const page = await harness.openBuilder({ path: '/' });
    expect(await page.locator('textarea').getAttribute('placeholder')).toBe(
      'Describe the app you want to create...',
    );
    await sendPrompt(page, 'A habit tracker with streaks');
    expect(page.url()).toMatch(/^https:\/\/app\.base44\.com\/apps\/[0-9a-f]{24}\/editor\/preview$/);
    const appId = page.url().split('/')[4];
    const state = await sandbox.control.state();
    expect(state.messages).toEqual([
      { appId, content: 'A habit tracker with streaks', cost: expect.any(Number), mode: 'build' },
    ]);
    expect(appId).not.toBe(DEFAULT_APP_ID);
  });

  it('shows a clear error line when the chat endpoint fails', async () => {
    await sandbox.control.fault({ endpoint: 'chat', body: 'html', status: 502, times: 1 });
    const page = await harness.openBuilder();
    await sendPrompt(page, 'rename the app');
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/HTTP 502/);
    await sendPrompt(page, 'rename the app');
    expect((await sandbox.control.state()).messages).toHaveLength(1);
  });
});

describe('Monitoring API and faults (from Node)', () => {
  // The Monitoring API answers Enterprise workspaces only (docs); workspace A is made one here.
  beforeEach(() => sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true));
  const get = (key?: string, path = analyticsPath) =>
    sandbox.request(path, { headers: key === undefined ? {} : { api_key: key } });

  it('answers 200 with the canonical credit_pool for the right key, 401 for a bad key, 404 for an unknown workspace', async () => {
    await sandbox.control.setPlan('pro');
    await sandbox.control.setBalances({ messageUsed: 120.5, integrationUsed: 300 });
    const ok = await get(DEFAULT_API_KEY);
    expect(ok.status).toBe(200);
    const body = JSON.parse(ok.text) as Record<string, Record<string, unknown>>;
    expect(body.credit_pool).toMatchObject({
      tier: 'pro',
      messages: { limit: 500, used: 120.5, remaining: 379.5 },
      integration: { limit: 20000, used: 300, remaining: 19700 },
      daily_message_limit: null,
    });
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['summary', 'credit_pool', 'member_allocations', 'credits']),
    );
    expect((await get('wrong-key')).status).toBe(401);
    expect((await get()).status).toBe(401);
    expect((await get(DEFAULT_API_KEY, '/api/v1/monitoring/analytics/000000000000000000000000')).status).toBe(
      404,
    );
    expect((await sandbox.request('/api/v1/monitoring/health')).status).toBe(200);
  });

  it('rate-limits past 50 requests a minute with Retry-After, and refills on the sandbox clock', async () => {
    // The bucket refills on the sandbox clock: frozen, exactly 50 of 60 get through.
    await sandbox.control.setClock({ freeze: true });
    const burst = await Promise.all(Array.from({ length: 60 }, () => get(DEFAULT_API_KEY)));
    const ok = burst.filter((r) => r.status === 200);
    const limited = burst.filter((r) => r.status === 429);
    expect(ok.length).toBe(50);
    expect(limited.length).toBe(10);
    for (const r of limited) expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another key has its own bucket.
    await sandbox.control.setApiKey('second-key');
    expect((await get('second-key')).status).toBe(200);
    await sandbox.control.setApiKey(DEFAULT_API_KEY);
    expect((await get(DEFAULT_API_KEY)).status).toBe(429);
    await sandbox.control.setClock({ advanceMs: 60_000 });
    expect((await get(DEFAULT_API_KEY)).status).toBe(200);
  });

  it('injects malformed JSON, an HTML page and a status, for a set number of requests', async () => {
    await sandbox.control.fault({ endpoint: 'monitoring', body: 'malformed', times: 1 });
    const broken = await get(DEFAULT_API_KEY);
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.text)).toThrow();
    const healed = (await get(DEFAULT_API_KEY)).text;
    expect(() => JSON.parse(healed)).not.toThrow();

    await sandbox.control.fault({ endpoint: 'health', body: 'html', times: 1 });
    const html = await sandbox.request('/api/v1/monitoring/health');
    expect([html.status, String(html.headers['content-type'])]).toEqual([502, 'text/html; charset=utf-8']);

    await sandbox.control.fault({ endpoint: 'monitoring', status: 503, retryAfter: 7 });
    for (let i = 0; i < 2; i++) {
      const r = await get(DEFAULT_API_KEY);
      expect([r.status, r.headers['retry-after']]).toEqual([503, '7']);
    }
    await sandbox.control.clearFaults();
    expect((await get(DEFAULT_API_KEY)).status).toBe(200);
  });

  it('spells credit_pool in each variant', async () => {
    const pool = async () => JSON.parse((await get(DEFAULT_API_KEY)).text) as Record<string, unknown>;
    await sandbox.control.setVariant('camel');
    const camel = await pool();
    expect(camel.creditPool).toMatchObject({ messageCredits: { limit: 25 }, dailyMessageLimit: 5 });
    await sandbox.control.setVariant('totals');
    const totals = await pool();
    expect(totals.credit_pool).toMatchObject({ messages: { total: 25, usage: 0, available: 25 } });
    expect(totals.credit_pool).toHaveProperty('next_reset');
    await sandbox.control.setVariant('suffixed');
    expect((await pool()).credit_pool).toHaveProperty('message_credits.limit', 25);
    await sandbox.control.setVariant('singular');
    expect((await pool()).credit_pool).toHaveProperty('integrations.limit', 100);
  });

  it('computes the billing period from the anchor, clamping to short months, and resets on rollover', async () => {
    await sandbox.control.setPlan('starter');
    await sandbox.control.setAnchor({ day: 31, hour: 14, minute: 30 });
    await sandbox.control.setClock({ now: Date.UTC(2027, 1, 10, 12) }); // 10 Feb 2027
    await sandbox.control.setBalances({ messageUsed: 40 });
    const feb = await sandbox.control.state();
    expect([new Date(feb.periodStart).toISOString(), new Date(feb.periodEnd).toISOString()]).toEqual([
      '2027-01-31T14:30:00.000Z',
      '2027-02-28T14:30:00.000Z',
    ]);
    expect(feb.daily).toBeNull();
    await sandbox.control.setClock({ now: Date.UTC(2027, 1, 28, 14, 31) });
    const march = await sandbox.control.state();
    expect(new Date(march.periodEnd).toISOString()).toBe('2027-03-31T14:30:00.000Z');
    expect(march.message.used).toBe(0);
  });

  it('states the cost in chat turns only while reportCost is on; 401s /me on a fault', async () => {
    const chat = () =>
      sandbox.request(`/api/apps/${DEFAULT_APP_ID}/chat/message`, {
        method: 'POST',
        headers: { authorization: 'Bearer sandbox-session-token', 'content-type': 'application/json' },
        body: JSON.stringify({
          content: 'change the font',
          role: 'user',
          additional_message_params: { mode: 'build' },
        }),
      });
    // Off by default (no per-prompt cost field has been seen); the invented field is switched on here.
    await sandbox.control.setReportCost(true);
    await sandbox.control.setNextCost(0.7);
    expect(JSON.parse((await chat()).text)).toMatchObject({ status: { state: 'ready' }, credits_used: 0.7 });
    await sandbox.control.setReportCost(false);
    await sandbox.control.setNextCost(0.9);
    expect(JSON.parse((await chat()).text)).not.toHaveProperty('credits_used');
    expect((await sandbox.control.state()).message.used).toBe(1.6);

    const me = () =>
      sandbox.request('/api/auth/me', { headers: { authorization: 'Bearer sandbox-session-token' } });
    expect((await me()).status).toBe(200);
    await sandbox.control.fault({ endpoint: 'me', status: 401, times: 1 });
    expect((await me()).status).toBe(401);
    expect((await me()).status).toBe(200);
  });

  it('clears the free daily use at UTC midnight', async () => {
    const lateEvening = Date.UTC(2027, 4, 10, 23, 59);
    await sandbox.control.setClock({ now: lateEvening, freeze: true });
    await sandbox.control.setBalances({ dailyUsed: 5, messageUsed: 12 });
    const before = await sandbox.control.state();
    expect([before.now, before.daily]).toEqual([lateEvening, { used: 5, limit: 5 }]);
    await sandbox.control.setClock({ advanceMs: 2 * 60_000 });
    const next = await sandbox.control.state();
    expect([next.now, next.daily]).toEqual([lateEvening + 2 * 60_000, { used: 0, limit: 5 }]);
    expect(next.message.used).toBe(12);
  });

  it('paywalls a turn when the message pool is empty; refuses with 402 when the integration pool is', async () => {
    await sandbox.control.setBalances({ messageUsed: 25 });
    const r = await sandbox.request(`/api/apps/${DEFAULT_APP_ID}/chat/message`, {
      method: 'POST',
      headers: { authorization: 'Bearer sandbox-session-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        content: 'add a page',
        role: 'user',
        additional_message_params: { mode: 'build' },
      }),
    });
    // send.ts: a paywalled turn is answered 2xx with status.error_source "paywall", nothing charged.
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({ status: { state: 'error', error_source: 'paywall' } });
    expect((await sandbox.control.state()).message.used).toBe(25);

    // The built app spends the integration pool (2 for a custom-domain email) until it is empty.
    await sandbox.control.setBalances({ integrationLimit: 3 });
    const invoke = (kind: string) =>
      sandbox.request(`/api/apps/${DEFAULT_APP_ID}/integrations/${kind}`, {
        method: 'POST',
        headers: { authorization: 'Bearer sandbox-session-token' },
      });
    expect([(await invoke('llm')).status, (await invoke('email_custom_domain')).status]).toEqual([200, 200]);
    expect((await sandbox.control.state()).integration).toEqual({ limit: 3, used: 3, remaining: 0 });
    expect((await invoke('llm')).status).toBe(402);

    const unauth = await sandbox.request('/api/auth/me');
    expect(unauth.status).toBe(401);
  });
});
