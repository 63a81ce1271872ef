/**
 * Estimates are computed here, not in the page: the estimator and its language data stay out of the
 * content script, and a send's recorded estimate is never one the page supplied.
 */
import { buildCalibration } from '../estimate/calibration';
import { estimate } from '../estimate/estimate';
import { renderReasons } from '../estimate/reasons';
// Register the reasons' wording in each interface language; others fall back to English.
import '../estimate/reasons-de';
import '../estimate/reasons-es';
import '../estimate/reasons-fr';
import '../estimate/reasons-he';
import '../estimate/reasons-ja';
import '../estimate/reasons-pt';
import type { Calibration, ChatMode, Estimate } from '../estimate/types';
import { calibrationPairs } from '../db/repo';
import type { LedgerMode } from '../db/rows';
import { MAX_TEXT } from '../page-observer/limits';
import type { RuntimeDeps } from './deps';

/** A turn started by answering a parked question has no typed text: the rubric's middle, widely. */
export const ANSWER_ESTIMATE: Estimate = {
  scope: 'feature',
  credits: 1,
  low: 0.3,
  high: 3,
  confidence: 0.2,
  reasons: ['an answer to a question the builder asked'],
};

/** Calibration per workspace is reused this long: typing asks for an estimate every keystroke burst. */
const CALIBRATION_TTL_MS = 60_000;
// A cache only: losing it when the worker stops costs one query.
const calibrations = new Map<string, { at: number; value: Calibration }>();

export async function calibrationFor(deps: RuntimeDeps, workspaceId: string): Promise<Calibration> {
  const now = deps.now();
  const hit = calibrations.get(workspaceId);
  if (hit && now - hit.at >= 0 && now - hit.at < CALIBRATION_TTL_MS) return hit.value;
  const value = buildCalibration(await calibrationPairs(deps.db, workspaceId));
  calibrations.set(workspaceId, { at: now, value });
  return value;
}

/** The estimate of `text`; its reasons in `locale` (the builder page's language) when given. */
export async function estimateFor(
  deps: RuntimeDeps,
  workspaceId: string,
  text: string,
  mode: LedgerMode,
  locale?: string,
): Promise<Estimate> {
  if (mode === 'answer') return ANSWER_ESTIMATE;
  const calibration = await calibrationFor(deps, workspaceId);
  const e = estimate(text.slice(0, MAX_TEXT), { mode: mode satisfies ChatMode, calibration });
  return locale && e.why ? { ...e, reasons: renderReasons(e.why, locale, e.language) } : e;
}
