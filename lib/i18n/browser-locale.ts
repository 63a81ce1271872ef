import { browser } from 'wxt/browser';
import { chooseLocale, type Locale, type UiLanguage } from './locales';

/** The browser's interface language, then the user's preferred languages (where they exist). */
export function browserLanguages(): string[] {
  const tags: string[] = [];
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) tags.push(ui);
  } catch {
    // Test fakes have no i18n API; the navigator's languages follow.
  }
  const nav = globalThis.navigator;
  if (nav?.languages) tags.push(...nav.languages);
  else if (nav?.language) tags.push(nav.language);
  return tags;
}

/** The language of the extension's own pages and of its notifications: the setting, else the browser's. */
export function extensionLocale(setting: UiLanguage | undefined): Locale {
  return chooseLocale(setting, browserLanguages());
}
