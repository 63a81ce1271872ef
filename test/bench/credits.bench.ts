/**
 * Credit views benchmark: each pure view over 20k ledger rows (a heavy year), against the floor of
 * one plain pass summing the same rows in the same run; and the fix detector per prompt, since it
 * runs on the draft as the chip updates.
 */
import { draftBudget } from '../../lib/credits/budget';
import { fixLoopVerdict, isFixPrompt } from '../../lib/credits/fix-loop';
import { appTotals, currentSession, groupByApp } from '../../lib/credits/sessions';
import type { LedgerRow } from '../../lib/db/rows';
import type { BenchRow } from './run';

const GROUP = 'credits';
const NOW = Date.UTC(2026, 10, 21, 12, 0);
const MINUTE = 60_000;
const N = 20_000;

function rows(): (LedgerRow & { fix: boolean })[] {
  const out: (LedgerRow & { fix: boolean })[] = [];
  for (let i = 0; i < N; i++) {
    const at = NOW - (N - i) * 17 * MINUTE; // oldest first, about a year
    out.push({
      sendId: `s${i}`,
      at,
      workspaceId: 'w',
      appId: `app-${i % 30}`,
      mode: i % 10 === 0 ? 'discuss' : 'build',
      scope: 'feature',
      estimate: 1,
      low: 0.5,
      high: 1.5,
      actual: i % 3 === 0 ? null : 1.2,
      actualSource: i % 3 === 0 ? null : 'builderText',
      repliedAt: at + MINUTE,
      state: 'settled',
      settledAt: at + MINUTE,
      excerpt: null,
      fix: i % 4 === 0,
    });
  }
  return out;
}

/** Median ms of `runs` calls. */
function time(runs: number, f: () => unknown): number {
  const ms: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = f();
    ms.push(performance.now() - t);
    if (r) sink++;
  }
  if (sink < 0) console.log(sink);
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

export default async function bench(): Promise<BenchRow[]> {
  const data = rows();
  const newestFirst = [...data].reverse();
  const cycle = { start: NOW - 30 * 86_400_000, end: NOW };
  const day = { start: NOW - 86_400_000, end: NOW };
  const floor = time(50, () => data.reduce((s, r) => s + (r.actual ?? r.estimate), 0));
  const row = (metric: string, ms: number): BenchRow => ({
    group: GROUP,
    metric: `${metric}, ${N / 1000}k rows`,
    value: `${ms.toFixed(2)} ms`,
    baseline: `${floor.toFixed(2)} ms (one sum)`,
    ratio: `${(ms / floor).toFixed(1)}×`,
    target: '< 50 ms',
  });
  const draft = { text: 'The save button still does nothing', mode: 'build' as const, appId: 'app-7' };
  const texts = [
    'Add a dark mode toggle to the header and remember the choice for each user',
    'הכפתור לא עובד כשאני לוחץ עליו בפעם השנייה, תתקן בבקשה',
    'TypeError: Cannot read properties of undefined (reading "map") at Dashboard.jsx:42:17',
  ];
  let k = 0;
  const perPrompt = time(2000, () => isFixPrompt(texts[k++ % texts.length]));
  return [
    row(
      'currentSession',
      time(50, () => currentSession(data, 'app-7', NOW)),
    ),
    row(
      'currentSession (newest first)',
      time(50, () => currentSession(newestFirst, 'app-7', NOW)),
    ),
    row(
      'appTotals for a cycle',
      time(50, () => appTotals(data, cycle)),
    ),
    row(
      'groupByApp',
      time(50, () => groupByApp(newestFirst, (id) => id.toUpperCase())),
    ),
    row(
      'fixLoopVerdict',
      time(50, () => fixLoopVerdict(draft, data, NOW)),
    ),
    row(
      'draftBudget',
      time(50, () =>
        draftBudget({
          rows: data,
          budgets: { daily: 10, perApp: { 'app-7': 40 } },
          appId: 'app-7',
          draft: 1,
          day,
          cycle,
          thresholds: { warn: 80, critical: 95 },
        }),
      ),
    ),
    {
      group: GROUP,
      metric: 'isFixPrompt per prompt (~80 chars)',
      value: `${(perPrompt * 1000).toFixed(1)} µs`,
      target: '< 1 ms',
    },
  ];
}
