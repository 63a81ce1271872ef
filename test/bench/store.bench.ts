/**
 * Store benchmark (fake-indexeddb in Node, so absolute times are slower than Chrome's IndexedDB;
 * the ratios are the point):
 * 1. the popup's summary query (latestSnapshot + two ledger sums) on 100k snapshots + 20k ledger
 *    rows, against a naive load-everything-then-compute version in the same run;
 * 2. ingest rate of recordSnapshot on that database;
 * 3. storage for a simulated year of heavy use after thinning, against the 20 MB target.
 */
import 'fake-indexeddb/auto';
import { currentPeriod, dailyWindow, DAY, HOUR, MINUTE } from '../../lib/credits/schedule';
import type { BalanceReading } from '../../lib/credits/types';
import { CreditMeterDb } from '../../lib/db/database';
import {
  latestSnapshot,
  recordEvent,
  recordSnapshot,
  spentBetween,
  thinSnapshots,
  EXCERPT_MAX,
} from '../../lib/db/repo';
import type { EventRow, LedgerRow, SnapshotRow } from '../../lib/db/rows';
import type { BenchRow } from './run';

const GROUP = 'store';
const NOW = Date.UTC(2026, 10, 21, 12, 0);
const MB = 1024 * 1024;
/** STORE_BENCH_SCALE=0.1 runs a tenth of the sizes (for a quick check). */
const SCALE = Number(process.env.STORE_BENCH_SCALE ?? '1');
const t0 = performance.now();
const log = (msg: string) =>
  process.stderr.write(`  store [${((performance.now() - t0) / 1000).toFixed(1)} s]: ${msg}\n`);

function freshDb(tag: string): CreditMeterDb {
  return new CreditMeterDb(`bench-${tag}-${Math.random().toString(36).slice(2)}`);
}

function snapshotRow(workspaceId: string, at: number, i: number): Omit<SnapshotRow, 'id'> {
  const used = (i % 2500) / 10;
  const iUsed = i % 10000;
  return {
    workspaceId,
    at,
    source: i % 3 === 0 ? 'page' : 'api',
    message: { limit: 250, used, remaining: 250 - used, bonus: null },
    integration: { limit: 10000, used: iUsed, remaining: 10000 - iUsed, bonus: null },
    daily: null,
    tier: 'builder',
    periodEnd: Date.UTC(2026, 11, 3, 8),
    periodStart: Date.UTC(2026, 10, 3, 8),
    dailyResetAt: null,
  };
}

function ledgerRow(workspaceId: string, at: number, i: number, excerptLength: number): Omit<LedgerRow, 'id'> {
  return {
    sendId: `${i.toString(16).padStart(8, '0')}-4b1c-4e8a-9f6d-${(i * 7919).toString(16).padStart(12, '0')}`,
    at,
    workspaceId,
    appId: '64b7f1a2c3d4e5f60718293a',
    mode: i % 10 === 0 ? 'discuss' : 'build',
    scope: i % 10 === 0 ? 'discuss' : 'feature',
    estimate: i % 10 === 0 ? 0.3 : 1,
    low: 0.5,
    high: 2,
    actual: i % 4 === 0 ? null : 1.2,
    actualSource: i % 4 === 0 ? null : i % 2 === 0 ? 'builder' : 'balanceDelta',
    repliedAt: at + 40_000,
    excerpt: 'Add a settings page with a dark mode toggle and save the choice per user; also '
      .repeat(4)
      .slice(0, excerptLength),
  };
}

async function bulk<T>(table: { bulkAdd(rows: T[]): Promise<unknown> }, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) await table.bulkAdd(rows.slice(i, i + 10_000));
}

interface SummaryInputs {
  latestAt: number | undefined;
  spentThisPeriod: number;
  spentToday: number;
}

/** What the background does for a summary: indexed lookups only. */
async function indexedSummary(db: CreditMeterDb, ws: string, now: number): Promise<SummaryInputs> {
  const latest = await latestSnapshot(db, ws);
  const period = currentPeriod({ now, periodStart: latest?.periodStart, periodEnd: latest?.periodEnd });
  const day = dailyWindow('utcMidnight', now);
  const [spentThisPeriod, spentToday] = await Promise.all([
    spentBetween(db, ws, period.start, now + 1),
    spentBetween(db, ws, day.start, day.end),
  ]);
  return { latestAt: latest?.at, spentThisPeriod, spentToday };
}

