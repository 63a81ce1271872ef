import type { CreditMeterDb } from '../db/database';
import { exportAll, ledgerPage, ledgerToCsv } from '../db/repo';
import {
  allFilteredRows,
  groupByApp,
  groupsToCsv,
  rowsToCsv,
  viewToJson,
  type AppNames,
} from './ledger-apps';
import type { LedgerFilter } from './ledger-filter';
import { downloadText, exportFilename } from './download';

// The page that exports hands in its database handle: only the background and lib/db/ open it.

/** Download the whole ledger as CSV; returns the row count. */
export async function exportLedgerCsv(db: CreditMeterDb, now: number): Promise<number> {
  const { ledger } = await exportAll(db);
  downloadText(exportFilename('ledger', 'csv', now), ledgerToCsv(ledger), 'text/csv');
  return ledger.length;
}

/** Download every table as one JSON document; returns the total row count. */
export async function exportEverythingJson(db: CreditMeterDb, now: number): Promise<number> {
  const data = await exportAll(db);
  const doc = { exportedAt: new Date(now).toISOString(), ...data };
  downloadText(exportFilename('all', 'json', now), JSON.stringify(doc, null, 2), 'application/json');
  return data.snapshots.length + data.ledger.length + data.events.length;
}

/** The ledger page's view: the filtered rows (or, grouped, one line per app) as CSV; returns the line count. */
export async function exportViewCsv(
  db: CreditMeterDb,
  now: number,
  view: { filter: LedgerFilter; grouped: boolean; names: AppNames },
): Promise<number> {
  const { rows } = await allFilteredRows((before, limit) => ledgerPage(db, { before, limit }), view.filter);
  const groups = view.grouped ? groupByApp(rows, view.names) : null;
  const text = groups ? groupsToCsv(groups) : rowsToCsv(rows, view.names);
  downloadText(exportFilename(groups ? 'ledger-by-app' : 'ledger-view', 'csv', now), text, 'text/csv');
  return groups ? groups.length : rows.length;
}

/** The ledger page's view as JSON: the filter, the groups when grouped, and the rows. */
export async function exportViewJson(
  db: CreditMeterDb,
  now: number,
  view: { filter: LedgerFilter; grouped: boolean; names: AppNames },
): Promise<number> {
  const { rows } = await allFilteredRows((before, limit) => ledgerPage(db, { before, limit }), view.filter);
  const groups = view.grouped ? groupByApp(rows, view.names) : null;
  const text = viewToJson({ filter: view.filter, rows, groups, names: view.names, now });
  downloadText(exportFilename('ledger-view', 'json', now), text, 'application/json');
  return rows.length;
}
