/**
 * Helpers for the popup/options end-to-end tests and the popup benchmark: seeding and counting the
 * extension's IndexedDB from inside an extension page (raw IndexedDB, so no bundle is needed), and
 * reading the popup's test ids.
 */
import type { Page } from 'playwright-core';
import type { LedgerRow } from '../../lib/db/rows';

/*
 * Each page.evaluate below opens the database itself (extension pages forbid eval, so the snippet
 * cannot be shared as a string). Open an extension page that uses the DB first, so Dexie has
 * created the schema before these raw connections look at it.
 */

/**
 * tsx/esbuild wrap named inner functions in `__name(...)`, which does not exist in the page; a no-op
 * stand-in keeps evaluated helpers working under any transpiler. (A string, so it is not transformed.)
 */
export async function shimName(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
}

/** Add explicit ledger rows; returns how many the store holds afterwards. */
export async function addLedgerRows(page: Page, rows: Omit<LedgerRow, 'id'>[]): Promise<number> {
  await shimName(page);
  return page.evaluate(
    async ({ rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('credit-meter');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('ledger', 'readwrite');
      const store = tx.objectStore('ledger');
      for (const row of rows) store.add(row);
      const count = store.count();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return count.result;
    },
    { rows },
  );
}

export interface BulkSeed {
  workspaceId: string;
  now: number;
  snapshots: number;
  ledger: number;
  /** History spread evenly over this many days before `now`. */
  days: number;
  messageLimit: number;
  integrationLimit: number;
}

/**
 * Bulk history for the benchmark, generated inside the page (nothing large crosses the wire):
 * snapshots whose message use climbs through each 30-day cycle and resets, and prompts.
 */
export async function seedBulk(page: Page, seed: BulkSeed): Promise<{ snapshots: number; ledger: number }> {
  await shimName(page);
  return page.evaluate(
    async ({ seed }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('credit-meter');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const DAY = 86_400_000;
      const span = seed.days * DAY;
      const first = seed.now - span;
      const cycle = 30 * DAY;
      const add = (table: string, make: (i: number) => object, n: number) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          for (let i = 0; i < n; i++) store.add(make(i));
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      await add(
        'snapshots',
        (i) => {
          const at = first + Math.floor((i / seed.snapshots) * span);
          const intoCycle = ((at - first) % cycle) / cycle;
          const used = Math.min(seed.messageLimit, Math.round(intoCycle * seed.messageLimit * 0.8 * 10) / 10);
          const iused = Math.round(intoCycle * seed.integrationLimit * 0.5);
          return {
            workspaceId: seed.workspaceId,
            at,
            source: 'page',
            message: { limit: seed.messageLimit, used, remaining: seed.messageLimit - used, bonus: null },
            integration: {
              limit: seed.integrationLimit,
              used: iused,
              remaining: seed.integrationLimit - iused,
              bonus: null,
            },
            daily: null,
            tier: 'pro',
            periodEnd: null,
            periodStart: null,
            dailyResetAt: null,
          };
        },
        seed.snapshots,
      );
      const scopes = ['discuss', 'simple', 'feature', 'module', 'broad'];
      await add(
        'ledger',
        (i) => {
          const scope = scopes[i % scopes.length]!;
          return {
            sendId: `bench-${i}`,
            at: first + Math.floor((i / seed.ledger) * span),
            workspaceId: seed.workspaceId,
            appId: '64b7f1a2c3d4e5f60718293a',
            mode: scope === 'discuss' ? 'discuss' : 'build',
            scope,
            estimate: 1,
            low: 0.5,
            high: 2,
            actual: i % 3 === 0 ? null : 1,
            actualSource: i % 3 === 0 ? null : 'builder',
            repliedAt: null,
            excerpt: `prompt number ${i}`,
          };
        },
        seed.ledger,
      );
      db.close();
      return { snapshots: seed.snapshots, ledger: seed.ledger };
    },
    { seed },
  );
}

/** Row counts of every table. */
export async function countRows(page: Page): Promise<{ snapshots: number; ledger: number; events: number }> {
  await shimName(page);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('credit-meter');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['snapshots', 'ledger', 'events'], 'readonly');
    const reqs = ['snapshots', 'ledger', 'events'].map((t) => tx.objectStore(t).count());
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return { snapshots: reqs[0]!.result, ledger: reqs[1]!.result, events: reqs[2]!.result };
  });
}

/** All ledger rows, oldest id first. */
export async function readLedger(page: Page): Promise<LedgerRow[]> {
  await shimName(page);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('credit-meter');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const req = db.transaction('ledger', 'readonly').objectStore('ledger').getAll();
    const rows = await new Promise<LedgerRow[]>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result as LedgerRow[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  });
}

/** The numbers a pool element carries. */
export async function poolAttrs(
  page: Page,
  testId: string,
): Promise<{ used: number; limit: number; remaining: number }> {
  const el = page.getByTestId(testId);
  const [used, limit, remaining] = await Promise.all(
    ['data-used', 'data-limit', 'data-remaining'].map((a) => el.getAttribute(a)),
  );
  return { used: Number(used), limit: Number(limit), remaining: Number(remaining) };
}

/** A prompt row for the ledger with sensible defaults. */
export function ledgerRow(i: number, patch: Partial<LedgerRow> = {}): Omit<LedgerRow, 'id'> {
  return {
    sendId: `e2e-${i}`,
    at: Date.UTC(2026, 10, 1) + i * 3_600_000,
    workspaceId: 'default',
    appId: '64b7f1a2c3d4e5f60718293a',
    mode: i % 4 === 0 ? 'discuss' : 'build',
    scope: i % 4 === 0 ? 'discuss' : 'feature',
    estimate: 1,
    low: 0.5,
    high: 2,
    actual: i % 2 === 0 ? 1.5 : null,
    actualSource: i % 2 === 0 ? 'builder' : null,
    repliedAt: null,
    excerpt: `e2e prompt, "quoted", number ${i}`,
    ...patch,
  };
}

/** CSV text → rows of fields, honouring quotes (excerpts contain commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
