import { F, QUOTE_WORD, lookupCompound, type Lex } from './lexicon';

/** Longest text the classifier reads; past it we keep the head and the tail (where the ask usually is). */
const HEAD_CHARS = 4000;
const TAIL_CHARS = 1500;

/** A token that separates list items ("1. …", "- …" lines). */
export const ITEM_MARK = '¶';

const NO_LEX: Lex = { flags: 0, feat: 0, simp: 0 };
const PUNCT_LEX: Lex = { flags: F.PUNCT, feat: 0, simp: 0 };

export interface Prepared {
  words: string[];
  lex: Lex[];
  /** Fenced blocks, code-like lines or inline code were set aside as context. */
  hadCode: boolean;
  /** The text was longer than the classifier reads. */
  truncated: boolean;
}

const LIST_LINE = /^\s*(?:[-*•·+]|\d{1,2}[.)]|[a-h][.)])\s+/i;
const CODE_LINE =
  /^\s*(?:at\s+\S+.*\(.*:\d+|[{}[\]<>;]|\/\/|\/\*|#include|import\s|export\s|const\s|let\s+\w+\s*=|var\s|function\s|return\b|if\s*\(|for\s*\(|def\s|class\s+\w+|<\/?[a-z][\w-]*[\s>/])/;
const CODE_CHARS = /[{}();=<>$]/g;
const QUOTED =
  /(^|[\s([:,])(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|‘([^’\n]{1,200})’|“([^”\n]{1,200})”)(?=$|[\s.,;:!?)\]…])/g;
const INLINE_CODE = /`[^`\n]{1,400}`/g;

/** Removes ``` fenced blocks (pasted code is context, not scope). Scans with indexOf: fast on 100 kB. */
function stripFences(text: string): { text: string; found: boolean } {
  let open = text.indexOf('```');
  if (open < 0) return { text, found: false };
  let out = '';
  let from = 0;
  while (open >= 0) {
    out += text.slice(from, open) + ' ';
    const close = text.indexOf('```', open + 3);
    if (close < 0) return { text: out, found: true };
    from = close + 3;
    open = text.indexOf('```', from);
  }
  return { text: out + text.slice(from), found: true };
}

function hasQuoteChar(s: string): boolean {
  return s.indexOf("'") >= 0 || s.indexOf('"') >= 0 || s.indexOf('‘') >= 0 || s.indexOf('“') >= 0;
}

function isCodeLine(line: string): boolean {
  if (CODE_LINE.test(line)) return true;
  if (line.length < 12) return false;
  const symbols = line.match(CODE_CHARS)?.length ?? 0;
  return symbols >= 4 && symbols / line.length > 0.06;
}

/**
 * Turns raw composer text into tokens: pasted code set aside, quoted strings collapsed into one
 * placeholder (what goes inside quotes is content, not instructions), list lines marked, the rest lowercased.
 */
export function prepare(raw: string): Prepared {
  const fenced = stripFences(raw);
  let text = fenced.text;
  let hadCode = fenced.found;
  let truncated = false;
  if (text.length > HEAD_CHARS + TAIL_CHARS) {
    text = text.slice(0, HEAD_CHARS) + '\n' + text.slice(-TAIL_CHARS);
    truncated = true;
  }

  if (text.indexOf('\n') >= 0) {
    let joined = '';
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      if (isCodeLine(line)) {
        hadCode = true;
        continue;
      }
      const list = LIST_LINE.exec(line);
      if (list) joined += ` ${ITEM_MARK} ` + line.slice(list[0].length);
      else joined += ' ' + line;
      // A line break ends a sentence even without a full stop.
      joined += /[.!?:;]\s*$/.test(line) ? ' ' : ' . ';
    }
    text = joined;
  }

  if (text.indexOf('`') >= 0) {
    const before = text.length;
    text = text.replace(INLINE_CODE, ` ${QUOTE_WORD} `);
    if (text.length !== before) hadCode = true;
  }
  if (hasQuoteChar(text)) text = text.replace(QUOTED, `$1 ${QUOTE_WORD} `);

  const lower = text.toLowerCase();
  const words: string[] = [];
  const lex: Lex[] = [];
  tokenize(lower, words, lex);
  return { words, lex, hadCode, truncated };
}

/** Letters, digits, '#', and Latin letters with accents. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35 || (c >= 0xc0 && c <= 0x24f);
}

/** Characters that are tokens of their own: , : ; ? ! ( ) & ¶ and a sentence-ending full stop. */
function isPunct(c: number): boolean {
  return (
    c === 44 || c === 58 || c === 59 || c === 63 || c === 33 || c === 40 || c === 41 || c === 38 || c === 0xb6
  );
}

/**
 * One pass over the lowercased text, with no regex: words (inner apostrophes and hyphens kept, so
 * "doesn't" and "mobile-friendly" stay whole) and the punctuation the classifier reads.
 */
function tokenize(s: string, words: string[], lex: Lex[]): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isWordChar(s.charCodeAt(j))) j++;
        const joiner = j + 1 < n ? s.charCodeAt(j) : 0;
        if ((joiner === 39 || joiner === 0x2019 || joiner === 45) && isWordChar(s.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const w = s.slice(i, j);
      words.push(w);
      lex.push(lookupCompound(w) ?? NO_LEX);
      i = j;
    } else {
      if (isPunct(c) || (c === 46 && (i + 1 >= n || !isWordChar(s.charCodeAt(i + 1))))) {
        words.push(s[i]!);
        lex.push(PUNCT_LEX);
      }
      i++;
    }
  }
}
