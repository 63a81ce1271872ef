/**
 * Which language a prompt is in: its script first (Hebrew, Japanese, or one the estimator does not
 * know), then for Latin text a vote of frequent function words and telling letters (ñ, ß, ã…).
 * Cheap: one pass over at most the first 3,000 characters.
 */
import { fold } from './foreign';

/** English function words, for the vote against the packs' own marks. */
const ENGLISH_MARKS =
  'the an to of and is for with on this that it be my your please make add can you should ' +
  "when not all from so but it’s it's i we our just also change";

/**
 * Frequent function words that tell the Latin-script languages apart. Kept in the core (not in the
 * packs) so a prompt's language is known before its pack is loaded.
 */
const LATIN_MARKS: Record<string, string> = {
  es: 'el los las un una del de la y en que para con por al lo es muy pero cuando hay esta este quiero puedes haz se',
  pt: 'o os as um uma do da dos das no na nos nas em com para por que e é não ao pelo pela isso esse essa quero você voce pode consegue faça faz',
  fr: 'le la les un une des du de et en est pour avec sur dans pas que qui je tu vous il ce cette mon ma mes au aux peux pouvez fais faites ajoute ajoutez',
  de: 'der die das den dem des ein eine einen einem und mit für auf ist nicht zu ich du bitte im von wenn soll sollte auch alle kannst können',
};

const SAMPLE = 3000;

/**
 * Letters outside plain ASCII (accented Latin, Hebrew, kana…), leaving out × ÷, typographic
 * punctuation, emoji (surrogates) and private use. A regular expression: faster than a loop here.
 */
const FOREIGN_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\ud7ff\uf900-\uffef]/;

export function hasForeignLetters(text: string): boolean {
  return FOREIGN_LETTER.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
}

interface Votes {
  marks: Map<string, string[]>;
  codes: string[];
}
let votes: Votes | undefined;

function voteTable(): Votes {
  if (votes) return votes;
  const marks = new Map<string, string[]>();
  const add = (code: string, words: string) => {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const key = fold(w);
      const list = marks.get(key) ?? [];
      if (!list.includes(code)) list.push(code);
      marks.set(key, list);
    }
  };
  add('en', ENGLISH_MARKS);
  for (const [code, words] of Object.entries(LATIN_MARKS)) add(code, words);
  votes = { marks, codes: ['en', ...Object.keys(LATIN_MARKS)] };
  return votes;
}

/** Letters that point at one language (or two). */
const LETTER_HINTS: Record<string, string[]> = {
  ñ: ['es'],
  '¿': ['es'],
  '¡': ['es'],
  ã: ['pt'],
  õ: ['pt'],
  ç: ['pt', 'fr'],
  ß: ['de'],
  ä: ['de'],
  ö: ['de'],
  ü: ['de'],
  è: ['fr'],
  ê: ['fr', 'pt'],
  ë: ['fr'],
  î: ['fr'],
  ï: ['fr'],
  û: ['fr'],
  ù: ['fr'],
  œ: ['fr'],
  â: ['fr', 'pt'],
  ô: ['fr', 'pt'],
  à: ['fr', 'pt'],
  á: ['es', 'pt'],
  í: ['es', 'pt'],
  ó: ['es', 'pt'],
  ú: ['es', 'pt'],
};

export interface Detection {
  /** A language code, or null when the prompt is in a language the estimator does not know. */
  lang: string | null;
  /** How many function words or telling letters backed a Latin-script guess (0: none). */
  evidence: number;
  /** Latin script: `lang` is only the vote's leader; `votes` holds every language's share. */
  latin: boolean;
  votes: Map<string, number>;
}

/**
 * The prompt's language: en, es, pt, fr, de, he or ja (a pack may still have to be loaded to read
 * it). Latin text with no evidence either way is reported as English with evidence 0, so the caller
 * can check it against the lexicons.
 */
export function detectLanguage(text: string): Detection {
  const n = Math.min(text.length, SAMPLE);
  let latin = 0;
  let hebrew = 0;
  let kana = 0;
  let han = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin++;
    else if (c >= 0x5d0 && c <= 0x5ea) hebrew++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (
      c >= 0x370 &&
      !(c >= 0x2000 && c <= 0x2bff) &&
      !(c >= 0x3000 && c <= 0x303f) &&
      !(c >= 0xd800 && c <= 0xdfff) &&
      !(c >= 0xff00 && c <= 0xff65)
    )
      other++;
  }
  // Japanese always has kana; Han alone is most likely Chinese, which we do not know.
  const none = new Map<string, number>();
  if (kana > 0 && kana + han >= latin * 0.3) return { lang: 'ja', evidence: kana, latin: false, votes: none };
  if (hebrew >= 2 && hebrew >= latin * 0.3)
    return { lang: 'he', evidence: hebrew, latin: false, votes: none };
  if (han + other + hebrew + kana > latin) return { lang: null, evidence: 0, latin: false, votes: none };

  const table = voteTable();
  const score = new Map<string, number>();
  const bump = (codes: readonly string[] | undefined, by: number) => {
    if (codes) for (const code of codes) score.set(code, (score.get(code) ?? 0) + by);
  };
  const lower = text.slice(0, n).toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39 || c === 0x2019;
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      // Only short words are function words; longer ones are skipped without building a string.
      if (i - start <= 6) bump(table.marks.get(fold(lower.slice(start, i))), 1);
      start = -1;
    }
    if (c >= 0xa1) bump(LETTER_HINTS[String.fromCharCode(c)], 0.5);
  }
  let best = 'en';
  let top = score.get('en') ?? 0;
  for (const code of table.codes) {
    const s = score.get(code) ?? 0;
    if (s > top) [best, top] = [code, s];
  }
  return { lang: best, evidence: top, latin: true, votes: score };
}
