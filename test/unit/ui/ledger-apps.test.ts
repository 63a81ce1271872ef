import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../lib/db/rows';
import {
  allFilteredRows,
  appChoices,
  groupByApp,
  groupsToCsv,
  rowsToCsv,
  viewToJson,
} from '../../../lib/ui/ledger-apps';
import { EMPTY_FILTER_FORM, filterFromForm, type FetchPage } from '../../../lib/ui/ledger-filter';

const T0 = Date.UTC(2026, 10, 1);
const MIN = 60_000;
const APPS = ['app-aaaaaaaaaa01', 'app-bbbbbbbbbb02', null] as const;

function row(i: number, patch: Partial<LedgerRow> = {}): LedgerRow {
  return {
    id: i + 1,
    sendId: `s${i}`,
    at: T0 + i * MIN,
    workspaceId: 'w',
    appId: APPS[i % 3]!,
    mode: 'build',
    scope: 'simple',
    estimate: 1 + (i % 3) / 10,
    low: 0.5,
    high: 2,
    actual: i % 2 === 0 ? 2 : null,
    actualSource: i % 2 === 0 ? 'builder' : null,
    repliedAt: null,
    excerpt: null,
    ...patch,
  };
}

function store(rows: LedgerRow[]): FetchPage {
  const sorted = [...rows].sort((a, b) => b.at - a.at);
  return async (before, limit) => sorted.filter((r) => before === undefined || r.at < before).slice(0, limit);
}

const NAMES = { 'app-aaaaaaaaaa01': 'Recipe box', 'app-bbbbbbbbbb02': '  ', 'app-cccccccccc03': 'Unused' };

describe('allFilteredRows', () => {
  it('walks every page the filter keeps, newest first', async () => {
    const rows = Array.from({ length: 1300 }, (_, i) => row(i));
    const all = await allFilteredRows(store(rows), {});
    expect(all.capped).toBe(false);
    expect(all.rows).toHaveLength(1300);
    expect(all.rows[0]!.sendId).toBe('s1299');

    const one = await allFilteredRows(store(rows), filterFromForm({ ...EMPTY_FILTER_FORM, app: APPS[0] }));
    expect(one.rows).toHaveLength(Math.ceil(1300 / 3));
    expect(one.rows.every((r) => r.appId === APPS[0])).toBe(true);
  });

  it('stops at the cap and says so', async () => {
    const rows = Array.from({ length: 900 }, (_, i) => row(i));
    const all = await allFilteredRows(store(rows), {}, 600);
    expect(all).toMatchObject({ capped: true });
    expect(all.rows).toHaveLength(600);
  });
});

describe('groupByApp', () => {
  it('per app: prompts and credits (actual where known), most credits first, with names', () => {
    // 0,3: app a (actual 2, then estimate 1); 1,4: app b (estimate 1.1, then actual 2);
    // 2,5: home (actual 2, then estimate 1.2)
    const groups = groupByApp(
      Array.from({ length: 6 }, (_, i) => row(i)),
      NAMES,
    );
    expect(groups).toEqual([
      { appId: null, name: null, prompts: 2, credits: 3.2, measured: 1, paywalled: 0 },
      { appId: APPS[1], name: null, prompts: 2, credits: 3.1, measured: 1, paywalled: 0 },
      { appId: APPS[0], name: 'Recipe box', prompts: 2, credits: 3, measured: 1, paywalled: 0 },
    ]);
  });

  it('a paywalled prompt counts apart and costs nothing', () => {
    const [g] = groupByApp([row(0, { state: 'paywalled', actual: null, actualSource: null })], NAMES);
    expect(g).toMatchObject({ prompts: 0, paywalled: 1, credits: 0 });
  });
});

describe('appChoices', () => {
  it('named apps and apps seen in the rows, named first by name', () => {
    const choices = appChoices(NAMES, [row(0), row(1), row(2), row(0, { appId: 'app-zzzzzzzzzz09' })]);
    expect(choices.map((c) => c.appId)).toEqual([
      'app-aaaaaaaaaa01',
      'app-cccccccccc03',
      'app-bbbbbbbbbb02',
      'app-zzzzzzzzzz09',
    ]);
    expect(choices[0]!.name).toBe('Recipe box');
    expect(choices[2]!.name).toBeNull();
  });
});

describe('exports of the view', () => {
  it('rows as CSV with the app name beside the id', () => {
    const csv = rowsToCsv([row(0, { excerpt: '=SUM(A1), "quoted"' }), row(1)], NAMES);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'time,workspace,app,app_name,mode,scope,estimate,actual,actual_source,state,excerpt',
    );
    expect(lines[1]).toBe(
      `${new Date(T0).toISOString()},w,app-aaaaaaaaaa01,Recipe box,build,simple,1,2,builder,,"'=SUM(A1), ""quoted"""`,
    );
    expect(lines[2]).toContain(',app-bbbbbbbbbb02,,build,');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('groups as CSV, one line per app', () => {
    const csv = groupsToCsv(groupByApp([row(0), row(3), row(1)], NAMES));
    expect(csv).toBe(
      'app,app_name,prompts,credits,measured,paywalled\r\n' +
        'app-aaaaaaaaaa01,Recipe box,2,3,1,0\r\n' +
        'app-bbbbbbbbbb02,,1,1.1,0,0\r\n',
    );
  });

  it('JSON holds the filter, the groups when grouped, and named rows', () => {
    const rows = [row(0), row(1)];
    const doc = JSON.parse(
      viewToJson({
        filter: { appId: APPS[0] },
        rows,
        groups: groupByApp(rows, NAMES),
        names: NAMES,
        now: T0,
      }),
    ) as { exportedAt: string; filter: unknown; groups: unknown[]; rows: { appName: string | null }[] };
    expect(doc.exportedAt).toBe(new Date(T0).toISOString());
    expect(doc.filter).toEqual({ appId: APPS[0] });
    expect(doc.groups).toHaveLength(2);
    expect(doc.rows.map((r) => r.appName)).toEqual(['Recipe box', null]);
    const ungrouped = JSON.parse(
      viewToJson({ filter: {}, rows, groups: null, names: NAMES, now: T0 }),
    ) as object;
    expect('groups' in ungrouped).toBe(false);
  });
});
