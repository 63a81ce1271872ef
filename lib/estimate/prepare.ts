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
const TOKEN = /[a-z0-9#]+(?:['’-][a-z0-9]+)*|[,:;?!()&¶]|\.(?![a-z0-9])/g;

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
  if (/['"‘“]/.test(text)) text = text.replace(QUOTED, `$1 ${QUOTE_WORD} `);

  const lower = text.toLowerCase();
  const words: string[] = [];
  const lex: Lex[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    const w = m[0];
    words.push(w);
    const c = w.charCodeAt(0);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35;
    lex.push(isWord ? (lookupCompound(w) ?? NO_LEX) : PUNCT_LEX);
  }
  return { words, lex, hadCode, truncated };
}
