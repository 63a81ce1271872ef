import { applyCalibration, type Point } from './calibration';
import { classify, type Classification } from './classify';
import { F, FLAGS, G, GBITS } from './lexicon';
import { prepare, type Prepared } from './prepare';
import { RUBRIC, scopeRank, type BuildScope } from './rubric';
import type { Estimate, EstimateOptions } from './types';

/**
 * Several changes in one prompt share the builder's fixed work (reading the app, planning), so each
 * change after the dearest one is charged at this fraction: more than one change, less than separate
 * prompts (Base44 guides advise batching related changes for this reason).
 */
export const BATCH_FACTOR = 0.5;

const MAX_CHANGES = 10;
const round = (v: number): number => Math.round(v * 100) / 100;
interface Range {
  start: number;
  end: number;
}

/** Sentences (and list items) as token ranges. */
function sentences(p: Prepared): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < p.n; i++) {
    const g = GBITS[p.id[i]!]!;
    if (g & G.SENTENCE_END) {
      if (i > start) out.push({ start, end: i + (g & G.QUESTION_MARK ? 1 : 0) });
      start = i + 1;
    }
  }
  if (start < p.n) out.push({ start, end: p.n });
  return out;
}

const gAt = (p: Prepared, i: number): number => (i < p.n ? GBITS[p.id[i]!]! : 0);

function firstWord(p: Prepared, r: Range): number {
  let i = r.start;
  while (i < r.end && gAt(p, i) & G.LEAD_IN) i++;
  return i;
}

/** "Why does…?", "How do I…?": asking, not asking for a change. "Can you add…?" is a request. */
function isQuestion(p: Prepared, r: Range): boolean {
  const i = firstWord(p, r);
  const g = gAt(p, i);
  if (g & G.ASKER) return !(gAt(p, i + 1) & G.YOU);
  if (i < r.end && (FLAGS[p.id[i]!]! & F.WH || g & G.AUX)) return true;
  return (gAt(p, r.end - 1) & G.QUESTION_MARK) !== 0;
}

function isImperative(p: Prepared, r: Range): boolean {
  let i = firstWord(p, r);
  // "Can you add…", "Could you please make…"
  if (gAt(p, i) & G.ASKER && gAt(p, i + 1) & G.YOU) i += 2;
  while (i < r.end && gAt(p, i) & G.LEAD_IN) i++;
  return i < r.end && (FLAGS[p.id[i]!]! & F.IMPERATIVE) !== 0;
}

/** The separate changes a prompt asks for: list items, or several imperative sentences. */
function changes(p: Prepared, parts: Range[]): Range[] {
  const marks: number[] = [];
  for (let i = 0; i < p.n; i++) if (gAt(p, i) & G.ITEM) marks.push(i);
  if (marks.length >= 2) {
    const out: Range[] = [];
    for (let k = 0; k < marks.length; k++) out.push({ start: marks[k]! + 1, end: marks[k + 1] ?? p.n });
    return out;
  }
  if (parts.length < 2) return [];
  const starts: Range[] = [];
  for (const r of parts) if (isImperative(p, r)) starts.push(r);
  if (starts.length < 2) return [];
  // Each change runs until the next imperative sentence (a "because…" sentence stays with its change).
  const out: Range[] = [];
  for (let k = 0; k < starts.length; k++)
    out.push({ start: starts[k]!.start, end: starts[k + 1]?.start ?? p.n });
  return out;
}

function rubricPoint(scope: BuildScope, options: EstimateOptions | undefined): Point {
  const r = RUBRIC[scope];
  // The rubric assumes the "Automatic" model; a manual choice may cost more (factor unknown, default 1).
  const factor = options?.modelFactor !== undefined && options.modelFactor > 0 ? options.modelFactor : 1;
  const prior = { credits: r.credits * factor, low: r.low * factor, high: r.high * factor };
  return applyCalibration(scope, prior, options?.calibration);
}

function finish(scope: Estimate['scope'], point: Point, confidence: number, reasons: string[]): Estimate {
  const credits = round(point.credits);
  return {
    scope,
    credits,
    low: Math.min(round(point.low), credits),
    high: Math.max(round(point.high), credits),
    confidence: round(confidence),
    reasons,
  };
}

