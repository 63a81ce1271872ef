import { beforeEach, describe, expect, it } from 'vitest';
import type { CreditMeterDb } from '../../../lib/db/database';
import type { LedgerRow, SnapshotRow } from '../../../lib/db/rows';
import {
  deleteAll,
  exportAll,
  latestSnapshot,
  ledgerToCsv,
  recordEvent,
  recordPrompt,
  recordSnapshot,
  thinSnapshots,
} from '../../../lib/db/repo';
import { freshDbPerTest, pool, prompt, reading } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 30, 12, 0);
const fresh = freshDbPerTest();
let db: CreditMeterDb;
beforeEach(() => {
  db = fresh();
});

function snap(workspaceId: string, at: number, used: number): Omit<SnapshotRow, 'id'> {
  return {
    workspaceId,
    at,
    source: 'api',
    message: pool(250, used),
    integration: null,
    daily: null,
    tier: null,
    periodEnd: null,
  };
}

describe('thinSnapshots', () => {
  it('keeps the last snapshot of each hour older than 14 days, and everything newer', async () => {
    const oldHour = Date.UTC(2026, 10, 1, 10, 0); // 29 days before NOW
    const rows = [
      snap('ws1', oldHour + 1 * MIN, 1),
      snap('ws1', oldHour + 20 * MIN, 2),
      snap('ws1', oldHour + 59 * MIN, 3), // last of 10:00
      snap('ws1', oldHour + 60 * MIN, 4), // alone in 11:00
      snap('ws1', NOW - 13 * DAY, 5),
      snap('ws1', NOW - 13 * DAY + MIN, 6),
    ];
    await db.snapshots.bulkAdd(rows);
    expect(await thinSnapshots(db, NOW)).toBe(2);
    const left = await db.snapshots.orderBy('at').toArray();
    expect(left.map((r) => r.message?.used)).toEqual([3, 4, 5, 6]);
    expect(await thinSnapshots(db, NOW)).toBe(0);
  });

  it('thins each workspace on its own', async () => {
    const h = Date.UTC(2026, 9, 1, 8, 0);
    await db.snapshots.bulkAdd([
      snap('ws1', h + 1 * MIN, 1),
      snap('ws2', h + 2 * MIN, 1),
      snap('ws1', h + 3 * MIN, 2),
      snap('ws2', h + 4 * MIN, 2),
      snap('ws1', h + 5 * MIN, 3),
    ]);
    expect(await thinSnapshots(db, NOW)).toBe(3);
    const left = await db.snapshots.orderBy('at').toArray();
    expect(left.map((r) => [r.workspaceId, r.message?.used])).toEqual([
      ['ws2', 2],
      ['ws1', 3],
    ]);
  });

  it('keeps a snapshot that marks a reset even when it is not the last of its hour', async () => {
    const h = Date.UTC(2026, 9, 1, 8, 0);
    await db.snapshots.bulkAdd([
      snap('ws1', h + 1 * MIN, 240),
      snap('ws1', h + 2 * MIN, 245),
      snap('ws1', h + 3 * MIN, 0), // reset
      snap('ws1', h + 4 * MIN, 1),
      snap('ws1', h + 5 * MIN, 2),
    ]);
    expect(await thinSnapshots(db, NOW)).toBe(3);
    const left = await db.snapshots.orderBy('at').toArray();
    expect(left.map((r) => r.message?.used)).toEqual([0, 2]);
  });

  it('never removes the latest snapshot of an idle workspace', async () => {
    const h = Date.UTC(2026, 8, 1, 8, 0);
    await db.snapshots.bulkAdd([snap('ws1', h, 1), snap('ws1', h + MIN, 2)]);
    await thinSnapshots(db, NOW);
    expect((await latestSnapshot(db, 'ws1'))?.message?.used).toBe(2);
  });

  it('reduces a month of per-minute snapshots to hourly for the old part', async () => {
    const start = NOW - 30 * DAY;
    const rows = Array.from({ length: 30 * 24 * 6 }, (_, i) => snap('ws1', start + i * 10 * MIN, i / 1000));
    await db.snapshots.bulkAdd(rows);
    const deleted = await thinSnapshots(db, NOW);
    const oldHours = 16 * 24;
    expect(
      await db.snapshots
        .where('at')
        .below(NOW - 14 * DAY)
        .count(),
    ).toBe(oldHours);
    expect(deleted).toBe(oldHours * 5);
  });
});

describe('export and delete', () => {
  it('exportAll returns every table in time order; deleteAll empties them', async () => {
    await recordSnapshot(db, 'ws1', 'api', reading(2), NOW);
    await recordSnapshot(db, 'ws1', 'api', reading(1), NOW - HOUR);
    await recordPrompt(db, prompt(NOW));
    await recordEvent(db, {
      workspaceId: 'ws1',
      at: NOW,
      kind: 'notification',
      key: 'notify:threshold-80:message:w',
      detail: null,
    });
    const all = await exportAll(db);
    expect(all.snapshots.map((s) => s.at)).toEqual([NOW - HOUR, NOW]);
    expect(all.ledger).toHaveLength(1);
    expect(all.events).toHaveLength(1);
    await deleteAll(db);
    expect(await exportAll(db)).toEqual({ snapshots: [], ledger: [], events: [] });
  });
});

describe('ledgerToCsv', () => {
  const row = (extra: Partial<LedgerRow>): LedgerRow => ({
    id: 1,
    ...prompt(Date.UTC(2026, 0, 2, 3, 4, 5)),
    ...extra,
  });

  it('writes a header and ISO UTC times', () => {
    const csv = ledgerToCsv([
      row({ repliedAt: Date.UTC(2026, 0, 2, 3, 5), actual: 1.5, actualSource: 'builder' }),
    ]);
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe(
      'time,workspace,app,mode,scope,estimate,low,high,actual,actual_source,replied,excerpt',
    );
    expect(line).toBe(
      '2026-01-02T03:04:05.000Z,ws1,app1,build,feature,1,0.5,2,1.5,builder,2026-01-02T03:05:00.000Z,',
    );
    expect(end).toBe('');
  });

  it.each([
    ['plain', 'add a button', 'add a button'],
    ['comma', 'a, b', '"a, b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'one\ntwo', '"one\ntwo"'],
    ['CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['leading minus', '- bullet', "'- bullet"],
  ])('quotes an excerpt with %s', (_name, excerpt, expected) => {
    const csv = ledgerToCsv([row({ excerpt })]);
    expect(csv.endsWith(',' + expected + '\r\n')).toBe(true);
  });

  it('writes null cells as empty, and only the header for no rows', () => {
    expect(ledgerToCsv([])).toBe(
      'time,workspace,app,mode,scope,estimate,low,high,actual,actual_source,replied,excerpt\r\n',
    );
    const line = ledgerToCsv([row({ appId: null })]).split('\r\n')[1]!;
    expect(line.split(',')[2]).toBe('');
  });

  it('round-trips through a minimal RFC 4180 reader', () => {
    const excerpts = ['a,"b"', 'x\r\ny', 'plain', '', '""'];
    const csv = ledgerToCsv(excerpts.map((excerpt, i) => row({ id: i, excerpt })));
    const records = parseCsv(csv);
    expect(records).toHaveLength(excerpts.length + 1);
    expect(records.slice(1).map((r) => r[11])).toEqual(excerpts);
    for (const r of records) expect(r).toHaveLength(12);
  });
});

/** A small RFC 4180 reader, to prove the writer's quoting is readable. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let rec: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rec.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rec.push(cell);
      out.push(rec);
      rec = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return out;
}
