/**
 * The ledger page by app: the app filter, the per-app groups with the builder's names (not id
 * tails), and exports of exactly that view.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './support/session';
import { addLedgerRows, ledgerRow, parseCsv } from './popup-helpers';

const e2e = e2eSession();

const RECIPES = '64b7f1a2c3d4e5f60718aaaa';
const CRM = '64b7f1a2c3d4e5f60718bbbb';

describe('ledger by app', () => {
  it('filters and groups by app with names, and exports the view', async () => {
    await e2e.sandbox.control.reset();
    e2e.harness = await e2e.launch();
    const ledger = await e2e.harness.openExtensionPage('ledger.html');
    await ledger.getByTestId('filter-app').waitFor();
    // 9 prompts: 0,3,6 on Recipes; 1,4,7 on the CRM; 2,5,8 from the home page (no app).
    const apps = [RECIPES, CRM, null];
    await addLedgerRows(
      ledger,
      Array.from({ length: 9 }, (_, i) => ledgerRow(i, { appId: apps[i % 3]! })),
    );
    // The builder's names, as the background stores them when it sees the apps.
    await ledger.evaluate(
      ([a, b]) =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { set(v: object): Promise<void> } } };
          }
        ).chrome.storage.local.set({
          appWorkspaces: {
            [a as string]: { workspaceId: 'default', name: 'Recipe box' },
            [b as string]: { workspaceId: 'default', name: 'Tiny CRM' },
          },
        }),
      [RECIPES, CRM] as const,
    );
    await ledger.reload();
    const rows = ledger.getByTestId('ledger-row');
    await expect.poll(() => rows.count()).toBe(9);
    // Rows show the app's name, not the end of its id.
    expect(await ledger.locator('[data-testid="ledger-row"][data-send-id="e2e-6"]').innerText()).toContain(
      'Recipe box',
    );

    // Filter: one app's prompts only, chosen by name.
    await ledger.getByTestId('filter-app').selectOption({ label: 'Tiny CRM' });
    await expect.poll(() => rows.count()).toBe(3);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Tiny CRM');

    // Group: every app with its name, over the whole filtered ledger.
    await ledger.getByTestId('filter-app').selectOption('');
    await ledger.getByTestId('group-by-app').check();
    const groups = ledger.getByTestId('ledger-app-group');
    await expect.poll(() => groups.count()).toBe(3);
    const byApp = new Map<string, { text: string; prompts: string | null }>();
    for (let i = 0; i < 3; i++) {
      const g = groups.nth(i);
      byApp.set((await g.getAttribute('data-app-id'))!, {
        text: await g.innerText(),
        prompts: await g.getAttribute('data-prompts'),
      });
    }
    expect(byApp.get(RECIPES)).toMatchObject({ prompts: '3' });
    expect(byApp.get(RECIPES)!.text).toContain('Recipe box');
    expect(byApp.get(CRM)!.text).toContain('Tiny CRM');
    expect(byApp.get('')!.text).toContain('New app (home page)');

    // Export of the grouped view: one line per app.
    const [grouped] = await Promise.all([
      ledger.waitForEvent('download'),
      ledger.getByTestId('export-view-csv').click(),
    ]);
    expect(grouped.suggestedFilename()).toMatch(/^credit-meter-ledger-by-app-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = parseCsv(await readFile((await grouped.path())!, 'utf8'));
    expect(header).toEqual(['app', 'app_name', 'prompts', 'credits', 'measured', 'paywalled']);
    expect(lines.map((l) => l[1]).sort()).toEqual(['', 'Recipe box', 'Tiny CRM']);

    // Export of the filtered rows: only the chosen app's prompts, with its name.
    await ledger.getByTestId('group-by-app').uncheck();
    await ledger.getByTestId('filter-app').selectOption(RECIPES);
    await expect.poll(() => rows.count()).toBe(3);
    const [filtered] = await Promise.all([
      ledger.waitForEvent('download'),
      ledger.getByTestId('export-view-json').click(),
    ]);
    const doc = JSON.parse(await readFile((await filtered.path())!, 'utf8')) as {
      filter: { appId?: string };
      rows: { appId: string; appName: string; sendId: string }[];
    };
    expect(doc.filter.appId).toBe(RECIPES);
    expect(doc.rows.map((r) => r.sendId)).toEqual(['e2e-6', 'e2e-3', 'e2e-0']);
    expect(new Set(doc.rows.map((r) => r.appName))).toEqual(new Set(['Recipe box']));
  });
});
