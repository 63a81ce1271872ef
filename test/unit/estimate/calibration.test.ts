import { describe, expect, it } from 'vitest';
import { buildCalibration, robustTypical } from '../../../lib/estimate/calibration';
import { estimate } from '../../../lib/estimate/estimate';
import type { CalibrationPair, Scope } from '../../../lib/estimate/types';

const FEATURE = 'Add a filter by status to the tasks list';
const pairs = (scope: Scope, actuals: number[], estimateValue = 1): CalibrationPair[] =>
  actuals.map((actual) => ({ scope, estimate: estimateValue, actual }));

describe('buildCalibration', () => {
  it('summarises each scope with n and a robust typical cost', () => {
    const c = buildCalibration([...pairs('feature', [1.2, 1.4, 1.3]), ...pairs('simple', [0.4], 0.5)]);
    expect(c.perScope.feature).toEqual({ n: 3, typical: 1.3 });
    expect(c.perScope.simple).toEqual({ n: 1, typical: 0.4 });
    expect(c.perScope.module).toBeUndefined();
  });

  it('adds quartiles once there are four observations', () => {
    const c = buildCalibration(pairs('feature', [1, 2, 3, 4, 5]));
    expect(c.perScope.feature).toMatchObject({ n: 5, low: 2, high: 4 });
  });

  it('ignores invalid pairs', () => {
    const c = buildCalibration([
      { scope: 'feature', estimate: 1, actual: Number.NaN },
      { scope: 'feature', estimate: 1, actual: -2 },
      { scope: 'nonsense' as Scope, estimate: 1, actual: 1 },
      { scope: 'feature', estimate: 1, actual: 1.5 },
    ]);
    expect(c.perScope.feature).toEqual({ n: 1, typical: 1.5 });
    expect(Object.keys(c.perScope)).toEqual(['feature']);
  });

  it('a single outlier does not swing the typical cost', () => {
    expect(robustTypical([1, 1.1, 0.9, 1, 1.05, 1, 0.95, 1, 1, 25])).toBeCloseTo(1.01, 1);
  });
});

describe('estimate with calibration', () => {
  it('no data is the rubric prior', () => {
    expect(estimate(FEATURE, { calibration: buildCalibration([]) })).toEqual(estimate(FEATURE));
  });

  it('many consistent observations move the estimate most of the way', () => {
    const few = estimate(FEATURE, { calibration: buildCalibration(pairs('feature', [2, 2])) });
    const many = estimate(FEATURE, { calibration: buildCalibration(pairs('feature', Array(30).fill(2))) });
    expect(few.credits).toBeGreaterThan(1);
    expect(many.credits).toBeGreaterThan(few.credits);
    expect(many.credits).toBeGreaterThan(1.8);
    expect(many.credits).toBeLessThanOrEqual(2);
    expect(many.low).toBeLessThanOrEqual(many.credits);
    expect(many.high).toBeGreaterThanOrEqual(many.credits);
  });

  it('moves down as well as up', () => {
    const cheap = estimate(FEATURE, { calibration: buildCalibration(pairs('feature', Array(12).fill(0.6))) });
    expect(cheap.credits).toBeLessThan(0.75);
  });

  it('one outlier does not swing it', () => {
    const steady = Array(10).fill(1);
    const withOutlier = estimate(FEATURE, {
      calibration: buildCalibration(pairs('feature', [...steady, 40])),
    });
    expect(withOutlier.credits).toBeGreaterThan(0.9);
    expect(withOutlier.credits).toBeLessThan(1.2);
    const alone = estimate(FEATURE, { calibration: buildCalibration(pairs('feature', [40])) });
    expect(alone.credits).toBeLessThan(3);
  });

  it('history of another scope does not move this one directly, the overall ratio only gently', () => {
    const c = buildCalibration(pairs('module', Array(8).fill(3), 2));
    const e = estimate(FEATURE, { calibration: c });
    expect(c.overall).toEqual({ n: 8, ratio: 1.5 });
    expect(e.credits).toBeGreaterThan(1);
    expect(e.credits).toBeLessThan(1.5);
  });

  it('Discuss mode stays at the published 0.3', () => {
    const c = buildCalibration(pairs('discuss', Array(10).fill(1)));
    expect(estimate('hello', { mode: 'discuss', calibration: c }).credits).toBe(0.3);
  });
});
