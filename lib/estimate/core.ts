import { applyCalibration, type Point } from './calibration';
import { classify, type Classification } from './classify';
import { detectLanguage, hasForeignLetters } from './detect';
import { hasLanguage, latinPacks, packFor } from './languages';
import { knownWords } from './foreign';
import { F, FEAT, FLAGS, G, GBITS, SIMP, X, XBITS } from './lexicon';
import { prepare, type Prepared } from './prepare';
import { renderReasons, type Reason } from './reasons';
import { BUILD_SCOPES, RUBRIC, scopeRank, type BuildScope } from './rubric';
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

/** The first word from `i` that is not a lead-in ("also", "then", "please"). */
function skipLeadIn(p: Prepared, i: number, end: number): number {
  while (i < end && gAt(p, i) & G.LEAD_IN) i++;
  return i;
}

function firstWord(p: Prepared, r: Range): number {
  return skipLeadIn(p, r.start, r.end);
}

const xAt = (p: Prepared, i: number): number => (i < p.n ? XBITS[p.id[i]!]! : 0);

/** The first word in `r` with one of the extra `bits` (or of the lexicon `flags`), or r.end. */
function firstWith(p: Prepared, r: Range, bits: number, flags = 0): number {
  for (let i = r.start; i < r.end; i++)
    if (xAt(p, i) & bits || (i < p.n && FLAGS[p.id[i]!]! & flags)) return i;
  return r.end;
}

const has = (p: Prepared, r: Range, bits: number, flags = 0): boolean => firstWith(p, r, bits, flags) < r.end;

/** Verbs that ask for a change (add, make, rename, fix), not for an answer. */
const CHANGE = F.IMPERATIVE | F.CREATE | F.REWORD | F.FIX;

const isChangeVerb = (id: number): boolean =>
  (FLAGS[id]! & CHANGE) !== 0 && !(XBITS[id]! & (X.EXPLAIN | X.NOTHING | X.MAY));

/** A change verb next to "anything"/"nothing": "don't change anything", "ändere nichts", "אל תשנה כלום". */
function keepsAsIs(p: Prepared, r: Range): boolean {
  for (let k = r.start; k < r.end; k++) {
    if (!(xAt(p, k) & X.NOTHING)) continue;
    for (let j = Math.max(r.start, k - 2); j < Math.min(r.end, k + 3); j++)
      if (j !== k && isChangeVerb(p.id[j]!)) return true;
  }
  return false;
}

/**
 * Something the answer would change: a change verb (not in "don't change anything"), a look or a
 * behaviour word, and with `things` also an element or an app-wide word ("could the logo be bigger?").
 */
function changeIn(p: Prepared, from: number, end: number, things: boolean, mine = false): boolean {
  const named = things ? F.ELEMENT | F.SURF_PART | F.BROAD_MED | F.BROAD_STRONG : 0;
  for (let k = from; k < end; k++) {
    const id = p.id[k]!;
    // "Can I use my own domain?" asks; "can I add a logo?" asks for the logo.
    if (mine ? FLAGS[id]! & (F.CREATE | F.REWORD | F.FIX) : isChangeVerb(id)) return true;
    if (SIMP[id]! >= 1.5 || FEAT[id]! >= 1.5 || FLAGS[id]! & named) return true;
  }
  return false;
}

/** Where a word asking to be told stands ("Explain…", "Can you tell me…", "…を説明して"), or -1. */
function toldAt(p: Prepared, r: Range): number {
  const from = p.verbFinal ? Math.max(r.start, r.end - 6) : r.start;
  const end = p.verbFinal ? r.end : Math.min(r.end, firstWord(p, r) + 4);
  for (let k = from; k < end; k++) if (xAt(p, k) & X.EXPLAIN) return k;
  return -1;
}

/** "…and fix it" after an explanation asked for: the sentence asks for the change too. */
function andChange(p: Prepared, from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) {
    if (!(FLAGS[p.id[k]!]! & F.AND)) continue;
    const v = skipLeadIn(p, k + 1, end);
    if (v < end && isChangeVerb(p.id[v]!)) return true;
  }
  return false;
}

/** 'other': context, a report, "don't change anything" — neither a question nor a request. */
type Sentence = 'ask' | 'change' | 'other';

/**
 * What one sentence does. "Why does…?", "How do I…?", "Can I publish…?" ask; "Can you add…?",
 * "Would it be possible to add…?", "Could the logo be bigger?" are requests in a question's clothes.
 */
