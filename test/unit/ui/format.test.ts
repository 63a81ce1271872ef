import { describe, expect, it } from 'vitest';
import { formatCredits, formatRange, levelFor, percentUsed } from '../../../lib/ui/format';

describe('formatCredits', () => {
  it.each([
    [0, '0'],
    [0.3, '0.3'],
    [2.5, '2.5'],
    [1.04, '1'],
    [2.46, '2.5'],
    [24, '24'],
    [1234.5, '1,234.5'],
    [50000, '50,000'],
    [Number.NaN, '–'],
  ])('%d → %s (en-US)', (n, text) => {
    expect(formatCredits(n, 'en-US')).toBe(text);
  });

  it('follows the locale', () => {
    expect(formatCredits(1234.5, 'de-DE')).toBe('1.234,5');
  });
});

describe('formatRange', () => {
  it('joins a range and collapses equal ends', () => {
    expect(formatRange(0.5, 2, 'en-US')).toBe('0.5–2');
    expect(formatRange(0.3, 0.3, 'en-US')).toBe('0.3');
  });
});

describe('percentUsed and levelFor', () => {
  const t = { warn: 80, critical: 95 };
  it.each([
    [0, 25, 0, 'ok'],
    [19, 25, 76, 'ok'],
    [20, 25, 80, 'warn'],
    [23.75, 25, 95, 'critical'],
    [30, 25, 100, 'critical'],
    [0, 0, 0, 'ok'],
    [1, 0, 100, 'critical'],
  ] as const)('%d of %d → %d %% (%s)', (used, limit, pct, level) => {
    expect(percentUsed(used, limit)).toBeCloseTo(pct);
    expect(levelFor(used, limit, t)).toBe(level);
  });
});
