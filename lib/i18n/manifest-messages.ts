import type { Locale } from './locales';
import { UI_MESSAGES } from './ui-all';

/** The `_locales/<locale>/messages.json` content the manifest's `__MSG_extName__` etc. read. */
export function manifestMessages(locale: Locale) {
  const cat = UI_MESSAGES[locale];
  return {
    extName: { message: String(cat.extName) },
    extDescription: { message: String(cat.extDescription) },
  };
}