/** The naive way: load every row, then filter and sum in memory. */
async function naiveSummary(db: CreditMeterDb, ws: string, now: number): Promise<SummaryInputs> {
  const [snapshots, ledger] = await Promise.all([db.snapshots.toArray(), db.ledger.toArray()]);
  let latest: SnapshotRow | undefined;
  for (const s of snapshots) if (s.workspaceId === ws && (!latest || s.at >= latest.at)) latest = s;
  const period = currentPeriod({ now, periodStart: latest?.periodStart, periodEnd: latest?.periodEnd });
  const day = dailyWindow('utcMidnight', now);
  const sum = (start: number, end: number) =>
    Math.round(
      ledger
        .filter((r) => r.workspaceId === ws && r.at >= start && r.at < end)
        .reduce((s, r) => s + (r.actual ?? r.estimate), 0) * 1000,
    ) / 1000;
  return {
    latestAt: latest?.at,
    spentThisPeriod: sum(period.start, now + 1),
    spentToday: sum(day.start, day.end),
  };
}

async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn(); // warm-up
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = await fn();
  return { ms: (performance.now() - started) / runs, result };
}

async function summaryAndIngest(rows: BenchRow[]): Promise<void> {
  const db = freshDb('summary');
  // 100k snapshots: 90k for the active workspace (one a minute, ~62 days), 10k for another.
  const snaps: Omit<SnapshotRow, 'id'>[] = [];
  const nA = Math.round(90_000 * SCALE);
  for (let i = 0; i < nA; i++) snaps.push(snapshotRow('ws1', NOW - (nA - i) * MINUTE, i));
  const nB = Math.round(10_000 * SCALE);
  for (let i = 0; i < nB; i++) snaps.push(snapshotRow('ws2', NOW - (nB - i) * 5 * MINUTE, i));
  // 20k prompts over ~100 days, interleaved between the two workspaces.
  const ledger: Omit<LedgerRow, 'id'>[] = [];
  const nL = Math.round(20_000 * SCALE);
  for (let i = 0; i < nL; i++)
    ledger.push(ledgerRow(i % 5 === 0 ? 'ws2' : 'ws1', NOW - (nL - i) * 7 * MINUTE, i, 120));
  const seedStart = performance.now();
  await bulk(db.snapshots, snaps);
  await bulk(db.ledger, ledger);
  log('seeded');
  const seedMs = performance.now() - seedStart;

  const fast = await time(30, () => indexedSummary(db, 'ws1', NOW));
  log(`indexed summary ${fast.ms.toFixed(1)} ms`);
  const naive = await time(2, () => naiveSummary(db, 'ws1', NOW));
  log(`naive summary ${naive.ms.toFixed(0)} ms`);
  if (JSON.stringify(fast.result) !== JSON.stringify(naive.result)) {
    throw new Error(`summary mismatch: ${JSON.stringify(fast.result)} vs ${JSON.stringify(naive.result)}`);
  }
  rows.push({
    group: GROUP,
    metric: 'summary query, 100k snapshots + 20k ledger (ms)',
    value: fast.ms.toFixed(2),
    baseline: `${naive.ms.toFixed(0)} (load all, then compute)`,
    ratio: `${(naive.ms / fast.ms).toFixed(0)}× faster`,
    target: '< 100 ms in fake-indexeddb, far below naive',
  });

  // Ingest: every reading differs (worst case: nothing is deduplicated).
  const n = 1000;
  const reading = (i: number): BalanceReading => ({
    message: { limit: 250, used: i / 10, remaining: 250 - i / 10, bonus: null },
    integration: { limit: 10000, used: i, remaining: 10000 - i, bonus: null },
    daily: null,
    tier: 'builder',
    periodStart: null,
    periodEnd: Date.UTC(2026, 11, 3, 8),
    dailyResetAt: null,
  });
  let started = performance.now();
  for (let i = 0; i < n; i++) await recordSnapshot(db, 'ws1', 'api', reading(i), NOW + (i + 1) * 1000);
  log('ingested');
  const ingestPerSec = n / ((performance.now() - started) / 1000);
  // Dedupe path: the same reading again within the heartbeat (not stored).
  started = performance.now();
  for (let i = 0; i < n; i++)
    await recordSnapshot(db, 'ws1', 'api', reading(n - 1), NOW + (n + 1) * 1000 + i);
  const dedupePerSec = n / ((performance.now() - started) / 1000);
  rows.push({
    group: GROUP,
    metric: 'ingest, recordSnapshot on 100k rows (readings/s)',
    value: ingestPerSec.toFixed(0),
    baseline: `${dedupePerSec.toFixed(0)} (unchanged reading, skipped)`,
    target: '≫ 1/min poll rate',
  });
  rows.push({
    group: GROUP,
    metric: 'seed 120k rows with bulkAdd (s)',
    value: (seedMs / 1000).toFixed(1),
  });
  await db.delete();
}

