/**
 * The popup's first-run state, its status banner actions, and the full ledger page (filters, paging)
 * reached from the popup.
 */
import { e2eSession } from './support/session';
import { describe, expect, it } from 'vitest';

import { addLedgerRows, ledgerRow } from './popup-helpers';

const e2e = e2eSession();

describe('popup states', () => {
  it('first run: tells the user what to do and labels the numbers as estimated', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const popup = await e2e.harness.openPopup();
    await popup.getByTestId('empty-state').waitFor();
    expect(await popup.getByTestId('empty-state').innerText()).toMatch(
      /Open one of your apps in the Base44 builder/,
    );
    expect(await popup.getByTestId('reading-info').getAttribute('data-source')).toBe('estimated');
    expect(await popup.getByTestId('reading-info').innerText()).toContain('estimated (not read from Base44)');
    expect(await popup.getByTestId('recent-prompts').innerText()).toContain('No prompts recorded yet.');
  });

  it('a rejected key shows a banner whose action opens the options page', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const options = await e2e.harness.openOptions();
    await options.getByTestId('api-key').fill('not-the-key-0000');
    await options.getByTestId('workspace-id').fill('64b7f1a2c3d4e5f607180000');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('save-result').getAttribute('data-ok')).toBe('false');
    await options.close();

    const popup = await e2e.harness.openPopup();
    const status = popup.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('keyRejected');
    expect(await status.innerText()).toContain('API key rejected');
    const [opened] = await Promise.all([
      e2e.harness.context.waitForEvent('page'),
      popup.getByTestId('status-action').click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/\/options\.html$/);
  });
});

describe('ledger page', () => {
  it('opens from the popup, filters and pages through the prompts', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const popup = await e2e.harness.openPopup();
    await popup.getByTestId('pool-message').waitFor();
    // 120 prompts: every 4th is Discuss, every other one has a known actual cost.
    await addLedgerRows(
      popup,
      Array.from({ length: 120 }, (_, i) => ledgerRow(i)),
    );
    // Raw IndexedDB writes bypass Dexie's change feed (the background's writes do not): reload.
    await popup.reload();
    await expect.poll(() => popup.getByTestId('recent-prompt').count()).toBe(5);

    const [ledger] = await Promise.all([
      e2e.harness.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Full ledger' }).click(),
    ]);
    await ledger.waitForLoadState();
    expect(ledger.url()).toMatch(/\/ledger\.html$/);
    const rows = ledger.getByTestId('ledger-row');
    await expect.poll(() => rows.count()).toBe(50);
    // Newest first.
    expect(await rows.first().getAttribute('data-send-id')).toBe('e2e-119');

    // Page 2 and 3 continue exactly where the previous page ended.
    await ledger.getByTestId('page-older').click();
    await expect.poll(() => rows.first().getAttribute('data-send-id')).toBe('e2e-69');
    await ledger.getByTestId('page-older').click();
    await expect.poll(() => rows.count()).toBe(20);
    expect(await ledger.getByTestId('page-older').isDisabled()).toBe(true);

    // Discuss prompts with an unknown actual: i % 4 === 0 and i odd — none.
    await ledger.getByTestId('filter-mode').selectOption('discuss');
    await ledger.getByTestId('filter-actual').selectOption('unknown');
    await ledger.getByTestId('ledger-empty').waitFor();
    expect(await ledger.getByTestId('ledger-empty').innerText()).toBe('No prompts match these filters.');

    // Discuss prompts with a known actual: all 30 of them, shown with the cost.
    await ledger.getByTestId('filter-actual').selectOption('known');
    await expect.poll(() => rows.count()).toBe(30);
    const first = await rows.first().innerText();
    expect(first).toContain('discuss');
    expect(first).toContain('1.5');

    // Build prompts with unknown actual (odd i): 60 → a full page and "unknown" in the actual column.
    await ledger.getByTestId('filter-mode').selectOption('build');
    await ledger.getByTestId('filter-actual').selectOption('unknown');
    await expect.poll(() => rows.count()).toBe(50);
    expect(await rows.first().innerText()).toContain('unknown');
  });
});
