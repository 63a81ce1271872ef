/**
 * The extension against the evidence-based simulation of Base44 (test/sandbox): turns held open,
 * queued and paywalled turns, the edge's 504, new apps' first turns, parked questions, several
 * workspaces, token refresh, event streams, unknown tiers, balances read from text, and the
 * "What Credit Meter sees" page. Real Chromium, the built extension.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../lib/db/rows';
import { ask } from './balance-helpers';
import {
  DEFAULT_APP_ID,
  DEFAULT_API_KEY,
  DEFAULT_WORKSPACE_ID,
  TEAM_APP_ID,
  TEAM_WORKSPACE_ID,
} from './harness';
import {
  builderWithLedger,
  chatMessageStatuses,
  CHIP,
  composer,
  ledger,
  send,
  waitForTurns,
} from './support/builder';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

const settledWithCost = (r: LedgerRow) => r.actual !== null;

describe('turns on the real Base44', () => {
  it('a turn held open for seconds gets its own cost from the balance change', async () => {
    const { control } = e2e.sandbox;
    await control.setTurn({ durationMs: 2500 });
    await control.setNextCost(1.5);
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Add a search bar with filters to the task list');
    // While the turn runs, the row is there and not settled.
    await expect
      .poll(async () => (await ledger(ext)).map((r) => r.state), { timeout: 10_000 })
      .toEqual(['sent']);
    const [row] = await waitForTurns(ext, 1, settledWithCost);
    expect(row).toMatchObject({
      appId: DEFAULT_APP_ID,
      workspaceId: DEFAULT_WORKSPACE_ID,
      state: 'settled',
      actual: 1.5,
      actualSource: 'balanceDelta',
    });
    const turn = (await control.state()).turns[0]!;
    expect(turn.cost).toBe(1.5);
    // The ledger page shows it with its source and workspace (the contract outside tests read).
    const ledgerPage = await h.openExtensionPage('ledger.html');
    const shown = ledgerPage.getByTestId('ledger-row').first();
    await expect.poll(() => shown.getAttribute('data-actual')).toBe('1.5');
    expect(await shown.getAttribute('data-actual-source')).toBe('balanceDelta');
    expect(await shown.getAttribute('data-workspace-id')).toBe(DEFAULT_WORKSPACE_ID);
    // The page's own request was held for the whole turn, once (the observer holds nothing).
    expect(turn.settledAt! - turn.startedAt!).toBeGreaterThanOrEqual(2000);
  });

  it('a message sent mid-turn is queued; both turns get their own cost', async () => {
    const { control } = e2e.sandbox;
    await control.setTurn({ durationMs: 2500 });
    await control.setPlan('pro');
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Add a due date field to tasks with a date picker');
    await expect.poll(async () => (await control.state()).turns.length).toBe(1);
    await send(page, 'Make the header purple');
    const rows = await waitForTurns(ext, 2, settledWithCost);
    const turns = (await control.state()).turns;
    expect(turns.map((t) => t.state)).toEqual(['settled', 'settled']);
    expect(rows.map((r) => r.actual)).toEqual(turns.map((t) => t.cost));
    expect(rows.every((r) => r.actualSource === 'balanceDelta')).toBe(true);
  });

  it("the edge's 504 mid-turn is not a failure: the turn is still settled, with its cost", async () => {
    const { control } = e2e.sandbox;
    await control.setPlan('pro');
    await control.setTurn({ durationMs: 3000 });
    await control.setEdge({ timeoutMs: 1000 });
    await control.setNextCost(2);
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    const chatStatuses = chatMessageStatuses(page);
    await send(page, 'Add a kanban board with drag and drop between columns');
    const [row] = await waitForTurns(ext, 1, settledWithCost);
    // The page's held request really got the edge's 504 (not the turn's answer).
    expect(chatStatuses).toEqual([504]);
    expect(row).toMatchObject({ state: 'settled', settledBy: 'conversation', actual: 2 });
  });

  it('a turn no balance reading follows keeps its cost unknown, and the ledger says so', async () => {
    const { control } = e2e.sandbox;
    // No JSON balance, and the logo menu (whose text would be one) stays closed: nothing measures it.
    await control.setBalanceEndpoint('none');
    await control.setPlan('pro');
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Make the header purple');
    const [row] = await waitForTurns(ext, 1, (r) => r.state === 'settled');
    expect((await control.state()).turns[0]!.cost).toBeGreaterThan(0);
    expect(row).toMatchObject({ state: 'settled', actual: null });
    const ledgerPage = await h.openExtensionPage('ledger.html');
    const shown = ledgerPage.getByTestId('ledger-row').first();
    await expect.poll(() => shown.getAttribute('data-state')).toBe('settled');
    expect(await shown.getAttribute('data-actual')).toBe('');
    expect(await shown.getAttribute('data-actual-source')).toBe('');
  });

  it('a paywalled turn costs 0 and the popup and chip say Base44 is out of credits', async () => {
    const { control } = e2e.sandbox;
    await control.setBalances({ messageUsed: 25, dailyUsed: 0 });
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    // The page's own balance reaches the chip first (0 left this month), so Enter is held for a
    // confirmation; the user sends anyway and Base44 answers with its paywall.
    const input = composer(page);
    await input.click();
    await input.fill('Change the footer text');
    await expect.poll(() => page.locator(CHIP).getAttribute('data-state'), { timeout: 20_000 }).toBe('over');
    await input.press('Enter');
    const confirm = page.getByTestId('send-confirm');
    await confirm.waitFor({ state: 'visible' });
    await confirm.getByRole('button', { name: 'Send anyway' }).click();
    const [row] = await waitForTurns(ext, 1, settledWithCost);
    expect(row).toMatchObject({ state: 'paywalled', actual: 0, actualSource: 'paywall' });
    const ledgerPage = await h.openExtensionPage('ledger.html');
    await expect
      .poll(() => ledgerPage.getByTestId('ledger-row').first().getAttribute('data-actual'))
      .toBe('0');
    await page.bringToFront();
    await expect.poll(() => page.locator(CHIP).getAttribute('data-state'), { timeout: 10_000 }).toBe('over');
    expect(await page.locator(CHIP).innerText()).toContain('Out of credits');
    const popup = await h.openPopup();
    await expect.poll(() => popup.getByTestId('status').getAttribute('data-status')).toBe('outOfCredits');
    // Credits come back (a top-up, a reset): the status clears once the balance shows it.
    await control.setBalances({ messageUsed: 5 });
    await page.reload();
    await expect
      .poll(() => popup.getByTestId('status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('ok');
  });

  it('a new app from the home page: its first turn (initial_message) is recorded for that app', async () => {
    const { control } = e2e.sandbox;
    const h = await e2e.launch();
    const page = await h.openBuilder({ path: '/' });
    const ext = await h.openExtensionPage('popup.html');
    await page.bringToFront();
    await send(page, 'Build me a CRM with contacts, deals and a pipeline view');
    const [row] = await waitForTurns(ext, 1, (r) => r.state === 'settled');
    const state = await control.state();
    const created = state.turns.find((t) => t.kind === 'initialMessage');
    expect(created).toBeDefined();
    expect(row).toMatchObject({
      start: 'initialMessage',
      appId: created!.appId,
      workspaceId: DEFAULT_WORKSPACE_ID,
    });
  });

  it('answering a parked question is a turn of its own, in its own mode', async () => {
    const { control } = e2e.sandbox;
    await control.setPlan('pro');
    await control.setPark(true);
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Add payments to the checkout');
    await waitForTurns(ext, 1, (r) => r.state === 'settled');
    await page.getByRole('button', { name: 'Answer' }).click();
    const rows = await waitForTurns(ext, 2, (r) => r.state === 'settled');
    expect(rows[1]).toMatchObject({ start: 'toolAnswer', mode: 'answer', appId: DEFAULT_APP_ID });
    expect((await control.state()).turns.map((t) => t.kind)).toEqual(['message', 'toolAnswer']);
  });
});

describe('workspaces, sessions and what the page shows', () => {
  it('two workspaces: numbers go to the workspace that owns the app; the popup follows the tab used last', async () => {
    const { control } = e2e.sandbox;
    await control.setPlan('pro', { workspaceId: TEAM_WORKSPACE_ID });
    await control.setBalances({ messageUsed: 120, workspaceId: TEAM_WORKSPACE_ID });
    const h = await e2e.launch();
    const personal = await h.openBuilder();
    const popup1 = await h.openPopup();
    await expect
      .poll(() => popup1.getByTestId('workspace').getAttribute('data-workspace-id'))
      .toBe(DEFAULT_WORKSPACE_ID);
    await popup1.close();

    const team = await h.openBuilder({ appId: TEAM_APP_ID });
    await send(team, 'Make the login button bigger');
    const ext = await h.openExtensionPage('popup.html');
    const rows = await waitForTurns(ext, 1, settledWithCost);
    expect(rows[0]).toMatchObject({ appId: TEAM_APP_ID, workspaceId: TEAM_WORKSPACE_ID });
    const popup2 = await h.openPopup();
    await expect
      .poll(() => popup2.getByTestId('workspace').getAttribute('data-workspace-id'))
      .toBe(TEAM_WORKSPACE_ID);
    const teamState = await control.state({ workspaceId: TEAM_WORKSPACE_ID });
    await expect
      .poll(() => popup2.getByTestId('pool-message').getAttribute('data-used'))
      .toBe(String(teamState.message.used));

    // Back in the personal tab: the popup follows it again, and the user can switch by hand.
    await personal.bringToFront();
    await personal.reload();
    const popup3 = await h.openPopup();
    await expect
      .poll(() => popup3.getByTestId('workspace').getAttribute('data-workspace-id'))
      .toBe(DEFAULT_WORKSPACE_ID);
    await popup3.getByTestId('workspace').locator('select').selectOption(TEAM_WORKSPACE_ID);
    await expect
      .poll(() => popup3.getByTestId('workspace').getAttribute('data-workspace-id'))
      .toBe(TEAM_WORKSPACE_ID);
  });

  it('an expired token that the page refreshes is not "signed out"; a real sign-out is', async () => {
    const { control } = e2e.sandbox;
    const h = await e2e.launch();
    const page = await h.openBuilder();
    await page.locator(CHIP).waitFor({ state: 'attached' });
    await control.expireToken();
    await page.reload();
    await page.locator(CHIP).waitFor({ state: 'attached' });
    const popup = await h.openPopup();
    await expect.poll(() => popup.getByTestId('status').getAttribute('data-status')).toBe('ok');
    await popup.close();
    await control.signOut();
    await page.reload();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/login');
    const popup2 = await h.openPopup();
    await expect
      .poll(() => popup2.getByTestId('status').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('signedOut');
  });

  it('an event stream the page cancels closes on the server within a second', async () => {
    const { control } = e2e.sandbox;
    const h = await e2e.launch();
    const page = await h.openBuilder();
    await expect
      .poll(async () => (await control.state()).streams.some((s) => s.closedAt !== null), { timeout: 15_000 })
      .toBe(true);
    const cancelledAt = await page.evaluate(
      () => (window as unknown as { __sandboxStreamCancelledAt?: number }).__sandboxStreamCancelledAt,
    );
    const closed = (await control.state()).streams.find((s) => s.closedAt !== null)!;
    expect(cancelledAt).toBeTypeOf('number');
    expect(closed.closedAt! - cancelledAt!).toBeLessThan(1000);
  });

  it('a tier the plan table does not know shows "unknown plan" with Base44\'s own numbers', async () => {
    const { control } = e2e.sandbox;
    await control.setTier({ tier: 'enterprise_custom', messageLimit: 3000, integrationLimit: 80000 });
    const h = await e2e.launch();
    await h.openBuilder();
    const popup = await h.openPopup();
    const info = popup.getByTestId('reading-info');
    await expect.poll(() => info.getAttribute('data-plan-known'), { timeout: 10_000 }).toBe('false');
    expect(await info.innerText()).toContain('Unknown plan (enterprise_custom)');
    await expect.poll(() => popup.getByTestId('pool-message').getAttribute('data-limit')).toBe('3000');
  });

  it("with no JSON balance, the logo menu's text gives the balance, labelled as such", async () => {
    const { control } = e2e.sandbox;
    await control.setBalanceEndpoint('none');
    await control.setBalances({ messageUsed: 7, dailyUsed: 2 });
    const h = await e2e.launch();
    const page = await h.openBuilder();
    await page.locator(CHIP).waitFor({ state: 'attached' });
    await page.locator('button[aria-haspopup="menu"]').first().click();
    const popup = await h.openPopup();
    await expect
      .poll(() => popup.getByTestId('reading-info').getAttribute('data-source'), { timeout: 10_000 })
      .toBe('pageText');
    await expect.poll(() => popup.getByTestId('pool-message').getAttribute('data-remaining')).toBe('18');
  });

  it('"What Credit Meter sees" lists live sources, and its report holds no prompt text, key or balance', async () => {
    const { control } = e2e.sandbox;
    await control.setPlan('pro');
    await control.setNextCost(1.3);
    const h = await e2e.launch();
    const options = await h.openOptions();
    await options.getByTestId('api-key').fill(DEFAULT_API_KEY);
    await options.getByTestId('save-settings').click();
    const page = await h.openBuilder();
    const prompt = 'Add a secret-sauce recipe importer with tags';
    await send(page, prompt);
    const ext = await h.openExtensionPage('popup.html');
    await waitForTurns(ext, 1, settledWithCost);
    const diag = await h.openExtensionPage('diagnostics.html');
    const live = diag.locator('[data-testid="diagnostics-source"][data-live="true"]');
    await expect.poll(() => live.count()).toBeGreaterThanOrEqual(3);
    const report = await diag.getByTestId('diagnostics-report').innerText();
    expect(report).toContain('/api/workspace/:id/credit-balance');
    expect(report).not.toContain('secret-sauce');
    expect(report).not.toContain(DEFAULT_API_KEY);
    expect(report).not.toMatch(/[0-9a-f]{24}/);
    const state = await control.state();
    for (const n of [state.message.used, state.message.remaining, state.message.limit, 1.3])
      expect(report).not.toMatch(new RegExp(`(^|[^\\d.])${String(n).replace('.', '\\.')}([^\\d.]|$)`));
    // The summary answers for that workspace too.
    const summary = await ask(ext, 'getSummary', {});
    expect(summary.workspaceId).toBe(DEFAULT_WORKSPACE_ID);
  });
});