function sentenceKind(p: Prepared, r: Range): Sentence {
  const told = toldAt(p, r);
  if (told >= 0) return andChange(p, told + 1, r.end) ? 'change' : 'ask';
  const i = firstWord(p, r);
  const g = gAt(p, i);
  const marked = (gAt(p, r.end - 1) & G.QUESTION_MARK) !== 0;
  // Verb-last languages put the question word anywhere before the verb ("…はどうやって接続しますか").
  const wh = p.verbFinal ? marked && has(p, r, 0, F.WH) : i < r.end && (FLAGS[p.id[i]!]! & F.WH) !== 0;
  if (wh) return 'ask';
  // A fused "can you" (puedes, kannst, תוכל, してもらえる): a request.
  // Verb-last languages also ask politely with a request word (お願い, ください) anywhere.
  const asked = p.lang === 'en' ? r.end : firstWith(p, r, X.ASK_YOU, p.verbFinal ? F.REQUEST : 0);
  if (asked < r.end) {
    // "je peux…", "eu posso…": can I, not can you.
    if (asked === r.start || !(xAt(p, asked - 1) & X.FIRST)) return 'change';
    return changeIn(p, asked + 1, r.end, false, true) ? 'change' : 'ask';
  }
  if (g & G.ASKER) {
    const mine = (xAt(p, i + 1) & X.FIRST) !== 0;
    if (gAt(p, i + 1) & G.YOU && !mine) return 'change';
    // "Can I add…?", "Could the header be smaller?": the answer would be a change.
    return changeIn(p, i + 1, r.end, !mine, mine) ? 'change' : 'ask';
  }
  const questioned = marked || (g & G.AUX) !== 0;
  // "Is it possible to add…?", "אפשר להגדיל…?", "大きくできますか": a request if it names a change.
  if (questioned && has(p, r, X.MAY)) return changeIn(p, r.start, r.end, true) ? 'change' : 'ask';
  if (g & G.AUX) return 'ask';
  // Verb-last: a question that is not "can you / can it be done" only asks ("保存しても大丈夫ですか").
  if (marked && p.verbFinal) return 'ask';
  if (marked && !asksAfterReport(p, r))
    return changeIn(p, r.start, r.end, false) && isImperative(p, r) ? 'change' : 'ask';
  if (keepsAsIs(p, r)) return 'other';
  return isImperative(p, r) || asksAfterReport(p, r) ? 'change' : 'other';
}

/**
 * The prompt asks and asks for no change: questions, maybe with context around them ("I'm planning
 * a clinic app. Which entities would you suggest?"), and no request anywhere.
 */
function isDiscussion(p: Prepared, parts: readonly Range[]): boolean {
  let asks = 0;
  for (const r of parts) {
    const kind = sentenceKind(p, r);
    if (kind === 'change') return false;
    if (kind === 'ask') asks++;
  }
  return asks > 0;
}

/** "…chokes on semicolons, can you handle both?": a request after the report. */
function asksAfterReport(p: Prepared, r: Range): boolean {
  for (let k = r.start + 1; k < r.end - 1; k++)
    if (gAt(p, k) & G.ASKER && gAt(p, k + 1) & G.YOU && gAt(p, k - 1) & G.LIST_SEP) return true;
  return false;
}

function isImperative(p: Prepared, r: Range): boolean {
  if (p.verbFinal) {
    // The request verb closes the sentence: "…を追加して".
    for (let k = r.end - 1; k >= r.start && k >= r.end - 6; k--)
      if (FLAGS[p.id[k]!]! & F.IMPERATIVE) return true;
    return false;
  }
  let i = firstWord(p, r);
  // "Can you add…", "Could you please make…"
  if (gAt(p, i) & G.ASKER && gAt(p, i + 1) & G.YOU) i = skipLeadIn(p, i + 2, r.end);
  return i < r.end && (FLAGS[p.id[i]!]! & F.IMPERATIVE) !== 0;
}

/**
 * A clear behaviour word ("pagination", "search") in the clause from `i`: only then is "…and add X"
 * read as its own request (a looks-only tail, "and use our brand orange", stays with its element).
 */
