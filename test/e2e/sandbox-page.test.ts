/**
 * The sandbox's builder page on its own, in plain Chromium without the extension: how it follows a
 * turn (polling or an event stream), the queued note, the paywall line, Stop, a parked question, a
 * new app from the home page, token refresh and sign-out, the balance shapes, and the event stream
 * it cancels (the server must see the close). Proves the simulation before the extension meets it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startSandbox, type Sandbox } from './harness';
import { chromiumArgs, requireChromium } from './support/chromium';
import { DEFAULT_APP_ID, DEFAULT_WORKSPACE_ID, TEAM_APP_ID, TEAM_WORKSPACE_ID } from '../sandbox/ids';

let sandbox: Sandbox;
let context: BrowserContext;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = await mkdtemp(join(tmpdir(), 'credit-meter-sandbox-page-'));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: requireChromium(),
    headless: true,
    args: chromiumArgs('', sandbox.port).filter((a) => !a.includes('extension')),
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
});
afterAll(async () => {
  await context?.close();
  await rm(dir, { recursive: true, force: true });
  await sandbox?.stop();
});
beforeEach(async () => {
  for (const p of context.pages()) await p.close();
  await sandbox.control.reset();
});

async function open(path = `/apps/${DEFAULT_APP_ID}/editor/preview`): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://app.base44.com${path}`);
  return page;
}

async function type(page: Page, text: string): Promise<void> {
  await page.locator('textarea').first().fill(text);
  await page.keyboard.press('Enter');
}

const paths = async (prefix: string) =>
  (await sandbox.control.state()).requests
    .filter((r) => r.path.startsWith(prefix))
    .map((r) => `${r.method} ${r.path}`);

describe('following a turn', () => {
  it('polls the conversation about once a second while the turn is held, then re-reads the balance', async () => {
    await sandbox.control.setTurn({ durationMs: 3000 });
    const page = await open();
    await page.locator('textarea').waitFor();
    await type(page, 'make the header bold');
    await page.getByText('Thinking…').waitFor();
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    await page.locator('[data-outcome="success_build"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByText('Thinking…').isVisible()).toBe(false);
    const polls = await paths(`/api/apps/${DEFAULT_APP_ID}/chat/full-conversation`);
    // One read on load, about one a second for 3 s, a last one when the POST returns.
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.length).toBeLessThanOrEqual(7);
    expect(await paths('/api/apps/')).toContain(
      `POST /api/apps/${DEFAULT_APP_ID}/chat/message?conversation_messages=current_turn`,
    );
    const balanceReads = await paths(`/api/workspace/${DEFAULT_WORKSPACE_ID}/credit-balance`);
    expect(balanceReads.length).toBeGreaterThanOrEqual(2);
    // No chat response carried the cost: the page asks for it when More Actions opens (invented).
    expect(await paths(`/api/apps/${DEFAULT_APP_ID}/messages/`)).toEqual([]);
    await page.getByRole('button', { name: 'More Actions' }).click();
    const cost = (await sandbox.control.state()).turns[0]!.cost;
    await page.getByText(`Credits Used: ${cost}`).waitFor();
    expect(await paths(`/api/apps/${DEFAULT_APP_ID}/messages/`)).toEqual([
      expect.stringMatching(/^GET \/api\/apps\/[0-9a-f]{24}\/messages\/[0-9a-f-]{36}\/usage$/),
    ]);
  });

  it('reads an event stream instead in stream mode, and cancels it when the turn ends', async () => {
    await sandbox.control.setPageFollow('stream');
    await sandbox.control.setTurn({ durationMs: 1500 });
    const page = await open();
    await page.locator('textarea').waitFor();
    await type(page, 'make the header bold');
    await page.locator('[data-outcome="success_build"]').waitFor({ timeout: 10_000 });
    const streamPath = `/api/apps/${DEFAULT_APP_ID}/chat/stream`;
    await expect
      .poll(
        async () =>
          (await sandbox.control.state()).streams.find((s) => s.path === streamPath)?.closedAt ?? null,
      )
      .not.toBeNull();
    expect((await paths(`/api/apps/${DEFAULT_APP_ID}/chat/full-conversation`)).length).toBeLessThanOrEqual(3);
  });

  it('shows a queued note for a message sent while a turn runs, then runs it', async () => {
    await sandbox.control.setTurn({ durationMs: 1500 });
    const page = await open();
    await page.locator('textarea').waitFor();
    await type(page, 'first change');
    await expect.poll(async () => (await sandbox.control.state()).turns.length).toBe(1);
    await type(page, 'second change');
    await page.getByText(/Queued/).waitFor();
    await expect
      .poll(() => page.locator('[data-outcome="success_build"]').count(), { timeout: 10_000 })
      .toBe(2);
    expect(await page.getByText(/Queued/).count()).toBe(0);
  });

  it('shows a paywall error line and charges nothing', async () => {
    await sandbox.control.setBalances({ messageUsed: 25 });
    const page = await open();
    await page.locator('textarea').waitFor();
    await type(page, 'add a page');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/out of credits/);
    await page.locator('[data-outcome="error_paywall"]').waitFor();
    expect((await sandbox.control.state()).message.used).toBe(25);
  });

  it('stops a running turn with the Stop button', async () => {
    await sandbox.control.setTurn({ durationMs: 20_000 });
    const page = await open();
    await page.locator('textarea').waitFor();
    await type(page, 'a long change');
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('[data-outcome="stopped"]').waitFor({ timeout: 10_000 });
    expect((await sandbox.control.state()).turns[0]!.backendStatus).toBe('stopped');
  });

  it('shows a parked question; Answer starts a new turn', async () => {
    await sandbox.control.setPark(true);
    const page = await open();
    await page.locator('textarea').waitFor();
    await type(page, 'build a list');
    await page.getByText('Which layout should the list use?').waitFor({ timeout: 10_000 });
    await page.getByLabel('Table').check();
    await page.getByRole('button', { name: 'Answer' }).click();
    await expect
      .poll(async () => (await sandbox.control.state()).turns.map((t) => [t.kind, t.state]), {
        timeout: 10_000,
      })
      .toEqual([
        ['message', 'settled'],
        ['toolAnswer', 'settled'],
      ]);
    await expect.poll(() => page.getByText('Which layout should the list use?').count()).toBe(0);
  });
});

describe('apps, workspaces and balances', () => {
  it('creates an app in the chosen workspace from the home page and follows its first turn', async () => {
    const page = await open('/');
    const picker = page.getByLabel('Workspace');
    await expect.poll(() => picker.locator('option').count()).toBe(2);
    await picker.selectOption(TEAM_WORKSPACE_ID);
    await type(page, 'A CRM for a bakery');
    await page.waitForURL(/\/apps\/[0-9a-f]{24}\/editor\/preview$/);
    await page.locator('[data-outcome="success_build"]').waitFor({ timeout: 10_000 });
    const s = await sandbox.control.state({ workspaceId: TEAM_WORKSPACE_ID });
    expect(s.turns[0]).toMatchObject({ kind: 'initialMessage', workspaceId: TEAM_WORKSPACE_ID });
    expect(s.apps.find((a) => a.id === page.url().split('/')[4])?.workspaceId).toBe(TEAM_WORKSPACE_ID);
  });

  it("reads the app's workspace balance, in the billing shape or as text only", async () => {
    await sandbox.control.setBalances({ workspaceId: TEAM_WORKSPACE_ID, messageUsed: 100 });
    await sandbox.control.setBalanceEndpoint('billing');
    const page = await open(`/apps/${TEAM_APP_ID}/editor/preview`);
    await page.locator('header button[aria-haspopup="menu"]').click();
    await page.getByText('400 credits left').waitFor();
    expect(await paths('/api/billing/credits')).toEqual([
      `GET /api/billing/credits?workspace_id=${TEAM_WORKSPACE_ID}`,
    ]);

    await sandbox.control.setBalanceEndpoint('none');
    const before = (await sandbox.control.state()).requests.length;
    const usage = await open('/settings/credit-usage');
    await usage.getByText('Message credits: 0 of 25 used').waitFor();
    await usage.getByText('25 remaining').waitFor();
    const after = (await sandbox.control.state()).requests.slice(before).map((r) => r.path);
    expect(after.filter((p) => p.startsWith('/api/') && /credit|billing/.test(p))).toEqual([]);
  });

  it('refreshes an expired token and retries; signed out, goes to the sign-in page', async () => {
    const page = await open();
    await page.locator('textarea').waitFor();
    await sandbox.control.expireToken();
    await type(page, 'rename the app');
    await page.locator('[data-outcome="success_build"]').waitFor({ timeout: 10_000 });
    expect(await paths('/api/auth/refresh')).toEqual(['POST /api/auth/refresh']);

    await sandbox.control.signOut();
    await type(page, 'rename it again');
    await page.waitForURL('https://app.base44.com/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.locator('textarea, [contenteditable="true"]').count()).toBe(0);
  });
});

describe('the event stream the page opens', () => {
  it('is cancelled after ~5 s, and the server sees the close within a second', async () => {
    const page = await open();
    const path = `/api/apps/${DEFAULT_APP_ID}/events`;
    await expect
      .poll(async () => (await sandbox.control.state()).streams.some((s) => s.path === path))
      .toBe(true);
    await page.waitForFunction(
      () =>
        'window' in globalThis &&
        (window as { __sandboxStreamCancelledAt?: number }).__sandboxStreamCancelledAt,
      null,
      {
        timeout: 10_000,
      },
    );
    const cancelledAt = await page.evaluate(
      () => (window as { __sandboxStreamCancelledAt?: number }).__sandboxStreamCancelledAt!,
    );
    const closed = await expect
      .poll(
        async () => (await sandbox.control.state()).streams.find((s) => s.path === path)?.closedAt ?? null,
      )
      .not.toBeNull()
      .then(async () => (await sandbox.control.state()).streams.find((s) => s.path === path)!.closedAt!);
    expect(closed - cancelledAt).toBeLessThan(1000);
  });
});
