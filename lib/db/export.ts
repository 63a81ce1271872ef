/** Everything the user stored, out (JSON / CSV) or gone. */
import type { CreditMeterDb } from './database';
import type { EventRow, LedgerRow, SnapshotRow } from './rows';

export async function exportAll(
  db: CreditMeterDb,
): Promise<{ snapshots: SnapshotRow[]; ledger: LedgerRow[]; events: EventRow[] }> {
  return db.transaction('r', db.snapshots, db.ledger, db.events, async () => ({
    snapshots: await db.snapshots.orderBy('at').toArray(),
    ledger: await db.ledger.orderBy('at').toArray(),
    events: await db.events.orderBy('at').toArray(),
  }));
}

export async function deleteAll(db: CreditMeterDb): Promise<void> {
  await db.transaction('rw', db.snapshots, db.ledger, db.events, async () => {
    await Promise.all([db.snapshots.clear(), db.ledger.clear(), db.events.clear()]);
  });
}

const LEDGER_COLUMNS = [
  'time',
  'workspace',
  'app',
  'mode',
  'scope',
  'estimate',
  'low',
  'high',
  'actual',
  'actual_source',
  'replied',
  'excerpt',
] as const;

function iso(ms: number | null): string {
  return ms === null || !Number.isFinite(ms) ? '' : new Date(ms).toISOString();
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  // A spreadsheet would run text starting with these as a formula; prompts are user text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The ledger as CSV: a header row, one row per prompt, ISO 8601 UTC times, CRLF line ends. */
export function ledgerToCsv(rows: LedgerRow[]): string {
  const lines = [LEDGER_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        iso(r.at),
        r.workspaceId,
        r.appId,
        r.mode,
        r.scope,
        r.estimate,
        r.low,
        r.high,
        r.actual,
        r.actualSource,
        iso(r.repliedAt),
        r.excerpt,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
