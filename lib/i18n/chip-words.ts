/**
 * The chip's words in the content script: English built in, the builder page's language added once
 * the background has sent it. What arrives is checked key by key against English (a page cannot
 * send it, but nothing from a message is trusted); a missing or malformed entry stays English.
 */
import { en, type ChipCatalogue, type ChipKey } from './chip-en';
import type { Locale } from './locales';
import { translator, type Message, type Translator } from './translate';

const loaded = new Map<Locale, ChipCatalogue>([['en', en]]);

export function hasChipWords(locale: Locale): boolean {
  return loaded.has(locale);
}

const isForms = (v: unknown): v is Message =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { other?: unknown }).other === 'string' &&
  Object.values(v).every((f) => typeof f === 'string' && f.length <= 400);

function isMessage(v: unknown): v is Message {
  return (typeof v === 'string' && v.length <= 400) || isForms(v);
}

/** Adds one language's words; returns false (and adds nothing) when `words` is not an object. */
export function addChipWords(locale: Locale, words: unknown): boolean {
  if (typeof words !== 'object' || words === null) return false;
  const got = words as Record<string, unknown>;
  const table = { ...en };
  for (const key of Object.keys(en) as ChipKey[]) {
    const v = got[key];
    if (isMessage(v)) table[key] = v as never;
  }
  loaded.set(locale, table);
  return true;
}

/** `t(key, params)` in the chip's language (English until its words arrive). */
export function chipT(locale: Locale): Translator<ChipKey> {
  return translator(loaded.get(locale) ?? en, en, locale);
}
