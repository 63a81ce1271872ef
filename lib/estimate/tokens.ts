import { HASH_SEED, HEX_ID, LENGTH_ID, NUMBER_ID, hashStep, isContent, probe } from './lexicon';
import { nearWord } from './typos';

/**
 * The prompt as lexicon ids (0 = unknown word) with each token's place in `text`. The arrays are
 * shared scratch space reused by the next call (estimate() never holds on to them), so estimating a
 * prompt allocates almost nothing.
 */
export interface Tokens {
  n: number;
  id: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** The lowercased text the offsets refer to. */
  text: string;
}

let ids = new Int32Array(256);
let starts = new Int32Array(256);
let ends = new Int32Array(256);

function grow(): void {
  const size = ids.length * 2;
  const copy = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  ids = copy(ids);
  starts = copy(starts);
  ends = copy(ends);
}

/** Letters, digits, '#', and Latin letters with accents; a table because it is asked once per character. */
const WORD_CHAR = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35 || c >= 0xc0 ? 1 : 0;
}
function isWordChar(c: number): boolean {
  return c < 0x250 && WORD_CHAR[c] === 1;
}

/** Hash of s[start, end) (only for the rare hyphenated part; the main loop hashes as it reads). */
function hashOf(s: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

// Punctuation the classifier reads, by character code (all below 256); 0 for every other character.
/**
 * Whether punctuation at `i` counts: a full stop only where it ends a sentence, not inside "e.g" or
 * "1.5" (a Japanese 。 arrives as "." right before the next sentence's first letter).
 */
export function endsHere(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 46 || i + 1 >= s.length) return true;
  const next = s.charCodeAt(i + 1);
  return next >= 0x80 || !isWordChar(next);
}

const PUNCT = new Int32Array(256);
for (const ch of ',:;?!()&.¶') {
  const c = ch.charCodeAt(0);
  PUNCT[c] = probe(ch, 0, 1, hashStep(HASH_SEED, c));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Unknown words by hash → the word they misspell (0: none). While someone types, the same unknown
 * words ("friendlier", names) come back every keystroke; the edit search runs once for each.
 */
const typoCache = new Map<number, { word: string; id: number }>();
function misspelt(s: string, start: number, end: number, h: number): number {
  const hit = typoCache.get(h);
  if (hit !== undefined && hit.word.length === end - start && s.startsWith(hit.word, start)) return hit.id;
  const word = s.slice(start, end);
  const id = nearWord(word);
  if (typoCache.size >= 2048) typoCache.clear();
  typoCache.set(h, { word, id });
  return id;
}

/** Numbers, CSS lengths and hex colours are not lexicon words but still tell us something. */
function literal(s: string, start: number, end: number): number {
  const first = s.charCodeAt(start);
  if (first === 35) return HEX_ID;
  if (!isDigit(first)) return 0;
  let i = start;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  if (i === end) return NUMBER_ID;
  const unit = s.slice(i, end);
  return unit === 'px' || unit === 'rem' || unit === 'em' || unit === 'pt' ? LENGTH_ID : 0;
}

/**
 * One pass over lowercased text, no regex and no substrings: words are hashed as they are read and
 * probed in the lexicon. Inner apostrophes and hyphens stay in the word ("doesn't", "mobile-friendly");
 * an unknown possessive falls back to its stem, an unknown compound to its last known content part.
 */
export function tokenize(s: string): Tokens {
  const n = s.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (count === ids.length) grow();
    if (isWordChar(c)) {
      const start = i;
      let h = HASH_SEED;
      let partStart = i;
      let lastPart = 0;
      let stemEnd = -1;
      let stemHash = 0;
      let j = i;
      for (;;) {
        // Read past the end only through the guard: charCodeAt would return NaN and slow the loop.
        // Word characters never include the typographic apostrophe, so hashStep's mapping is skipped.
        let cj = c;
        while (cj < 0x250 && WORD_CHAR[cj] === 1) {
          h = Math.imul(h ^ cj, 0x01000193);
          cj = ++j < n ? s.charCodeAt(j) : 0;
        }
        const joiner = cj;
        if (
          (joiner === 39 || joiner === 0x2019 || joiner === 45) &&
          j + 1 < n &&
          isWordChar(s.charCodeAt(j + 1))
        ) {
          if (joiner === 45) {
            const part = probe(s, partStart, j, hashOf(s, partStart, j));
            if (part && isContent(part)) lastPart = part;
          } else {
            stemEnd = j;
            stemHash = h;
          }
          h = hashStep(h, joiner);
          j++;
          partStart = j;
          c = s.charCodeAt(j);
        } else break;
      }
      let id = probe(s, start, j, h);
      if (id === 0 && stemEnd > 0 && j === stemEnd + 2 && s.charCodeAt(j - 1) === 115) {
        id = probe(s, start, stemEnd, stemHash); // "button's" → "button"
      }
      if (id === 0 && partStart > start) {
        const part = probe(s, partStart, j, hashOf(s, partStart, j));
        id = part && isContent(part) ? part : lastPart;
      }
      if (id === 0) id = literal(s, start, j);
      if (id === 0 && j - start >= 5) id = misspelt(s, start, j, h);
      ids[count] = id;
      starts[count] = start;
      ends[count++] = j;
      i = j;
    } else {
      const p = c < 256 ? PUNCT[c]! : 0;
      if (p !== 0 && endsHere(s, i)) {
        ids[count] = p;
        starts[count] = i;
        ends[count++] = i + 1;
      }
      i++;
    }
  }
  return { n: count, id: ids, start: starts, end: ends, text: s };
}
