import { describe, expect, it } from 'vitest';
import {
  appLabel,
  appTotals,
  currentSession,
  groupByApp,
  splitSessions,
} from '../../../lib/credits/sessions';
import { DAY, HOUR, MIN, T0, row } from './ledger-fixture';

/** Settled build prompts on one app at the given minutes after T0, each 1 credit estimated. */
function at(minutes: number[], over: Parameters<typeof row>[0] = {}) {
  return minutes.map((m) => row({ at: T0 + m * MIN, settledAt: T0 + m * MIN + MIN, ...over }));
}

describe('currentSession', () => {
  it.each([
    // name, prompt minutes, now (minutes), expected [start minute, prompts] or null
    ['one prompt just sent', [0], 1, [0, 1]],
    ['prompts 10 minutes apart are one session', [0, 10, 20, 30], 35, [0, 4]],
    ['a 45-minute pause starts a new session', [0, 10, 56, 60], 65, [56, 2]],
    ['exactly the gap after a turn ends still continues', [0, 31], 40, [0, 2]],
    ['over 30 minutes of quiet since the last turn: no session', [0, 10], 42, null],
    ['no prompts: no session', [], 10, null],
    ['prompts after now are ignored', [0, 50], 5, [0, 1]],
  ] as const)('%s', (_name, minutes, nowMin, expected) => {
    const rows = at([...minutes]);
    const s = currentSession(rows, 'app-a', T0 + nowMin * MIN);
    if (expected === null) {
      expect(s).toBeNull();
      return;
    }
    expect(s).not.toBeNull();
    expect(s!.start).toBe(T0 + expected[0] * MIN);
    expect(s!.prompts).toBe(expected[1]);
  });

  it('counts actual where known, else the estimate, and how many are still estimates', () => {
    const rows = [
      row({ at: T0, estimate: 1, actual: 2, actualSource: 'builderText', settledAt: T0 + MIN }),
      row({ at: T0 + 5 * MIN, estimate: 0.5, actual: null, settledAt: T0 + 6 * MIN }),
      row({ at: T0 + 9 * MIN, estimate: 3, state: 'paywalled', settledAt: T0 + 9 * MIN }),
    ];
    const s = currentSession(rows, 'app-a', T0 + 10 * MIN)!;
    expect(s.credits).toBeCloseTo(2.5);
    expect(s.estimated).toBe(1);
    expect(s.prompts).toBe(3);
  });

  it('measures the pause from the end of a long turn, not its send', () => {
    // A 40-minute build, then the next prompt 10 minutes after it finished.
    const rows = [
      row({ at: T0, settledAt: T0 + 40 * MIN }),
      row({ at: T0 + 50 * MIN, settledAt: T0 + 51 * MIN }),
    ];
    expect(currentSession(rows, 'app-a', T0 + 55 * MIN)!.prompts).toBe(2);
    // A turn still running keeps the session open.
    const running = [row({ at: T0, state: 'running', settledAt: null })];
    expect(currentSession(running, 'app-a', T0 + 15 * MIN)).not.toBeNull();
  });

  it('keeps apps apart and honours a configured gap', () => {
    const rows = [...at([0, 10]), ...at([5, 12], { appId: 'app-b' })];
    expect(currentSession(rows, 'app-b', T0 + 15 * MIN)!.prompts).toBe(2);
    expect(currentSession(rows, 'app-a', T0 + 15 * MIN, { gapMs: 3 * MIN })).toBeNull();
    expect(currentSession(rows, 'app-a', T0 + 12 * MIN, { gapMs: 10 * MIN })!.prompts).toBe(2);
  });

  it('gives the same answer for ascending, descending and shuffled rows', () => {
    const rows = at([0, 3, 50, 52, 60]);
    const now = T0 + 61 * MIN;
    const asc = currentSession(rows, 'app-a', now);
    expect(currentSession([...rows].reverse(), 'app-a', now)).toEqual(asc);
    expect(currentSession([rows[3]!, rows[0]!, rows[4]!, rows[1]!, rows[2]!], 'app-a', now)).toEqual(asc);
    expect(asc!.prompts).toBe(3);
  });

  it('a session across the European DST change (01:00 UTC) is one run of epoch ms', () => {
    // 00:40, 00:55, 01:10, 01:25 UTC: local clocks jump an hour in between; the gaps do not.
    const rows = at([40, 55, 70, 85]);
    const s = currentSession(rows, 'app-a', T0 + 90 * MIN)!;
    expect(s.start).toBe(T0 + 40 * MIN);
    expect(s.prompts).toBe(4);
  });

  it('prompts from the home page (no app yet) are their own session', () => {
    const rows = [...at([0]), ...at([1], { appId: null })];
    expect(currentSession(rows, null, T0 + 2 * MIN)!.prompts).toBe(1);
  });
});

