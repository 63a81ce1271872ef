/** The pages' and background's catalogues, by locale (the chip has its own, ./chip-messages.ts). */
import type { Locale } from './locales';
import { translator, type Translator } from './translate';
import { de } from './ui/de';
import { en, type UiCatalogue, type UiKey } from './ui/en';
import { es } from './ui/es';
import { fr } from './ui/fr';
import { he } from './ui/he';
import { ja } from './ui/ja';
import { pt } from './ui/pt';

export type { UiKey };

export const UI_MESSAGES: Record<Locale, UiCatalogue> = { en, he, es, pt, fr, de, ja };

export type UiT = Translator<UiKey>;

const cache = new Map<Locale, UiT>();

/** `t(key, params)` in one language. */
export function uiT(locale: Locale): UiT {
  let t = cache.get(locale);
  if (!t) cache.set(locale, (t = translator(UI_MESSAGES, locale)));
  return t;
}
