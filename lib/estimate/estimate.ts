import { applyCalibration, type Point } from './calibration';
import { classify, type Classification } from './classify';
import { F } from './lexicon';
import { ITEM_MARK, prepare, type Prepared } from './prepare';
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
const AUX = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'should',
  'shall',
  'am',
  'has',
  'have',
]);
const ASKERS = new Set(['can', 'could', 'would', 'will']);
const YOU = new Set(['you', 'we', 'u', 'ya']);
const LEAD_INS = new Set([
  'also',
  'then',
  'and',
  'now',
  'next',
  'finally',
  'please',
  'pls',
  'ok',
  'okay',
  'so',
]);

interface Range {
  start: number;
  end: number;
}

/** Sentences (and list items) as token ranges. */
function sentences(p: Prepared): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    if (w === '.' || w === '?' || w === '!' || w === ';' || w === ITEM_MARK) {
      if (i > start) out.push({ start, end: i + (w === '?' ? 1 : 0) });
      start = i + 1;
    }
  }
  if (start < p.words.length) out.push({ start, end: p.words.length });
  return out;
}

function firstWord(p: Prepared, r: Range): number {
  let i = r.start;
  while (i < r.end && LEAD_INS.has(p.words[i]!)) i++;
  return i;
}

/** "Why does…?", "How do I…?": asking, not asking for a change. "Can you add…?" is a request. */
function isQuestion(p: Prepared, r: Range): boolean {
  const i = firstWord(p, r);
  const w = p.words[i] ?? '';
  if (ASKERS.has(w)) return !YOU.has(p.words[i + 1] ?? '');
  if (p.lex[i]!.flags & F.WH || AUX.has(w)) return true;
  return p.words[r.end - 1] === '?';
}

function isImperative(p: Prepared, r: Range): boolean {
  let i = firstWord(p, r);
  // "Can you add…", "Could you please make…"
  if (ASKERS.has(p.words[i] ?? '') && YOU.has(p.words[i + 1] ?? '')) i += 2;
  while (i < r.end && LEAD_INS.has(p.words[i]!)) i++;
  return i < r.end && (p.lex[i]!.flags & F.IMPERATIVE) !== 0;
}

/** The separate changes a prompt asks for: list items, or several imperative sentences. */
function changes(p: Prepared): Range[] {
  const marks: number[] = [];
  for (let i = 0; i < p.words.length; i++) if (p.words[i] === ITEM_MARK) marks.push(i);
  if (marks.length >= 2) {
    return marks.map((m, k) => ({ start: m + 1, end: marks[k + 1] ?? p.words.length }));
  }
  const parts = sentences(p);
  if (parts.length < 2) return [];
  const starts = parts.filter((r) => isImperative(p, r));
  if (starts.length < 2) return [];
  // Each change runs until the next imperative sentence (a "because…" sentence stays with its change).
  return starts.map((r, k) => ({ start: r.start, end: starts[k + 1]?.start ?? p.words.length }));
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

  if (p.words.length === 0) {
    return finish('simple', rubricPoint('simple', options), 0.4, ['only code or symbols', ...notes]);
  }

  const parts = sentences(p);
  if (parts.length > 0 && parts.every((r) => isQuestion(p, r))) {
    // Build mode still answers a question, usually without touching much code.
    const asked = classify(p);
    const point = rubricPoint('simple', options);
    const high = Math.max(point.high, rubricPoint(asked.scope, options).credits);
    return finish('simple', { ...point, high }, 0.6, ['a question: the builder may just answer', ...notes]);
  }

  const whole = classify(p);
  // Past ten changes a prompt is more likely pasted notes than a to-do list: count ten at most.
  const items = changes(p).slice(0, MAX_CHANGES);
  if (items.length >= 2) {
    const each = items.map((r) => classify(p, r.start, r.end));
    const dearest = each.reduce((a, b) => (scopeRank(b.scope) > scopeRank(a.scope) ? b : a));
    // A list that together describes one module or app-wide change ("Add a booking system:\n- …").
    if (scopeRank(whole.scope) > scopeRank(dearest.scope) && scopeRank(whole.scope) >= scopeRank('module')) {
      const point = widen(rubricPoint(whole.scope, options), whole, options);
      return finish(whole.scope, point, whole.confidence, [...whole.reasons, ...notes]);
    }
    const points = each.map((c) => rubricPoint(c.scope, options));
    const sum = (k: keyof Point) => {
      const values = points.map((pt) => pt[k]).sort((a, b) => b - a);
      return values[0]! + BATCH_FACTOR * values.slice(1).reduce((s, v) => s + v, 0);
    };
    const separate = points.reduce((s, pt) => s + pt.high, 0);
    const confidence = Math.min(...each.map((c) => c.confidence));
    return finish(dearest.scope, { credits: sum('credits'), low: sum('low'), high: separate }, confidence, [
      `${items.length} changes in one prompt`,
      ...dearest.reasons.slice(0, 2),
      ...notes,
    ]);
  }

  const point = widen(rubricPoint(whole.scope, options), whole, options);
  return finish(whole.scope, point, whole.confidence, [...whole.reasons, ...notes]);
}
