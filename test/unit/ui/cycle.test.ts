import { describe, expect, it } from 'vitest';
import { cycleStart } from '../../../lib/ui/cycle';

const NOW = Date.UTC(2026, 10, 21, 12, 0);

describe('cycleStart', () => {
  it.each([
    [Date.UTC(2026, 11, 1, 9, 30), Date.UTC(2026, 10, 1, 9, 30)],
    [Date.UTC(2027, 0, 15, 0, 0), Date.UTC(2026, 11, 15, 0, 0)], // across the year
    [Date.UTC(2027, 2, 31, 8, 0), Date.UTC(2027, 1, 28, 8, 0)], // clamped to February's end
  ])('one month before %i', (reset, start) => {
    expect(cycleStart(reset, reset - 1000)).toBe(start);
  });

  it('falls back to the last 30 days without a reset', () => {
    expect(cycleStart(null, NOW)).toBe(NOW - 30 * 86_400_000);
  });
});