describe('splitSessions', () => {
  it('splits each app at its own pauses, oldest first', () => {
    const rows = [...at([0, 10, 100]), ...at([20, 30], { appId: 'app-b' })];
    const sessions = splitSessions(rows, T0 + 200 * MIN);
    expect(sessions.map((s) => [s.appId, (s.start - T0) / MIN, s.prompts])).toEqual([
      ['app-a', 0, 2],
      ['app-b', 20, 2],
      ['app-a', 100, 1],
    ]);
  });
});

describe('appTotals', () => {
  const cycle = { start: T0, end: T0 + 30 * DAY };
  const rows = [
    row({ at: T0 - HOUR, estimate: 9 }), // before the cycle
    row({ at: T0 + HOUR, estimate: 1, actual: 1.5, actualSource: 'builderText' }),
    row({ at: T0 + 2 * HOUR, estimate: 2, actual: 1, actualSource: 'balanceDelta' }),
    row({ at: T0 + 3 * HOUR, estimate: 0.5 }),
    row({ at: T0 + 4 * HOUR, estimate: 2, actual: 0, actualSource: 'paywall', state: 'paywalled' }),
    row({ at: T0 + 5 * HOUR, appId: 'app-b', estimate: 0.3, actual: 0.3, actualSource: 'builderText' }),
    row({ at: T0 + 30 * DAY, appId: 'app-b', estimate: 5 }), // the next cycle (end is exclusive)
  ];

  it('sums credits, prompts, average and estimate error per app, most credits first', () => {
    const totals = appTotals(rows, cycle);
    expect(totals.map((t) => t.appId)).toEqual(['app-a', 'app-b']);
    const a = totals[0]!;
    expect(a.credits).toBeCloseTo(1.5 + 1 + 0.5);
    expect(a.prompts).toBe(3);
    expect(a.paywalled).toBe(1);
    expect(a.averagePerPrompt).toBeCloseTo(1);
    expect(a.measured).toBe(2);
    // |1.5 − 1| and |1 − 2|: the paywalled turn is no evidence about the estimator.
    expect(a.estimateError).toBeCloseTo(0.75);
    expect(a.lastAt).toBe(T0 + 4 * HOUR);
    const b = totals[1]!;
    expect(b.credits).toBeCloseTo(0.3);
    expect(b.estimateError).toBe(0);
  });

  it('has no estimate error without a measured prompt, and no average without prompts', () => {
    const t = appTotals([row({ at: T0, estimate: 1 })], cycle)[0]!;
    expect(t.estimateError).toBeNull();
    const p = appTotals([row({ at: T0, state: 'paywalled' })], cycle)[0]!;
    expect(p.prompts).toBe(0);
    expect(p.averagePerPrompt).toBe(0);
  });

  it('is empty for an empty window', () => {
    expect(appTotals(rows, { start: T0 + 100 * DAY, end: T0 + 101 * DAY })).toEqual([]);
  });
});

describe('groupByApp', () => {
  it('groups rows by app with names from the lookup, asked once per app', () => {
    const asked: string[] = [];
    const names: Record<string, string> = { 'app-b': 'Bakery orders' };
    const rows = [
      row({ at: T0 + 3 * MIN, appId: 'app-b', estimate: 2 }),
      row({ at: T0 + 2 * MIN, appId: '64f1a2b3c4d5e6f7a8b9c0d1', estimate: 0.5 }),
      row({ at: T0 + MIN, appId: 'app-b', estimate: 1, actual: 1.2, actualSource: 'builderText' }),
      row({ at: T0, appId: null, estimate: 1 }),
    ];
    const groups = groupByApp(rows, (id) => {
      asked.push(id);
      return names[id];
    });
    expect(asked.sort()).toEqual(['64f1a2b3c4d5e6f7a8b9c0d1', 'app-b']);
    expect(groups.map((g) => [g.label, g.named, g.prompts, g.rows.length])).toEqual([
      ['Bakery orders', true, 2, 2],
      ['New app (home page)', false, 1, 1],
      ['App 64f1a2…', false, 1, 1],
    ]);
    expect(groups[0]!.credits).toBeCloseTo(3.2);
    expect(groups[0]!.estimated).toBe(1);
    // Rows keep the order they came in (newest first here).
    expect(groups[0]!.rows.map((r) => r.at)).toEqual([T0 + 3 * MIN, T0 + MIN]);
  });

  it.each([
    ['a name wins', 'abc', 'Shop', 'Shop'],
    ['a blank name falls back to the id', '64f1a2b3c4d5', '  ', 'App 64f1a2…'],
    ['a short id is shown whole', 'abc', null, 'App abc'],
    ['no app yet', null, undefined, 'New app (home page)'],
  ] as const)('appLabel: %s', (_name, id, name, label) => {
    expect(appLabel(id, name)).toBe(label);
  });
});