function behaviourAhead(p: Prepared, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const id = p.id[k]!;
    if (FLAGS[id]! & F.AND) return false;
    if (FEAT[id]! >= 1.5 && !(FLAGS[id]! & F.FIX)) return true;
  }
  return false;
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
  const starts: Range[] = [];
  for (const r of parts) {
    if (!isImperative(p, r)) continue;
    // "Make the title blue and add a search to the list": two requests joined in one sentence.
    let from = r.start;
    if (!p.verbFinal) {
      for (let k = r.start + 2; k < r.end - 1; k++) {
        if (!(FLAGS[p.id[k]!]! & F.AND || gAt(p, k) & G.LIST_SEP)) continue;
        const v = skipLeadIn(p, k + 1, r.end);
        if (v < r.end - 1 && FLAGS[p.id[v]!]! & F.IMPERATIVE && behaviourAhead(p, v, r.end)) {
          starts.push({ start: from, end: k });
          from = k + 1;
        }
      }
    }
    starts.push({ start: from, end: r.end });
  }
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

function finish(
  scope: Estimate['scope'],
  point: Point,
  confidence: number,
  why: Reason[],
  language: string | null,
): Estimate {
  const credits = round(point.credits);
  return {
    scope,
    credits,
    low: Math.min(round(point.low), credits),
    high: Math.max(round(point.high), credits),
    confidence: round(confidence),
    reasons: renderReasons(why),
    why,
    language,
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
  notes: Reason[],
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
    return finish(whole.scope, point, whole.confidence, [...whole.reasons, ...notes], p.lang);
  }
  return finish(
    top.scope,
    { credits: combine(credits), low: combine(lows), high: separate },
    confidence,
    [{ id: 'changes', n: items.length }, ...top.reasons.slice(0, 2), ...notes],
    p.lang,
  );
}

/** Words the lexicon gives a class, and all words (quotes, numbers and punctuation left out). */
function known(p: Prepared): [number, number] {
  let hits = 0;
  let words = 0;
  for (let i = 0; i < p.n; i++) {
    const id = p.id[i]!;
    const f = FLAGS[id]!;
    if (f & (F.PUNCT | F.QUOTE) || (id !== 0 && f === 0 && GBITS[id]! & (G.NUMBER | G.LENGTH | G.HEX)))
      continue;
    words++;
    if (f !== 0 || FEAT[id]! > 0 || SIMP[id]! > 0) hits++;
  }
  return [hits, words];
}

/** Below this share of known words, a Latin-script prompt is in a language we do not read. */
const UNKNOWN_BELOW = 0.15;

