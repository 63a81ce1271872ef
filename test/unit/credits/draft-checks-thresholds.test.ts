import { describe, expect, it } from 'vitest';
import { NO_BUDGETS } from '../../../lib/credits/budget';
import { draftChecks } from '../../../lib/credits/draft-checks';
import type { FixLoopOptions } from '../../../lib/credits/fix-loop';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { HOUR, MIN, T0, row } from './ledger-fixture';

const now = T0 + HOUR;
const window = { start: T0, end: now + 1 };

/** `n` fix prompts on app-a, five minutes apart, ending a minute before now; each costs `each`. */
function fixes(n: number, each = 0.5) {
  return Array.from({ length: n }, (_, i) =>
    row({ at: now - MIN - (n - 1 - i) * 5 * MIN, fix: true, actual: each, actualSource: 'builder' }),
  );
}

function check(
  appRows: ReturnType<typeof fixes>,
  fixLoop: FixLoopOptions | null | undefined,
  text = 'Still broken, fix it',
) {
  return draftChecks({
    draft: { text, mode: 'build', appId: 'app-a' },
    credits: 0.5,
    budgets: NO_BUDGETS,
    budgetRows: [],
    appRows,
    day: window,
    cycle: window,
    thresholds: DEFAULT_SETTINGS.thresholds,
    fixLoop,
    now,
  }).fixLoop;
}

describe('stop-loss thresholds from the settings', () => {
  it.each([
    // fixes before the draft, options, warns, rule
    [2, undefined, false, null],
    [3, undefined, true, 'streak'],
    [1, { streak: 1, credits: 100 }, true, 'streak'],
    [4, { streak: 5, credits: 100 }, false, null],
    [5, { streak: 5, credits: 100 }, true, 'streak'],
    // Credits: 4 fixes × 0.5 = 2 credits in the hour.
    [4, { streak: 10, credits: 1.5 }, true, 'credits'],
    [4, { streak: 10, credits: 2 }, false, null],
  ] as const)('%i fixes with %j → warn %s (%s)', (n, opts, warn, rule) => {
    const v = check(fixes(n), opts);
    expect(v.warn).toBe(warn);
    expect(v.rule).toBe(rule);
    expect(v.streak).toBe(n);
  });

  it('off (null) never warns, however long the loop', () => {
    expect(check(fixes(10), null)).toEqual({
      warn: false,
      rule: null,
      draftCue: null,
      streak: 0,
      fixCredits: 0,
    });
  });

  it('new work after a loop does not warn', () => {
    expect(check(fixes(5), undefined, 'Add a footer with a contact link').warn).toBe(false);
  });
});
