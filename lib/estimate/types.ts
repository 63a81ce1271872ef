import type { Reason } from './reasons';

/** What kind of work a prompt asks for; drives the pre-send credit estimate. */
export type Scope = 'discuss' | 'simple' | 'feature' | 'module' | 'broad';

export const SCOPES: readonly Scope[] = ['discuss', 'simple', 'feature', 'module', 'broad'];

export type ChatMode = 'build' | 'discuss';

export interface Estimate {
  scope: Scope;
  /** Point estimate in message credits. */
  credits: number;
  low: number;
  high: number;
  /** 0..1: how sure the classifier is of `scope`. */
  confidence: number;
  /** Short phrases a person can read ("touches every page"), in English: `why` rendered. */
  reasons: string[];
  /** The same reasons as data (an id plus the recognised words), to render in another language. */
  why?: Reason[];
  /**
   * The prompt's language ("en", "es", "pt", "fr", "de", "he", "ja"); null when it is one the
   * estimator does not know (then the estimate is the user's usual cost with a wide range).
   */
  language?: string | null;
}

/** One recorded prompt: what we estimated and what Base44 actually charged. */
export interface CalibrationPair {
  scope: Scope;
  estimate: number;
  actual: number;
}

/** Per-scope view of the user's own history, built from CalibrationPairs. */
export interface Calibration {
  perScope: Partial<Record<Scope, ScopeHistory>>;
  /** Across all scopes: the typical actual/estimate ratio, for scopes with no history of their own. */
  overall?: { n: number; ratio: number };
}

/** The user's own record for one scope ("your average for this kind"). */
export interface ScopeHistory {
  n: number;
  /** Robust typical actual cost (median, or a trimmed mean once there are enough observations). */
  typical: number;
  /** Lower and upper quartile of actual costs, once there are at least 4 observations. */
  low?: number;
  high?: number;
}

export interface EstimateOptions {
  mode?: ChatMode;
  calibration?: Calibration;
  /**
   * Multiplier for a manually chosen builder model. Base44 does not publish whether manual model
   * choice costs more than "Automatic"; 1 until it is known.
   */
  modelFactor?: number;
}