/** Anything that is not part of a Latin-script word. */
const LATIN_BREAK = /[^a-z0-9\u00c0-\u024f'-]+/;

/** Text in quotation marks of any language. */
const QUOTED_TEXT =
  /"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|„[^“”\n]{1,200}[“”]|「[^」\n]{1,200}」|『[^』\n]{1,200}』/g;

/** Lines of a pasted error trace are English whatever language the prompt is in. */
const TRACE_LINE = /^\s*(?:[\w.]*(?:Error|Exception)\b.*|at\s.*)$/gm;

/**
 * The prompt read in its language, or null for a language the estimator does not know. English
 * prompts take the fast path: plain ASCII text whose words the English lexicon mostly knows. Other
 * Latin-script text is read by every Latin lexicon; function words and known words pick the language.
 */
function read(text: string): Prepared | string | null {
  const sample =
    text.indexOf('Error') >= 0 || text.indexOf('Exception') >= 0 ? text.replace(TRACE_LINE, '') : text;
  if (!hasForeignLetters(sample)) {
    const p = prepare(text);
    const [hits, words] = sample === text ? known(p) : known(prepare(sample));
    if (words === 0 || hits > 0.5 * words) return sample === text ? p : prepare(text);
  }
  // Quoted wording is content, not the language of the request ('Change the title to "שלום"').
  const unquoted = sample.replace(QUOTED_TEXT, ' ');
  const d = detectLanguage(/\p{L}/u.test(unquoted) ? unquoted : sample);
  if (d.lang === null) return null;
  if (!hasLanguage(d.lang)) return d.lang; // a pack not loaded (yet)
  if (!d.latin) return prepare(text, packFor(d.lang));
  let best = 'en';
  let top = -1;
  let bestKnown = 0;
  let anyKnown = false;
  const words = unquoted.slice(0, 3000).toLowerCase().split(LATIN_BREAK);
  for (const pack of [undefined, ...latinPacks()]) {
    const code = pack?.pack.code ?? 'en';
    const { hits, small } = knownWords(words, pack);
    if (hits > 0) anyKnown = true;
    const score = hits + (d.votes.get(code) ?? 0);
    if (score > top) [best, top, bestKnown] = [code, score, hits + small];
  }
  if (!anyKnown && d.evidence === 0) return null;
  // Dutch, Polish, Turkish…: a Latin-script prompt whose words the chosen lexicon barely knows is
  // not that language. An honest "not recognised" beats a guess read from two shared words.
  const count = words.filter(Boolean).length;
  if (count >= 4 && bestKnown < UNKNOWN_BELOW * count) return null;
  return prepare(text, best === 'en' ? undefined : packFor(best));
}

/**
 * The language a prompt is in ("en", "es", …; null when unknown), whether or not its pack is loaded:
 * what a lean build asks before loading a pack.
 */
export function languageOf(text: string): string | null {
  const d = detectLanguage(text);
  if (d.lang === null || !d.latin) return d.lang;
  let best = 'en';
  let top = 0;
  for (const [code, votes] of d.votes) if (votes > top) [best, top] = [code, votes];
  return best;
}

/**
 * A language we cannot read: no guess from symbols. The user's own average cost (or the rubric's
 * middle) with a range from the cheapest to the dearest kind of prompt.
 */
function unknownLanguage(
  options: EstimateOptions | undefined,
  notes: Reason[],
  language: string | null,
): Estimate {
  let n = 0;
  let sum = 0;
  for (const scope of BUILD_SCOPES) {
    const h = options?.calibration?.perScope[scope];
    if (h && h.n > 0 && Number.isFinite(h.typical)) {
      n += h.n;
      sum += h.n * h.typical;
    }
  }
  const middle = rubricPoint('feature', options);
  const factor = options?.modelFactor !== undefined && options.modelFactor > 0 ? options.modelFactor : 1;
  const credits = n > 0 ? (sum / n) * factor : middle.credits;
  const low = Math.min(rubricPoint('simple', options).low, credits);
  const high = Math.max(rubricPoint('broad', options).high, credits);
  const why: Reason = { id: language === null ? 'language-unknown' : 'language-not-loaded' };
  return finish('feature', { credits, low, high }, 0.2, [why, ...notes], language);
}

/**
 * Estimates what sending `text` to the Base44 builder will cost, from the prompt's scope (not its
 * length). Pure: no clock, no browser.
 */
export function estimate(text: string, options?: EstimateOptions): Estimate {
  const discuss = options?.mode === 'discuss';
  if (!/\S/.test(text)) {
    return finish(
      discuss ? 'discuss' : 'simple',
      { credits: 0, low: 0, high: 0 },
      1,
      [{ id: 'nothing' }],
      null,
    );
  }
  if (discuss) {
    const r = RUBRIC.discuss;
    return finish('discuss', r, 1, [{ id: 'discuss' }], languageOf(text));
  }

  const notes: Reason[] = [];
  const factor = options?.modelFactor;
  const model: Reason[] =
    factor !== undefined && factor > 0 && factor !== 1 ? [{ id: 'model', n: factor }] : [];
  const p = read(text);
  if (p === null || typeof p === 'string') return unknownLanguage(options, model, p);
  if (p.hadCode) notes.push({ id: 'code' });
  if (p.truncated) notes.push({ id: 'truncated' });
  notes.push(...model);

  if (p.n === 0) {
    return finish('simple', rubricPoint('simple', options), 0.4, [{ id: 'symbols' }, ...notes], p.lang);
  }

  const parts = sentences(p);
  if (isDiscussion(p, parts)) {
    // Build mode still answers a question, usually without touching much code.
    const asked = classify(p);
    const point = rubricPoint('simple', options);
    const high = Math.max(point.high, rubricPoint(asked.scope, options).credits);
    return finish('discuss', { ...point, high }, 0.6, [{ id: 'question' }, ...notes], p.lang);
  }

  const whole = classify(p);
  // Past ten changes a prompt is more likely pasted notes than a to-do list: count ten at most.
  const items = changes(p, parts).slice(0, MAX_CHANGES);
  if (items.length >= 2) return several(p, whole, items, options, notes);

  const point = widen(rubricPoint(whole.scope, options), whole, options);
  return finish(whole.scope, point, whole.confidence, [...whole.reasons, ...notes], p.lang);
}
