/**
 * Words of languages other than English: a pack's lists are folded into lexicon entries (the same
 * class bits the English rules read), and a Unicode-aware tokenizer reads prompts in that language.
 * Slower than the English path (it builds a string per word), which is fine: it runs only for them.
 */
import {
  F,
  FEAT,
  FLAGS,
  G,
  GBITS,
  HASH_SEED,
  HEX_ID,
  LENGTH_ID,
  NUMBER_ID,
  KIND,
  KINDS,
  SIMP,
  X,
  XBITS,
  addEntry,
  hashStep,
  probe,
} from './lexicon';
import type { LanguagePack } from './lang/pack';
import { endsHere, type Tokens } from './tokens';

export interface CompiledPack {
  pack: LanguagePack;
  exact: Map<string, number>;
  stems: Map<string, number>;
  suffixes: string[];
  clitics: string[];
  prefixes: string;
  swaps: [string, string][];
}

// --- folding: lowercase text in, one character out per character in (offsets stay valid) ---
const FOLD = new Map<number, number>();
for (let c = 0xc0; c < 0x250; c++) {
  const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
  if (base < 128 && base !== c) FOLD.set(c, base);
}
FOLD.set(0xdf, 115); // ß → s (both sides fold alike)
FOLD.set(0xf8, 111); // ø
FOLD.set(0x153, 111); // œ
FOLD.set(0xe6, 97); // æ
// Hebrew final letters → regular forms (ך ם ן ף ץ), so a stripped plural meets its singular.
FOLD.set(0x5da, 0x5db);
FOLD.set(0x5dd, 0x5de);
FOLD.set(0x5df, 0x5e0);
FOLD.set(0x5e3, 0x5e4);
FOLD.set(0x5e5, 0x5e6);

/** Accents off, Hebrew final letters regular, Hebrew points dropped. */
export function fold(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Hebrew points, geresh and gershayim (פיצ'ר, צ׳אט) drop out.
    if ((c >= 0x591 && c <= 0x5c7) || c === 0x5f3 || c === 0x5f4 || c === 39 || c === 34) continue;
    out += String.fromCharCode(FOLD.get(c) ?? c);
  }
  return out;
}

function stem(key: string, suffixes: readonly string[]): string {
  for (const s of suffixes) {
    if (key.length - s.length >= 3 && key.endsWith(s)) return key.slice(0, -s.length);
  }
  return key;
}

const GRAMMAR = F.DET | F.BOUNDARY | F.AND | F.REQUEST | F.WH | F.PUNCT;
const STRONG_KINDS = new Set(['TRANSLATE', 'RTL', 'REBRAND']);

export function compilePack(pack: LanguagePack): CompiledPack {
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  const suffixes = (pack.suffixes ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map(fold)
    .sort((a, b) => b.length - a.length);
  const idOf = (word: string): number => {
    const key = fold(word);
    let id = exact.get(key);
    if (id === undefined) {
      id = addEntry(`${pack.code}:${key}`);
      exact.set(key, id);
    }
    return id;
  };
  const each = (words: string, fn: (id: number) => void) => {
    for (const w of words.split(/\s+/)) if (w) fn(idOf(w));
  };
  for (const [name, words] of Object.entries(pack.flags)) {
    const bit = F[name as keyof typeof F];
    each(words!, (id) => (FLAGS[id]! |= bit));
  }
  for (const [name, words] of Object.entries(pack.bits ?? {})) {
    const bit = G[name as keyof typeof G];
    each(words!, (id) => (GBITS[id]! |= bit));
  }
  for (const [name, words] of Object.entries(pack.extra ?? {})) {
    const bit = X[name as keyof typeof X];
    each(words!, (id) => (XBITS[id]! |= bit));
  }
  for (const [name, words] of Object.entries(pack.kinds ?? {})) {
    const kind = KIND[name as keyof typeof KIND];
    const bit = STRONG_KINDS.has(name) ? F.BROAD_STRONG : F.BROAD_MED;
    each(words!, (id) => {
      FLAGS[id]! |= bit;
      KINDS[id] = kind;
    });
  }
  const plain = new Set<number>();
  each(pack.plain ?? '', (id) => plain.add(id));
  for (const [weight, words] of pack.feat ?? []) each(words, (id) => (FEAT[id] = weight));
  for (const [weight, words] of pack.simp ?? []) each(words, (id) => (SIMP[id] = weight));
  // Inflected forms reach a content word through its stem; function words match only as written.
  // Words sharing a stem ("moderar", "moderador") share one entry with the classes of both.
  for (const [key, id] of exact) {
    if (FLAGS[id]! & GRAMMAR && !(FLAGS[id]! & ~GRAMMAR)) continue;
    const s = stem(key, suffixes);
    const other = stems.get(s);
    // A plain word keeps its stem classless: "temos" (we have) must not reach "tema" (theme).
    if (other === undefined || plain.has(id)) stems.set(s, id);
    else if (plain.has(other)) continue;
    else if (FLAGS[other] !== FLAGS[id] || GBITS[other] !== GBITS[id])
      stems.set(s, merge(pack.code, s, other, id));
  }
  // A verb form listed only as a request verb ("trie") keeps the weight of its word family ("trier",
  // "tri"): a listed form is matched as written and would otherwise shadow the family.
  for (const [key, id] of exact) {
    if (FEAT[id]! > 0 || SIMP[id]! > 0 || (FLAGS[id]! & (F.IMPERATIVE | F.REQUEST)) !== F.IMPERATIVE)
      continue;
    const family = stems.get(stem(key, suffixes));
    if (family === undefined || family === id) continue;
    FEAT[id] = FEAT[family]!;
    SIMP[id] = SIMP[family]!;
  }
  const clitics = (pack.clitics ?? '').split(/\s+/).filter(Boolean);
  clitics.sort((a, b) => b.length - a.length);
  const swaps = (pack.swaps ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':').map(fold) as [string, string]);
  return { pack, exact, stems, suffixes, clitics, prefixes: pack.prefixes ?? '', swaps };
}

