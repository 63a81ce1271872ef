/**
 * The ledger page by app: every prompt the filter keeps, grouped per app with the builder's
 * names, and the same view as CSV or JSON. Pure: rows, names and `now` are passed in.
 */
import { csvField } from '../db/export';
import type { LedgerRow } from '../db/rows';
import { appTotals } from '../credits/sessions';
import { filteredPage, type FetchPage, type LedgerFilter } from './ledger-filter';

/** App id → the builder's name for it (null when not seen yet). */
export type AppNames = Readonly<Record<string, string | null>>;

export interface AppGroup {
  appId: string | null;
  name: string | null;
  prompts: number;
  /** Actual where known, else the estimate (lib/credits/row-credits.ts). */
  credits: number;
  /** Prompts whose cost is Base44's own figure. */
  measured: number;
  paywalled: number;
}

/** A stop to the walk: the page stays responsive whatever the history holds. */
export const VIEW_ROW_CAP = 20_000;
const WALK_PAGE = 500;

/** Every row the filter keeps, newest first, up to `cap` (one filtered page after another). */
export async function allFilteredRows(
  fetchPage: FetchPage,
  filter: LedgerFilter,
  cap = VIEW_ROW_CAP,
): Promise<{ rows: LedgerRow[]; capped: boolean }> {
  const rows: LedgerRow[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await filteredPage(fetchPage, filter, WALK_PAGE, before);
    rows.push(...page.rows);
    if (rows.length >= cap) return { rows: rows.slice(0, cap), capped: true };
    if (page.next === null) return { rows, capped: false };
    before = page.next;
  }
}

function nameOf(names: AppNames, appId: string | null): string | null {
  return appId === null ? null : names[appId]?.trim() || null;
}

/** Per-app totals of the rows, most credits first, with the builder's names. */
export function groupByApp(rows: readonly LedgerRow[], names: AppNames): AppGroup[] {
  return appTotals(rows, { start: -Infinity, end: Infinity }).map((t) => ({
    appId: t.appId,
    name: nameOf(names, t.appId),
    prompts: t.prompts,
    credits: Math.round(t.credits * 1000) / 1000,
    measured: t.measured,
    paywalled: t.paywalled,
  }));
}

/** Apps to offer in the filter: every named app and any app in the rows, by name then id. */
export function appChoices(
  names: AppNames,
  rows: readonly Pick<LedgerRow, 'appId'>[],
): { appId: string; name: string | null }[] {
  const ids = new Set(Object.keys(names));
  for (const r of rows) if (r.appId) ids.add(r.appId);
  return [...ids]
    .map((appId) => ({ appId, name: nameOf(names, appId) }))
    .sort((a, b) => (a.name ?? '\uffff' + a.appId).localeCompare(b.name ?? '\uffff' + b.appId));
}

const iso = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? '' : new Date(ms).toISOString());
const csv = (lines: (string | number | null)[][]) =>
  lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The filtered rows as CSV, with each app's name beside its id. */
export function rowsToCsv(rows: readonly LedgerRow[], names: AppNames): string {
  return csv([
    [
      'time',
      'workspace',
      'app',
      'app_name',
      'mode',
      'scope',
      'estimate',
      'actual',
      'actual_source',
      'state',
      'excerpt',
    ],
    ...rows.map((r) => [
      iso(r.at),
      r.workspaceId,
      r.appId,
      nameOf(names, r.appId),
      r.mode,
      r.scope,
      r.estimate,
      r.actual,
      r.actualSource,
      r.state ?? null,
      r.excerpt,
    ]),
  ]);
}

/** The per-app groups as CSV. */
export function groupsToCsv(groups: readonly AppGroup[]): string {
  return csv([
    ['app', 'app_name', 'prompts', 'credits', 'measured', 'paywalled'],
    ...groups.map((g) => [g.appId, g.name, g.prompts, g.credits, g.measured, g.paywalled]),
  ]);
}

/** The view as one JSON document: the filter, the groups when grouped, and the rows. */
export function viewToJson(args: {
  filter: LedgerFilter;
  rows: readonly LedgerRow[];
  groups: readonly AppGroup[] | null;
  names: AppNames;
  now: number;
}): string {
  const { filter, rows, groups, names, now } = args;
  return JSON.stringify(
    {
      exportedAt: iso(now),
      filter,
      ...(groups ? { groups } : {}),
      rows: rows.map((r) => ({ ...r, appName: nameOf(names, r.appId) })),
    },
    null,
    2,
  );
}