/**
 * A year of heavy use: the builder open 10 h a day with a reading every minute that always
 * changes (integration credits move while the app runs), an idle poll every 15 min otherwise;
 * 100 prompts a day with full-length excerpts; 5 events a day. Thinning runs at the end of every
 * simulated month (in the extension it runs daily; monthly keeps the bench short, same result).
 */
async function yearOfHeavyUse(rows: BenchRow[]): Promise<void> {
  const db = freshDb('year');
  const start = NOW - 365 * DAY;
  let snapCount = 0;
  let promptCount = 0;
  let deleted = 0;
  const started = performance.now();
  for (let month = 0; month < 12; month++) {
    const snaps: Omit<SnapshotRow, 'id'>[] = [];
    const ledger: Omit<LedgerRow, 'id'>[] = [];
    const events: Omit<EventRow, 'id'>[] = [];
    const days = month === 11 ? 365 - 11 * 30 : 30;
    for (let d = 0; d < days; d++) {
      const dayStart = start + (month * 30 + d) * DAY;
      for (let m = 0; m < 24 * 60; m++) {
        const active = m >= 8 * 60 && m < 18 * 60;
        if (active || m % 15 === 0) snaps.push(snapshotRow('ws1', dayStart + m * MINUTE, snapCount++));
      }
      for (let p = 0; p < 100; p++) {
        ledger.push(ledgerRow('ws1', dayStart + 8 * HOUR + p * 6 * MINUTE, promptCount++, EXCERPT_MAX));
      }
      for (let e = 0; e < 5; e++) {
        events.push({
          workspaceId: 'ws1',
          at: dayStart + e * HOUR,
          kind: 'notification',
          key: `threshold-${e}`,
          detail: null,
        });
      }
    }
    await bulk(db.snapshots, snaps);
    await bulk(db.ledger, ledger);
    await bulk(db.events, events);
    deleted += await thinSnapshots(db, start + (month * 30 + days) * DAY);
  }
  await recordEvent(db, { workspaceId: 'ws1', at: NOW, kind: 'reset', key: 'message-monthly', detail: null });
  const simMs = performance.now() - started;

  // Size method: UTF-8 length of JSON.stringify of every stored row, per table. IndexedDB's
  // structured-clone records are of the same order; index entries add roughly one key per index.
  const bytes = async <T>(table: { each(cb: (r: T) => void): Promise<unknown> }) => {
    let b = 0;
    await table.each((r) => {
      b += Buffer.byteLength(JSON.stringify(r));
    });
    return b;
  };
  const sBytes = await bytes(db.snapshots);
  const lBytes = await bytes(db.ledger);
  const eBytes = await bytes(db.events);
  const total = sBytes + lBytes + eBytes;
  const [sCount, lCount, eCount] = await Promise.all([
    db.snapshots.count(),
    db.ledger.count(),
    db.events.count(),
  ]);
  rows.push({
    group: GROUP,
    metric: `year of heavy use: ${sCount} snapshots (of ${snapCount}; ${deleted} thinned), ${lCount} prompts, ${eCount} events`,
    value: `${(total / MB).toFixed(2)} MB`,
    baseline: `${((snapCount * (sBytes / sCount)) / MB + (lBytes + eBytes) / MB).toFixed(2)} MB unthinned`,
    ratio: `snapshots ${(sBytes / MB).toFixed(2)} / ledger ${(lBytes / MB).toFixed(2)} / events ${(eBytes / MB).toFixed(2)} MB`,
    target: '< 20 MB (JSON bytes of all rows)',
  });
  rows.push({
    group: GROUP,
    metric: 'year simulation incl. 12 thinning runs (s)',
    value: (simMs / 1000).toFixed(1),
  });
  await db.delete();
}

export default async function storeBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await summaryAndIngest(rows);
  await yearOfHeavyUse(rows);
  return rows;
}
