import { SCOPES, type Calibration, type CalibrationPair, type Scope, type ScopeHistory } from './types';

/**
 * How many observations the rubric prior is worth. With K = 4, the user's own history carries half the
 * weight after 4 prompts of a kind and 5/6 after 20.
 */
const PRIOR_WEIGHT = 4;
/** Costs are blended in log space (they are multiplicative); a free prompt is floored here. */
const FLOOR = 0.05;

export interface Point {
  credits: number;
  low: number;
  high: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median for a few observations; a 20 % trimmed mean once there are 5 or more (outliers drop out). */
export function robustTypical(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 5) return quantile(sorted, 0.5);
  const cut = Math.floor(sorted.length * 0.2);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** Summarises recorded (estimate, actual) pairs per scope. Invalid pairs (NaN, negative) are ignored. */
export function buildCalibration(pairs: readonly CalibrationPair[]): Calibration {
  const byScope = new Map<Scope, number[]>();
  const ratios: number[] = [];
  for (const p of pairs) {
    if (!SCOPES.includes(p.scope) || !Number.isFinite(p.actual) || p.actual < 0) continue;
    let list = byScope.get(p.scope);
    if (!list) byScope.set(p.scope, (list = []));
    list.push(p.actual);
    if (p.scope !== 'discuss' && Number.isFinite(p.estimate) && p.estimate > 0) {
      ratios.push(Math.max(p.actual, FLOOR) / p.estimate);
    }
  }
  const perScope: Calibration['perScope'] = {};
  for (const [scope, values] of byScope) {
    const sorted = [...values].sort((a, b) => a - b);
    const history: ScopeHistory = { n: values.length, typical: round(robustTypical(values)) };
    if (values.length >= 4) {
      history.low = round(quantile(sorted, 0.25));
      history.high = round(quantile(sorted, 0.75));
    }
    perScope[scope] = history;
  }
  const calibration: Calibration = { perScope };
  if (ratios.length > 0) calibration.overall = { n: ratios.length, ratio: round(robustTypical(ratios)) };
  return calibration;
}

/** Geometric blend of a prior value and an observed one, the observation weighing n against PRIOR_WEIGHT. */
function blend(prior: number, observed: number, n: number): number {
  const w = n / (n + PRIOR_WEIGHT);
  return Math.exp((1 - w) * Math.log(Math.max(prior, FLOOR)) + w * Math.log(Math.max(observed, FLOOR)));
}

/**
 * Moves a rubric point toward the user's own history for that scope: the prior fades as observations
 * accumulate. Scopes without history follow the user's overall actual/estimate ratio, more cautiously.
 */
export function applyCalibration(scope: Scope, prior: Point, calibration: Calibration | undefined): Point {
  if (!calibration) return prior;
  const own = calibration.perScope[scope];
  if (own && own.n > 0 && Number.isFinite(own.typical)) {
    const credits = blend(prior.credits, own.typical, own.n);
    const scale = credits / prior.credits;
    const hasSpread = own.low !== undefined && own.high !== undefined;
    const low = hasSpread ? blend(prior.low, own.low!, own.n) : prior.low * scale;
    const high = hasSpread ? blend(prior.high, own.high!, own.n) : prior.high * scale;
    return { credits, low: Math.min(low, credits), high: Math.max(high, credits) };
  }
  const overall = calibration.overall;
  if (overall && overall.n > 0 && Number.isFinite(overall.ratio) && overall.ratio > 0) {
    const factor = blend(1, overall.ratio, overall.n / 2);
    return { credits: prior.credits * factor, low: prior.low * factor, high: prior.high * factor };
  }
  return prior;
}
