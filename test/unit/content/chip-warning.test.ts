import { describe, expect, it } from 'vitest';
import { chipWarning, expensiveAdvice, isExpensive } from '../../../lib/content/chip-warning';
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

describe('expensiveAdvice', () => {
  it('explains a broad draft and suggests steps and Discuss', () => {
    const lines = expensiveAdvice({
      scope: 'broad',
      credits: 3,
      reasons: ['touches every page', 'translate'],
    });
    expect(lines[0]).toContain('3 credits');
    expect(lines[0]).toContain('broad change');
    expect(lines).toContain('Recognised: touches every page; translate.');
    expect(lines.some((l) => l.includes('one page'))).toBe(true);
    expect(lines.some((l) => l.includes('Discuss mode') && l.includes('0.3'))).toBe(true);
  });

  it('explains a module differently, and leaves out an empty "recognised" line', () => {
    const lines = expensiveAdvice({ scope: 'module', credits: 2, reasons: [] });
    expect(lines[0]).toContain('complex module');
    expect(lines.some((l) => l.startsWith('Recognised'))).toBe(false);
    expect(lines.some((l) => l.includes('the data first'))).toBe(true);
  });

  it.each(['simple', 'feature', 'discuss'] as const)('has nothing to say about a %s draft', (scope) => {
    expect(expensiveAdvice({ scope, credits: 1, reasons: ['x'] })).toEqual([]);
  });
});
