import { describe, expect, it } from 'vitest';
import { activityEnd, isMeasured, oldestFirst, rowCredits } from '../../../lib/credits/row-credits';
import { TURN_TIMEOUT_MS } from '../../../lib/credits/turns';
import { MIN, T0, row } from './ledger-fixture';

describe('rowCredits', () => {
  it.each([
    [
      'actual wins over the estimate',
      row({ estimate: 1, actual: 1.4, actualSource: 'builderText' }),
      1.4,
      true,
    ],
    ['the estimate while the actual is unknown', row({ estimate: 2, actual: null }), 2, false],
    ['a measured zero stays zero', row({ estimate: 1, actual: 0, actualSource: 'balanceDelta' }), 0, true],
    ['a paywalled turn cost nothing', row({ estimate: 2, actual: null, state: 'paywalled' }), 0, true],
    ['a paywall source cost nothing', row({ estimate: 2, actual: 0, actualSource: 'paywall' }), 0, true],
    ['a failed turn keeps its estimate', row({ estimate: 0.5, actual: null, state: 'failed' }), 0.5, false],
  ])('%s', (_name, r, credits, measured) => {
    expect(rowCredits(r)).toBe(credits);
    expect(isMeasured(r)).toBe(measured);
  });
});

describe('activityEnd', () => {
  it.each([
    [
      'a settled turn ends when it settled',
      row({ at: T0, settledAt: T0 + 5 * MIN }),
      T0 + 60 * MIN,
      T0 + 5 * MIN,
    ],
    [
      'a v1 row ends when it was replied to',
      row({ at: T0, state: undefined, repliedAt: T0 + 2 * MIN }),
      T0 + 60 * MIN,
      T0 + 2 * MIN,
    ],
    [
      'a terminal turn without an end time ends at its send',
      row({ at: T0, state: 'stopped' }),
      T0 + 60 * MIN,
      T0,
    ],
    ['a running turn is active now', row({ at: T0, state: 'running' }), T0 + 3 * MIN, T0 + 3 * MIN],
    [
      'a stale open turn stops at the timeout',
      row({ at: T0, state: 'sent' }),
      T0 + 600 * MIN,
      T0 + TURN_TIMEOUT_MS,
    ],
  ])('%s', (_name, r, now, end) => {
    expect(activityEnd(r, now)).toBe(end);
  });
});

describe('oldestFirst', () => {
  const a = row({ at: 1 });
  const b = row({ at: 2 });
  const c = row({ at: 3 });
  it('returns an ascending list as is (no copy)', () => {
    const rows = [a, b, c];
    expect(oldestFirst(rows)).toBe(rows);
  });
  it('reverses a descending list without touching it', () => {
    const rows = [c, b, a];
    expect(oldestFirst(rows)).toEqual([a, b, c]);
    expect(rows).toEqual([c, b, a]);
  });
  it('sorts a shuffled list', () => {
    expect(oldestFirst([b, c, a])).toEqual([a, b, c]);
  });
});
