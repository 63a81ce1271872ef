import type { LedgerMode, LedgerRow } from '../db/rows';
import type { Scope } from '../estimate/types';

/** What the ledger page can narrow to; every field optional ("all"). */
export interface LedgerFilter {
  mode?: LedgerMode;
  scope?: Scope;
  /** Epoch ms, inclusive start / exclusive end. */
  from?: number;
  to?: number;
  actual?: 'known' | 'unknown';
  /** One app's prompts only. */
  appId?: string;
}

export function matchesFilter(row: LedgerRow, f: LedgerFilter): boolean {
  if (f.mode && row.mode !== f.mode) return false;
  if (f.scope && row.scope !== f.scope) return false;
  if (f.from !== undefined && row.at < f.from) return false;
  if (f.to !== undefined && row.at >= f.to) return false;
  if (f.actual === 'known' && row.actual === null) return false;
  if (f.actual === 'unknown' && row.actual !== null) return false;
  if (f.appId !== undefined && row.appId !== f.appId) return false;
  return true;
}

/** Fetches up to `limit` rows strictly older than `before`, newest first (ledgerPage's shape). */
export type FetchPage = (before: number | undefined, limit: number) => Promise<LedgerRow[]>;

export interface FilteredPage {
  rows: LedgerRow[];
  /** Pass as `before` for the next page; null when there is nothing older. */
  next: number | null;
}

/**
 * One page of rows that pass the filter, walking newest-first pages until `limit` rows match or the
 * store (or the date range) runs out. The date range also bounds the walk, so old rows are not read.
 */
export async function filteredPage(
  fetchPage: FetchPage,
  filter: LedgerFilter,
  limit: number,
  before?: number,
): Promise<FilteredPage> {
  const batch = Math.max(limit * 2, 50);
  let cursor = before;
  if (filter.to !== undefined && (cursor === undefined || cursor > filter.to)) cursor = filter.to;
  const rows: LedgerRow[] = [];
  // Paging is by timestamp (ledgerPage's `before`); two prompts in the same millisecond across a
  // page edge are the one case this could skip, and sends are seconds apart.
  for (;;) {
    const page = await fetchPage(cursor, batch);
    for (const row of page) {
      if (filter.from !== undefined && row.at < filter.from) return { rows, next: null };
      if (rows.length >= limit && row.at !== rows[rows.length - 1]!.at)
        return { rows, next: rows[rows.length - 1]!.at };
      if (matchesFilter(row, filter)) rows.push(row);
    }
    if (page.length < batch) return { rows, next: null };
    cursor = page[page.length - 1]!.at;
  }
}

/** The filter controls as typed: '' = all; dates are local calendar days "YYYY-MM-DD". */
export interface LedgerFilterForm {
  mode: '' | LedgerMode;
  scope: '' | Scope;
  from: string;
  to: string;
  actual: '' | 'known' | 'unknown';
  /** An app id, or '' for every app. */
  app: string;
}

export const EMPTY_FILTER_FORM: LedgerFilterForm = {
  mode: '',
  scope: '',
  from: '',
  to: '',
  actual: '',
  app: '',
};

/**
 * Local calendar day → epoch ms of its local midnight. `Date`'s local-time constructor is the one
 * place the runtime's zone is wanted: the person picked a day in their own calendar.
 */
function localDayStart(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** Controls → filter; "to" includes the whole chosen day. */
export function filterFromForm(f: LedgerFilterForm): LedgerFilter {
  const out: LedgerFilter = {};
  if (f.mode) out.mode = f.mode;
  if (f.scope) out.scope = f.scope;
  if (f.actual) out.actual = f.actual;
  if (f.app) out.appId = f.app;
  const from = localDayStart(f.from);
  if (from !== undefined) out.from = from;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.to);
  if (m) out.to = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime();
  return out;
}
