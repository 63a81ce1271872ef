import { db } from '../db/instance';
import { exportAll, ledgerToCsv } from '../db/repo';
import { downloadText, exportFilename } from './download';

/** Download the whole ledger as CSV; returns the row count. */
export async function exportLedgerCsv(now: number): Promise<number> {
  const { ledger } = await exportAll(db);
  downloadText(exportFilename('ledger', 'csv', now), ledgerToCsv(ledger), 'text/csv');
  return ledger.length;
}

/** Download every table as one JSON document; returns the total row count. */
export async function exportEverythingJson(now: number): Promise<number> {
  const data = await exportAll(db);
  const doc = { exportedAt: new Date(now).toISOString(), ...data };
  downloadText(exportFilename('all', 'json', now), JSON.stringify(doc, null, 2), 'application/json');
  return data.snapshots.length + data.ledger.length + data.events.length;
}
