import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../lib/db/rows';
import {
  filterFromForm,
  filteredPage,
  matchesFilter,
  EMPTY_FILTER_FORM,
  type FetchPage,
} from '../../../lib/ui/ledger-filter';

const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;

function row(i: number, patch: Partial<LedgerRow> = {}): LedgerRow {
  return {
    id: i + 1,
    sendId: `s${i}`,
    at: T0 + i * HOUR,
    workspaceId: 'w',
    appId: null,
    mode: i % 3 === 0 ? 'discuss' : 'build',
    scope: i % 3 === 0 ? 'discuss' : 'simple',
    estimate: 1,
    low: 0.5,
    high: 2,
    actual: i % 2 === 0 ? 1 : null,
    actualSource: i % 2 === 0 ? 'builder' : null,
    repliedAt: null,
    excerpt: null,
    ...patch,
  };
}

/** The same contract as ledgerPage: newest first, strictly before `before`, with a read counter. */
function store(rows: LedgerRow[]) {
  const sorted = [...rows].sort((a, b) => b.at - a.at);
  const stats = { read: 0 };
  const fetch: FetchPage = async (before, limit) => {
    const page = sorted.filter((r) => before === undefined || r.at < before).slice(0, limit);
    stats.read += page.length;
    return page;
  };
  return { fetch, stats };
}

describe('filteredPage', () => {
  const rows = Array.from({ length: 300 }, (_, i) => row(i));

  it('walks pages until enough rows match, then hands back a cursor that continues exactly', async () => {
    const { fetch } = store(rows);
    const filter = { mode: 'discuss' as const };
    const expected = rows.filter((r) => r.mode === 'discuss').sort((a, b) => b.at - a.at);
    const seen: LedgerRow[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await filteredPage(fetch, filter, 30, before);
      seen.push(...page.rows);
      if (page.next === null) break;
      before = page.next;
    }
    expect(seen.map((r) => r.sendId)).toEqual(expected.map((r) => r.sendId));
  });

  it('combines every filter', async () => {
    const { fetch } = store(rows);
    const filter = {
      mode: 'build' as const,
      actual: 'unknown' as const,
      from: T0 + 100 * HOUR,
      to: T0 + 120 * HOUR,
    };
    const page = await filteredPage(fetch, filter, 100);
    expect(page.rows.map((r) => r.at)).toEqual(
      rows
        .filter((r) => matchesFilter(r, filter))
        .map((r) => r.at)
        .sort((a, b) => b - a),
    );
    expect(
      page.rows.every(
        (r) => r.mode === 'build' && r.actual === null && r.at >= filter.from && r.at < filter.to,
      ),
    ).toBe(true);
    expect(page.rows.length).toBe(7); // odd i in 100..119 not divisible by 3 → 101,103,107,109,113,115,119
  });

  it('does not read past the start of the date range', async () => {
    const { fetch, stats } = store(rows);
    // 50 rows are in range; pages of 50 → the walk stops within the second page, not at row 300.
    const page = await filteredPage(fetch, { from: T0 + 250 * HOUR }, 60);
    expect(page.rows).toHaveLength(50);
    expect(page.next).toBeNull();
    expect(stats.read).toBeLessThanOrEqual(240);
  });
});

describe('filterFromForm', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it.each([
    ['America/New_York', Date.UTC(2026, 10, 3, 5), Date.UTC(2026, 10, 6, 5)],
    ['Asia/Tokyo', Date.UTC(2026, 10, 2, 15), Date.UTC(2026, 10, 5, 15)],
  ])('local days in %s', (zone, from, to) => {
    process.env.TZ = zone;
    const f = filterFromForm({
      ...EMPTY_FILTER_FORM,
      from: '2026-11-03',
      to: '2026-11-05',
      scope: 'feature',
    });
    expect(f).toEqual({ scope: 'feature', from, to });
  });

  it('leaves an empty form unfiltered', () => {
    expect(filterFromForm(EMPTY_FILTER_FORM)).toEqual({});
  });
});
