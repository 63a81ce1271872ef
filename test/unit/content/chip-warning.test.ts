import { describe, expect, it } from 'vitest';
import { chipWarning, isExpensive } from '../../../lib/content/chip-warning';
import type { BudgetVerdict } from '../../../lib/credits/budget';

describe('chipWarning', () => {
  it.each([
    // budget, fix loop, expensive → warning
    ['ok', false, false, ''],
    ['ok', false, true, 'expensive'],
    ['ok', true, false, 'fix-loop'],
    ['ok', true, true, 'fix-loop'],
    ['near', false, false, 'budget'],
    ['over', true, true, 'budget'],
    ['near', true, false, 'budget'],
  ] as [BudgetVerdict, boolean, boolean, string][])(
    'budget %s, fix loop %s, expensive %s → "%s"',
    (budget, fixLoop, expensive, warning) => {
      expect(chipWarning({ budget, fixLoop, expensive })).toBe(warning);
    },
  );
});

describe('isExpensive', () => {
  it.each([
    ['broad', true],
    ['module', true],
    ['feature', false],
    ['simple', false],
    ['discuss', false],
    ['empty', false],
    [null, false],
  ] as const)('%s → %s', (scope, expected) => {
    expect(isExpensive(scope)).toBe(expected);
  });
});
