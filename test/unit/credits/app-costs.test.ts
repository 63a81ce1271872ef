import { describe, expect, it } from 'vitest';
import { appCostsView } from '../../../lib/credits/app-costs';
import type { CreditRow } from '../../../lib/credits/row-credits';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);
const A = 'a'.repeat(24);
const B = 'b'.repeat(24);

function row(appId: string | null, at: number, estimate: number, actual: number | null = null): CreditRow {
  return {
    at,
    appId,
    mode: 'build',
    estimate,
    actual,
    actualSource: actual === null ? null : 'builder',
    settledAt: at + MIN,
  };
}

const names: Record<string, string> = { [A]: 'Task tracker' };
const cycle = { start: T0 - 10 * 24 * 60 * MIN, end: T0 + 24 * 60 * MIN };

describe('appCostsView', () => {
  it('sums the session of the focused app and each app this cycle, with names where known', () => {
    const rows = [
      row(A, T0 - 5 * 24 * 60 * MIN, 3, 2.5), // an earlier session, same cycle
      row(A, T0, 1),
      row(B, T0 + 5 * MIN, 0.6),
      row(A, T0 + 10 * MIN, 0.1, 0.2),
    ];
    const view = appCostsView({
      workspaceId: 'ws',
      cycleRows: rows,
      cycle,
      sessionRows: rows.filter((r) => r.appId === A && r.at >= T0 - 24 * 60 * MIN),
      focusedAppId: A,
      now: T0 + 20 * MIN,
      nameOf: (id) => names[id],
    });
    expect(view.session).toMatchObject({
      appId: A,
      name: 'Task tracker',
      credits: 1.2,
      prompts: 2,
      estimated: 1,
    });
    expect(view.apps).toEqual([
      { appId: A, name: 'Task tracker', credits: 3.7, prompts: 3 },
      { appId: B, name: null, credits: 0.6, prompts: 1 },
    ]);
  });

  it('has no session after a pause longer than 30 minutes, and leaves rows outside the cycle out', () => {
    const rows = [row(A, cycle.start - MIN, 5), row(A, T0, 1)];
    const view = appCostsView({
      workspaceId: 'ws',
      cycleRows: rows,
      cycle,
      sessionRows: rows,
      focusedAppId: A,
      now: T0 + MIN + 31 * MIN,
      nameOf: () => undefined,
    });
    expect(view.session).toBeNull();
    expect(view.apps).toEqual([{ appId: A, name: null, credits: 1, prompts: 1 }]);
  });

  it('rounds float sums and treats a blank name as unknown', () => {
    const rows = [row(A, T0, 0.1), row(A, T0 + MIN, 0.2)];
    const view = appCostsView({
      workspaceId: 'ws',
      cycleRows: rows,
      cycle,
      sessionRows: rows,
      focusedAppId: A,
      now: T0 + 3 * MIN,
      nameOf: () => '  ',
    });
    expect(view.session?.credits).toBe(0.3);
    expect(view.apps[0]).toEqual({ appId: A, name: null, credits: 0.3, prompts: 2 });
  });
});
