import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HealthReporter } from '../../../lib/content/health-reporter';

describe('HealthReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const reports: boolean[] = [];
    const h = new HealthReporter({
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
      report: (found) => reports.push(found),
    });
    return { h, reports };
  }

  it('reports a missing composer after 4 s on an editor route, once', () => {
    const { h, reports } = setup();
    h.update(true, false);
    vi.advanceTimersByTime(3999);
    h.update(true, false);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    h.update(true, false);
    vi.advanceTimersByTime(10_000);
    expect(reports).toEqual([false]);
  });

  it('reports found again after a missing report, and only then', () => {
    const { h, reports } = setup();
    h.update(true, true);
    expect(reports).toEqual([]);
    h.update(true, false);
    vi.advanceTimersByTime(4000);
    h.update(true, true);
    h.update(true, true);
    expect(reports).toEqual([false, true]);
  });

  it('a composer that shows up within the grace period is not reported', () => {
    const { h, reports } = setup();
    h.update(true, false);
    vi.advanceTimersByTime(2000);
    h.update(true, true);
    vi.advanceTimersByTime(10_000);
    expect(reports).toEqual([]);
  });

  it('does not report off editor routes (home page)', () => {
    const { h, reports } = setup();
    h.update(false, false);
    vi.advanceTimersByTime(10_000);
    expect(reports).toEqual([]);
  });
});