/** One entry with the classes and weights of two words that share a stem. */
function merge(code: string, s: string, a: number, b: number): number {
  const id = addEntry(`${code}:~${s}`);
  FLAGS[id] = FLAGS[a]! | FLAGS[b]!;
  GBITS[id] = GBITS[a]! | GBITS[b]!;
  XBITS[id] = XBITS[a]! | XBITS[b]!;
  KINDS[id] = KINDS[a] || KINDS[b]!;
  FEAT[id] = Math.max(FEAT[a]!, FEAT[b]!);
  SIMP[id] = Math.max(SIMP[a]!, SIMP[b]!);
  return id;
}

/** The stem entry of `key`, trying each ending it has (longest first): "modère" → "moder", not "mode". */
function byStem(c: CompiledPack, key: string): number {
  for (const s of c.suffixes) {
    if (key.length - s.length >= 3 && key.endsWith(s)) {
      const id = c.stems.get(key.slice(0, -s.length));
      if (id !== undefined) return id;
    }
  }
  return c.stems.get(key) ?? 0;
}

function lookupKey(c: CompiledPack, key: string): number {
  const id = c.exact.get(key) ?? byStem(c, key);
  if (id !== 0) return id;
  for (const [from, to] of c.swaps) {
    if (key.length - from.length >= 3 && key.endsWith(from)) {
      const other = key.slice(0, -from.length) + to;
      const found = c.exact.get(other) ?? byStem(c, other);
      if (found !== 0) return found;
    }
  }
  if (c.clitics.length === 0) return id;
  for (const clitic of c.clitics) {
    if (key.length - clitic.length >= 4 && key.endsWith(clitic)) {
      const bare = key.slice(0, -clitic.length);
      return c.exact.get(bare) ?? byStem(c, bare);
    }
  }
  return 0;
}

/** How many prefix letters the last `lookup` peeled off. */
let peeled = 0;

/** A word's id: as written, by its stem, without attached prefixes (Hebrew), or 0. */
export function lookup(c: CompiledPack, key: string): number {
  peeled = 0;
  const id = lookupKey(c, key);
  if (id !== 0 || c.prefixes === '') return id;
  for (let k = 1; k <= 3 && key.length - k >= 2; k++) {
    if (c.prefixes.indexOf(key[k - 1]!) < 0) break;
    const found = lookupKey(c, key.slice(k));
    if (found !== 0) {
      peeled = k;
      return found;
    }
  }
  return 0;
}

function englishId(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return probe(word, 0, word.length, h);
}

/** How many of `words` (lowercase) the pack, or the English lexicon, gives a class: a language test. */
export function knownWords(
  words: readonly string[],
  c: CompiledPack | undefined,
): { hits: number; small: number } {
  let hits = 0;
  // The small words the rules read one by one ("do", "you", "can"), counted apart.
  let small = 0;
  for (const w of words) {
    if (!w) continue;
    const id = c ? lookup(c, fold(w)) : englishId(w);
    if (id === 0) continue;
    if (FLAGS[id] !== 0 || FEAT[id]! > 0 || SIMP[id]! > 0) hits++;
    else if (GBITS[id] !== 0 || XBITS[id] !== 0) small++;
  }
  return { hits, small };
}

// --- scratch token arrays, as in tokens.ts ---
let ids = new Int32Array(256);
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let count = 0;