/** When unsure, stretch the range toward the runner-up scope's typical cost. */
function widen(point: Point, c: Classification, options: EstimateOptions | undefined): Point {
  if (c.confidence >= 0.6) return point;
  const other = rubricPoint(c.runnerUp, options).credits;
  return { ...point, low: Math.min(point.low, other), high: Math.max(point.high, other) };
}

/** Combines several changes: the dearest at full price, each other at BATCH_FACTOR of its own. */
function combine(values: number[]): number {
  let max = 0;
  let sum = 0;
  for (const v of values) {
    sum += v;
    if (v > max) max = v;
  }
  return max + BATCH_FACTOR * (sum - max);
}

function several(
  p: Prepared,
  whole: Classification,
  items: Range[],
  options: EstimateOptions | undefined,
  notes: string[],
): Estimate {
  // Loops rather than map/reduce callbacks: this runs per keystroke on multi-line prompts.
  let dearest: Classification | undefined;
  let confidence = 1;
  const credits: number[] = [];
  const lows: number[] = [];
  let separate = 0;
  for (const r of items) {
    const c = classify(p, r.start, r.end);
    if (!dearest || scopeRank(c.scope) > scopeRank(dearest.scope)) dearest = c;
    confidence = Math.min(confidence, c.confidence);
    const point = rubricPoint(c.scope, options);
    credits.push(point.credits);
    lows.push(point.low);
    separate += point.high;
  }
  const top = dearest!;
  // A list that together describes one module or app-wide change ("Add a booking system:\n- …").
  if (scopeRank(whole.scope) > scopeRank(top.scope) && scopeRank(whole.scope) >= scopeRank('module')) {
    const point = widen(rubricPoint(whole.scope, options), whole, options);
    return finish(whole.scope, point, whole.confidence, [...whole.reasons, ...notes]);
  }
  return finish(top.scope, { credits: combine(credits), low: combine(lows), high: separate }, confidence, [
    `${items.length} changes in one prompt`,
    ...top.reasons.slice(0, 2),
    ...notes,
  ]);
}

/**
 * Estimates what sending `text` to the Base44 builder will cost, from the prompt's scope (not its
 * length). Pure: no clock, no browser.
 */
export function estimate(text: string, options?: EstimateOptions): Estimate {
  const discuss = options?.mode === 'discuss';
  if (!/\S/.test(text)) {
    return finish(discuss ? 'discuss' : 'simple', { credits: 0, low: 0, high: 0 }, 1, ['nothing to send']);
  }
  if (discuss) {
    const r = RUBRIC.discuss;
    return finish('discuss', r, 1, ['Discuss mode: 0.3 per message']);
  }

  const p = prepare(text);
  const notes: string[] = [];
  if (p.hadCode) notes.push('pasted code read as context');
  if (p.truncated) notes.push('very long prompt: read its start and end');
  const factor = options?.modelFactor;
  if (factor !== undefined && factor > 0 && factor !== 1) notes.push(`manual model ×${factor} (assumed)`);

  if (p.n === 0) {
    return finish('simple', rubricPoint('simple', options), 0.4, ['only code or symbols', ...notes]);
  }

  const parts = sentences(p);
  let asking = parts.length > 0;
  for (let i = 0; i < parts.length && asking; i++) asking = isQuestion(p, parts[i]!);
  if (asking) {
    // Build mode still answers a question, usually without touching much code.
    const asked = classify(p);
    const point = rubricPoint('simple', options);
    const high = Math.max(point.high, rubricPoint(asked.scope, options).credits);
    return finish('simple', { ...point, high }, 0.6, ['a question: the builder may just answer', ...notes]);
  }

  const whole = classify(p);
  // Past ten changes a prompt is more likely pasted notes than a to-do list: count ten at most.
  const items = changes(p, parts).slice(0, MAX_CHANGES);
  if (items.length >= 2) return several(p, whole, items, options, notes);

  const point = widen(rubricPoint(whole.scope, options), whole, options);
  return finish(whole.scope, point, whole.confidence, [...whole.reasons, ...notes]);
}
