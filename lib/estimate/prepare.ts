import { tokenizeForeign, type CompiledPack } from './foreign';
import { QUOTE_WORD } from './lexicon';
import { tokenize, type Tokens } from './tokens';

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
  /** The language the words were read in ("en", "es", …). */
  lang: string;
  /** Nouns before their modifiers ("sistema de reservas"). */
  headFirst: boolean;
  /** The verb closes the clause (Japanese). */
  verbFinal: boolean;
  /** The text the offsets refer to, in its original case (for reasons). */
  source: string;
}

const LIST_LINE = /^\s*(?:[-*•·+]|\d{1,2}[.)]|[a-h][.)])\s+/i;
const CODE_LINE =
  /^\s*(?:at\s+\S+.*\(.*:\d+|[{}[\]<>;]|\/\/|\/\*|#include|import\s|export\s|const\s|let\s+\w+\s*=|var\s|function\s|return\b|if\s*\(|for\s*\(|def\s|class\s+\w+|<\/?[a-z][\w-]*[\s>/])/;
const CODE_CHARS = /[{}();=<>$]/g;
/** A pasted error message ("TypeError: Cannot read…"): context, in English whatever the prompt's language. */
const TRACE_LINE = /^\s*[\w.]*(?:Error|Exception):\s/;
const QUOTED =
  /(^|[\s([:,])(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|‘([^’\n]{1,200})’|“([^”\n]{1,200})”)(?=$|[\s.,;:!?)\]…])/g;
const INLINE_CODE = /`[^`\n]{1,400}`/g;
/** Stores apps are published to: a name, not the "store" of data or a shop. */
const STORE_NAME = /\b(?:app|play|google play|microsoft|chrome web) ?store\b/gi;
/** Quotation marks of other languages: 「…」 『…』 «…» „…“. */
const OTHER_QUOTES = /「[^」\n]{1,200}」|『[^』\n]{1,200}』|«[^»\n]{1,200}»|„[^“”\n]{1,200}[“”]/g;

/** Full-width forms to ASCII, Japanese full stop and comma to ours, Spanish opening marks dropped. */
function normalizeWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3002 || c === 0xff61) out += '.';
    else if (c === 0x3001 || c === 0xff64) out += ',';
    else if (c === 0xbf || c === 0xa1) out += ' ';
    else out += text[i];
  }
  return out;
}

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
  if (CODE_LINE.test(line) || TRACE_LINE.test(line)) return true;
  if (line.length < 12) return false;
  const symbols = line.match(CODE_CHARS)?.length ?? 0;
  return symbols >= 4 && symbols / line.length > 0.06;
}

/**
 * Turns raw composer text into tokens: pasted code set aside, quoted strings collapsed into one
 * placeholder (what goes inside quotes is content, not instructions), list lines marked, the rest lowercased.
 */
export function prepare(raw: string, pack?: CompiledPack): Prepared {
  if (pack) raw = normalizeWidth(raw);
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
  if (pack) text = text.replace(OTHER_QUOTES, ` ${QUOTE_WORD} `);
  if (/store/i.test(text)) text = text.replace(STORE_NAME, ` ${QUOTE_WORD} `);

  const lower = text.toLowerCase();
  const t = pack ? tokenizeForeign(lower, pack) : tokenize(lower);
  return {
    n: t.n,
    id: t.id,
    start: t.start,
    end: t.end,
    text: t.text,
    hadCode,
    truncated,
    lang: pack?.pack.code ?? 'en',
    headFirst: pack?.pack.headFirst ?? false,
    verbFinal: pack?.pack.verbFinal ?? false,
    // Lowercasing keeps offsets except for a few letters (İ); then reasons use the lowercase text.
    source: lower.length === text.length ? text : lower,
  };
}
