/**
 * The pages' and background's words (the chip has its own, ./chip-messages.ts). English is always
 * here; another language is here once registered: the background registers all of them
 * (./ui-all.ts), an extension page loads only its own (./ui-load.ts), so a page's first script
 * carries one catalogue, not seven.
 */
import type { Locale } from './locales';
import { en, type UiCatalogue, type UiKey } from './ui/en';
import { translator, type Translator } from './translate';

export type { UiKey };

export type UiT = Translator<UiKey>;

const loaded = new Map<Locale, UiCatalogue>([['en', en]]);
const cache = new Map<Locale, UiT>();

export function addUiCatalogue(locale: Locale, catalogue: UiCatalogue): void {
  loaded.set(locale, catalogue);
  cache.delete(locale);
}

export function hasUiCatalogue(locale: Locale): boolean {
  return loaded.has(locale);
}

/** One language's catalogue; English until that language is registered. */
export function uiCatalogue(locale: Locale): UiCatalogue {
  return loaded.get(locale) ?? en;
}

/** `t(key, params)` in one language (English words for a language not registered yet). */
export function uiT(locale: Locale): UiT {
  let t = cache.get(locale);
  if (!t) {
    t = translator(uiCatalogue(locale), en, locale);
    if (loaded.has(locale)) cache.set(locale, t);
  }
  return t;
}