function push(id: number, start: number, end: number): void {
  if (count === ids.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    ids = grow(ids);
    starts = grow(starts);
    ends = grow(ends);
  }
  ids[count] = id;
  starts[count] = start;
  ends[count++] = end;
}

const PUNCT_CHARS = ',:;?!()&.¶';
const punctIds = new Map<number, number>();
for (const ch of PUNCT_CHARS) {
  const c = ch.charCodeAt(0);
  punctIds.set(c, probe(ch, 0, 1, hashStep(HASH_SEED, c)));
}

/** Letters of any script, digits, '#', combining marks and Hebrew points. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35 || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x591 && c <= 0x5f4) return c !== 0x5be && c !== 0x5c0 && c !== 0x5c3;
  return c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

const isHebrew = (c: number): boolean => c >= 0x5d0 && c <= 0x5ea;

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
};

const NOUNS =
  F.DOMAIN |
  F.ENTITY |
  F.ACTOR |
  F.HEAD_STRONG |
  F.HEAD_WEAK |
  F.ELEMENT |
  F.PAGEISH |
  F.SURF_APP |
  F.SURF_PART;

/** German compounds: the longest known tail ("buchungs|system"), then the head with its linking s. */
function splitTail(c: CompiledPack, key: string, start: number): boolean {
  for (let cut = 3; cut <= key.length - 3; cut++) {
    const tail = lookupKey(c, key.slice(cut));
    if (tail === 0) continue;
    const head = key.slice(0, cut);
    let headId = lookupKey(c, head);
    if (headId === 0 && head.endsWith('s') && head.length > 3) headId = lookupKey(c, head.slice(0, -1));
    // A first part that only weighs toward behaviour ("leer" in "Leerraum") describes the word,
    // like "checkout" in "checkout button"; an unknown one stays in the word a reason quotes.
    if (headId !== 0 && FEAT[headId]! > 0 && (FLAGS[headId]! & NOUNS) === 0) headId = 0;
    if (headId !== 0) push(headId, start, start + cut);
    push(tail, headId !== 0 ? start + cut : start, start + key.length);
    return true;
  }
  return false;
}

/** A loanword ending in a known one ("クーポン|システム"): the whole word read as its last part. */
function knownTail(c: CompiledPack, key: string, start: number): boolean {
  for (let cut = 1; cut < key.length - 1; cut++) {
    const id = c.exact.get(key.slice(cut)) ?? 0;
    if (id !== 0) {
      push(id, start, start + key.length);
      return true;
    }
  }
  return false;
}

/**
 * Japanese runs the segmenter left whole: longest known pieces from the left, only when they cover
 * the whole run ("ダーク|モード"), so a loanword never yields a stray piece ("プロ|フィール").
 */
function splitPieces(c: CompiledPack, key: string, start: number): boolean {
  const pieces: number[] = [];
  let i = 0;
  while (i < key.length) {
    let j = key.length;
    let id = 0;
    for (; j > i; j--) if ((id = c.exact.get(key.slice(i, j)) ?? 0) !== 0) break;
    if (id === 0) return isKatakana(key.charCodeAt(0)) && knownTail(c, key, start);
    pieces.push(id, i, j);
    i = j;
  }
  for (let k = 0; k < pieces.length; k += 3) push(pieces[k]!, start + pieces[k + 1]!, start + pieces[k + 2]!);
  return pieces.length > 0;
}

function word(c: CompiledPack, s: string, start: number, end: number): void {
  const raw = s.slice(start, end);
  const key = fold(raw);
  let id = lookup(c, key);
  if (id !== 0 && peeled > 0) {
    // Each peeled prefix is a word of its own ("ו" and, "ל" to, "ה" the) for the rules to read.
    for (let k = 0; k < peeled; k++) {
      const prefix = c.exact.get(key[k]!) ?? 0;
      if (prefix !== 0) push(prefix, start + k, start + k + 1);
    }
    return push(id, start + peeled, end);
  }
  if (id === 0 && isAscii(raw)) id = englishId(raw); // English tech words inside the prompt
  if (id !== 0) return push(id, start, end);
  // Hyphenated parts ("e-mail", "Admin-Seite") as separate words when the whole is unknown.
  if (raw.indexOf('-') > 0) {
    let from = 0;
    for (let k = 0; k <= raw.length; k++) {
      if (k === raw.length || raw.charCodeAt(k) === 45) {
        if (k > from) word(c, s, start + from, start + k);
        from = k + 1;
      }
    }
    return;
  }
  if (c.pack.compounds) {
    if (c.pack.segment ? splitPieces(c, key, start) : key.length >= 6 && splitTail(c, key, start)) return;
  }
  push(literal(raw), start, end);
}

