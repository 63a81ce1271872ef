import { tokenize, type Tokens } from './tokens';
import { QUOTE_WORD } from './lexicon';

/** Longest text the classifier reads; past it we keep the head and the tail (where the ask usually is). */
const HEAD_CHARS = 4000;
const TAIL_CHARS = 1500;

/** A token that separates list items ("1. …", "- …" lines). */
const ITEM_MARK = '¶';

export interface Prepared extends Tokens {
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
function stripFences(text: string, open: number): string {
  let out = '';
  let from = 0;
  while (open >= 0) {
    out += text.slice(from, open) + ' ';
    const close = text.indexOf('```', open + 3);
    if (close < 0) return out;
    from = close + 3;
    open = text.indexOf('```', from);
  }
  return out + text.slice(from);
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
  const fence = raw.indexOf('```');
  let text = fence < 0 ? raw : stripFences(raw, fence);
  let hadCode = fence >= 0;
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

  const t = tokenize(text.toLowerCase());
  return { n: t.n, id: t.id, start: t.start, end: t.end, text: t.text, hadCode, truncated };
}
