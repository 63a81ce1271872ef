/**
 * The options page against the simulated Base44: save + test connection (good and bad key),
 * validation, export files that match the ledger, and delete-all emptying the store.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeOutcome } from '../../lib/background/connection';
import { connectionText } from '../../lib/i18n/connection-text';
// The expected words in every language, as the background has them (a page loads only its own).
import '../../lib/i18n/ui-all';
import { launchExtension, startSandbox, type Harness, type Sandbox } from './harness';
import { addLedgerRows, countRows, ledgerRow, parseCsv, readLedger } from './popup-helpers';

const GOOD_KEY = 'sandbox-api-key';
const WORKSPACE = '64b7f1a2c3d4e5f607180000';

let sandbox: Sandbox;
let harness: Harness;
let options: Page;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(async () => {
  await sandbox.control.reset();
  // The Monitoring API answers Enterprise workspaces only (docs).
  await sandbox.control.setEnterprise(WORKSPACE, true);
  harness = await launchExtension(sandbox);
  options = await harness.openOptions();
  await options.getByTestId('save-settings').waitFor();
});
afterEach(async () => {
  await harness?.close();
});

async function fillCredentials(apiKey: string, workspaceId = WORKSPACE) {
  await options.getByTestId('api-key').fill(apiKey);
  await options.getByTestId('workspace-id').fill(workspaceId);
}

describe('credentials', () => {
  it('tests and saves a good key, then shows only its last four characters', async () => {
    await fillCredentials(GOOD_KEY);
    await options.getByTestId('test-connection').click();
    const result = options.getByTestId('connection-result');
    await expect.poll(() => result.getAttribute('data-ok')).toBe('true');
    const state = await sandbox.control.state();
    expect(await result.innerText()).toBe(
      `Connected — ${state.message.remaining} of ${state.message.limit} message credits left.`,
    );

    await options.getByTestId('save-settings').click();
    await expect
      .poll(() => options.getByTestId('save-result').innerText())
      .toBe('Settings and API key saved.');
    // The key is never shown back: the field is cleared and only the last 4 appear.
    expect(await options.getByTestId('api-key').inputValue()).toBe('');
    await expect
      .poll(() => options.locator('#api-key-hint').innerText())
      .toContain(`••••${GOOD_KEY.slice(-4)}`);
    expect(await options.content()).not.toContain(GOOD_KEY);

    // The saved workspace survives a reload; test connection now uses the stored key.
    await options.reload();
    await expect.poll(() => options.getByTestId('workspace-id').inputValue()).toBe(WORKSPACE);
    await options.getByTestId('test-connection').click();
    await expect.poll(() => options.getByTestId('connection-result').getAttribute('data-ok')).toBe('true');
  });

  it('reports a bad key with the exact outcome', async () => {
    await fillCredentials('wrong-key-1234');
    await options.getByTestId('test-connection').click();
    const result = options.getByTestId('connection-result');
    await expect.poll(() => result.getAttribute('data-ok')).toBe('false');
    expect(await result.innerText()).toBe(describeOutcome({ kind: 'keyRejected' } as never).message);
    expect(await result.getAttribute('data-status')).toBe('keyRejected');

    // Saving it stores settings but says the key was rejected.
    await options.getByTestId('save-settings').click();
    await expect
      .poll(() => options.getByTestId('save-result').innerText())
      .toMatch(/^Settings and API key saved, but: Key rejected/);
    expect(await options.getByTestId('save-result').getAttribute('data-ok')).toBe('false');
  });

  it('words the outcome in the page’s language', async () => {
    await options.getByTestId('ui-language').selectOption('de');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('de');

    await fillCredentials(GOOD_KEY);
    await options.getByTestId('test-connection').click();
    const result = options.getByTestId('connection-result');
    await expect.poll(() => result.getAttribute('data-ok')).toBe('true');
    const { message } = await sandbox.control.state();
    expect(await result.innerText()).toBe(
      connectionText({ code: 'connected', remaining: message.remaining, limit: message.limit }, 'de'),
    );

    await fillCredentials('wrong-key-1234');
    await options.getByTestId('test-connection').click();
    await expect.poll(() => result.getAttribute('data-ok')).toBe('false');
    expect(await result.getAttribute('data-outcome')).toBe('keyRejected');
    expect(await result.innerText()).toBe(connectionText({ code: 'keyRejected', workspaceKey: false }, 'de'));
  });

  it('refuses invalid input with clear messages and saves the other settings', async () => {
    await fillCredentials('', 'abc');
    await options.getByTestId('threshold-warn').fill('90');
    await options.getByTestId('threshold-critical').fill('80');
    await options.getByTestId('save-settings').click();
    await expect
      .poll(() => options.getByTestId('save-result').innerText())
      .toBe('Not saved: fix the fields marked below.');
    expect(await options.getByTestId('error-workspace-id').innerText()).toMatch(/24 characters/);
    expect(await options.getByTestId('error-critical').innerText()).toMatch(/higher than the warning/);

    await options.getByTestId('workspace-id').fill('');
    await options.getByTestId('threshold-critical').fill('97');
    await options.getByTestId('plan-override').selectOption('starter');
    await options.getByTestId('store-excerpts').uncheck();
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('save-result').innerText()).toBe('Settings saved.');
    await options.reload();
    await expect.poll(() => options.getByTestId('threshold-warn').inputValue()).toBe('90');
    expect(await options.getByTestId('threshold-critical').inputValue()).toBe('97');
    expect(await options.getByTestId('plan-override').inputValue()).toBe('starter');
    expect(await options.getByTestId('store-excerpts').isChecked()).toBe(false);
  });
});

describe('your data', () => {
  it('exports CSV and JSON files whose rows match the ledger', async () => {
    const added = await addLedgerRows(
      options,
      Array.from({ length: 12 }, (_, i) => ledgerRow(i)),
    );
    expect(added).toBe(12);
    const ledger = await readLedger(options);

    const [csvDownload] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export-csv').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^credit-meter-ledger-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
    const [header, ...body] = csv;
    expect(body).toHaveLength(ledger.length);
    const col = (name: string) => {
      const i = header!.indexOf(name);
      expect(i, `CSV column ${name}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    // Every ledger row appears once, with the same fields (times are unique in this ledger).
    const byTime = new Map(body.map((line) => [line[col('time')]!, line]));
    expect(byTime.size).toBe(ledger.length);
    for (const row of ledger) {
      const line = byTime.get(new Date(row.at).toISOString());
      expect(line, `row ${row.sendId}`).toBeDefined();
      expect(line![col('mode')]).toBe(row.mode);
      expect(line![col('scope')]).toBe(row.scope);
      expect(Number(line![col('estimate')])).toBe(row.estimate);
      expect(line![col('actual')]).toBe(row.actual === null ? '' : String(row.actual));
      expect(line![col('excerpt')]).toBe(row.excerpt ?? '');
    }

    const [jsonDownload] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export-json').click(),
    ]);
    const doc = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as {
      ledger: { sendId: string; actual: number | null }[];
    };
    expect(doc.ledger.map((r) => r.sendId).sort()).toEqual(ledger.map((r) => r.sendId).sort());
    expect(doc.ledger.map((r) => r.actual)).toEqual(ledger.map((r) => r.actual));
  });

  it('deletes all data only after confirmation', async () => {
    await fillCredentials(GOOD_KEY);
    await options.getByTestId('save-settings').click();
    await expect
      .poll(() => options.getByTestId('save-result').innerText())
      .toBe('Settings and API key saved.');
    await addLedgerRows(
      options,
      Array.from({ length: 5 }, (_, i) => ledgerRow(i)),
    );
    const before = await countRows(options);
    expect(before.ledger).toBe(5);
    expect(before.snapshots).toBeGreaterThan(0); // the saved key's poll stored a reading

    // First click asks; cancel keeps everything.
    await options.getByTestId('delete-all').click();
    await options.getByTestId('delete-cancel').click();
    expect((await countRows(options)).ledger).toBe(5);

    await options.getByTestId('delete-all').click();
    await options.getByTestId('delete-confirm').click();
    await expect.poll(() => options.getByTestId('delete-result').getAttribute('data-ok')).toBe('true');
    expect(await countRows(options)).toEqual({ snapshots: 0, ledger: 0, events: 0 });
    await expect.poll(() => options.locator('#api-key-hint').innerText()).toBe('No key saved.');
    expect(await options.getByTestId('workspace-id').inputValue()).toBe('');
  });
});
