import { resolveLocale, type Locale } from '../i18n/locales';

/**
 * The chip speaks the builder page's language: its `<html lang>`, else the browser's. Read at each
 * render, since a single-page app may switch its language without reloading.
 */
export function pageLocale(doc: Document, nav: Pick<Navigator, 'language'> | undefined): Locale {
  return resolveLocale(doc.documentElement?.getAttribute('lang'), nav?.language);
}
