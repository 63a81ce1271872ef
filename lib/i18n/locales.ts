/** The interface's languages, how a browser or page language tag maps onto them, and writing direction. */

export const LOCALES = ['en', 'he', 'es', 'pt', 'fr', 'de', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** The options page's choice: follow the browser, or one language. */
export type UiLanguage = 'auto' | Locale;

/** Each language in its own name, for the language picker. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  he: 'עברית',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
};

/** "he-IL" → he, "pt-BR" → pt, "iw" (Java's old Hebrew code, still sent by some systems) → he. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = base === 'iw' ? 'he' : base;
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : null;
}

/** The first tag that names a supported language, else English. */
export function resolveLocale(...tags: (string | null | undefined)[]): Locale {
  for (const tag of tags) {
    const hit = matchLocale(tag);
    if (hit) return hit;
  }
  return 'en';
}

/** The setting wins over the browser's languages unless it is 'auto'. */
export function chooseLocale(setting: UiLanguage | undefined, browserTags: readonly string[]): Locale {
  return setting && setting !== 'auto' ? setting : resolveLocale(...browserTags);
}

const RTL: ReadonlySet<Locale> = new Set(['he']);

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

export function isUiLanguage(v: unknown): v is UiLanguage {
  return v === 'auto' || (LOCALES as readonly unknown[]).includes(v);
}