/** Numbers, CSS lengths and hex colours, as the English tokenizer reads them. */
function literal(raw: string): number {
  if (raw.charCodeAt(0) === 35) return HEX_ID;
  const m = /^\d+(px|rem|em|pt)?$/.exec(raw);
  return m ? (m[1] ? LENGTH_ID : NUMBER_ID) : 0;
}

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('ja', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

/** Splits text between spaces into script runs, when Intl.Segmenter is missing. */
function scriptOf(c: number): number {
  if (c >= 0x30a0 && c <= 0x30ff) return 1; // katakana
  if (c >= 0x3040 && c <= 0x309f) return 2; // hiragana
  if (c >= 0x4e00 && c <= 0x9fff) return 3; // kanji
  return 0;
}

function segmentRuns(c: CompiledPack, s: string, start: number, end: number): void {
  let i = start;
  while (i < end) {
    const kind = scriptOf(s.charCodeAt(i));
    let j = i + 1;
    while (j < end && scriptOf(s.charCodeAt(j)) === kind && isWordChar(s.charCodeAt(j))) j++;
    word(c, s, i, j);
    i = j;
  }
}

const isKatakana = (c: number): boolean => c >= 0x30a0 && c <= 0x30ff;

/**
 * Word-like segments of a run as [index, length, …]. Cached: while someone types, every run but the
 * last is the same as a keystroke ago, and the segmenter is the slow part of reading Japanese.
 */
const segmentCache = new Map<string, number[]>();
function segmentsOf(seg: Intl.Segmenter, run: string): number[] {
  let parts = segmentCache.get(run);
  if (!parts) {
    parts = [];
    for (const part of seg.segment(run)) if (part.isWordLike) parts.push(part.index, part.segment.length);
    if (segmentCache.size >= 512) segmentCache.clear();
    segmentCache.set(run, parts);
  }
  return parts;
}

/** Segments k..m (pair indexes) follow each other with nothing between. */
function contiguous(parts: number[], k: number, m: number): boolean {
  for (let x = k; x < m; x += 2) if (parts[x]! + parts[x + 1]! !== parts[x + 2]) return false;
  return true;
}

/**
 * Katakana runs are loanwords and stay whole ("ポータル"; the segmenter's dictionary may cut them);
 * the rest goes to the segmenter, or is split by script when there is none.
 */
function segmentJapanese(
  c: CompiledPack,
  s: string,
  from: number,
  to: number,
  seg: Intl.Segmenter | null,
): void {
  let i = from;
  while (i < to) {
    const kata = isKatakana(s.charCodeAt(i));
    let j = i + 1;
    while (j < to && isKatakana(s.charCodeAt(j)) === kata) j++;
    if (kata) word(c, s, i, j);
    else if (seg) {
      const parts = segmentsOf(seg, s.slice(i, j));
      for (let k = 0; k < parts.length; k += 2) {
        const a = i + parts[k]!;
        // The segmenter cuts verbs into stem and ending ("空|け|て"); a listed word spanning several
        // adjacent segments ("空け") is read whole, the longest first.
        let m = Math.min(k + 4, parts.length - 2);
        while (m > k && !(contiguous(parts, k, m) && c.exact.has(s.slice(a, i + parts[m]! + parts[m + 1]!))))
          m -= 2;
        if (m > k) {
          word(c, s, a, i + parts[m]! + parts[m + 1]!);
          k = m;
        } else word(c, s, a, a + parts[k + 1]!);
      }
    } else segmentRuns(c, s, i, j);
    i = j;
  }
}

/** Tokens of lowercased `s` read as the pack's language (English words inside it are recognised too). */
export function tokenizeForeign(s: string, c: CompiledPack): Tokens {
  count = 0;
  const n = s.length;
  const seg = c.pack.segment ? getSegmenter() : null;
  let i = 0;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (!isWordChar(ch)) {
      const p = punctIds.get(ch);
      if (p !== undefined && endsHere(s, i)) push(p, i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    // Apostrophes split (French "l'application"), except a Hebrew geresh (פיצ'ר); hyphens stay inside.
    for (; j < n; j++) {
      const cj = s.charCodeAt(j);
      if (isWordChar(cj)) continue;
      const next = j + 1 < n ? s.charCodeAt(j + 1) : 0;
      if (cj === 45 && isWordChar(next)) continue;
      if ((cj === 39 || cj === 34) && c.prefixes !== '' && isHebrew(s.charCodeAt(j - 1)) && isHebrew(next))
        continue;
      break;
    }
    if (c.pack.segment && !isAscii(s.slice(i, j))) segmentJapanese(c, s, i, j, seg);
    else word(c, s, i, j);
    i = j;
  }
  return { n: count, id: ids, start: starts, end: ends, text: s };
}
