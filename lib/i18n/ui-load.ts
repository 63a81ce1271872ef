/** An extension page loads its own language's catalogue only (a chunk of its own, fetched once). */
import type { Locale } from './locales';
import { addUiCatalogue, hasUiCatalogue } from './ui-messages';
import type { UiCatalogue } from './ui/en';

const chunks: Record<Exclude<Locale, 'en'>, () => Promise<UiCatalogue>> = {
  he: () => import('./ui/he').then((m) => m.he),
  es: () => import('./ui/es').then((m) => m.es),
  pt: () => import('./ui/pt').then((m) => m.pt),
  fr: () => import('./ui/fr').then((m) => m.fr),
  de: () => import('./ui/de').then((m) => m.de),
  ja: () => import('./ui/ja').then((m) => m.ja),
};

/** Resolves once `locale` has its words; a failed load leaves English in place. */
export async function loadUiCatalogue(locale: Locale): Promise<void> {
  if (hasUiCatalogue(locale) || locale === 'en') return;
  try {
    addUiCatalogue(locale, await chunks[locale]());
  } catch {
    // English words rather than no page.
  }
}
