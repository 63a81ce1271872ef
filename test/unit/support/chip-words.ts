// Unit tests read the chip in every language, as a content script does once the background has sent
// the page language's words (test/unit/content/chip-words.test.ts tests that sending).
import { CHIP_MESSAGES } from '../../../lib/i18n/chip-messages';
import { addChipWords } from '../../../lib/i18n/chip-words';
import type { Locale } from '../../../lib/i18n/locales';

for (const [locale, words] of Object.entries(CHIP_MESSAGES)) addChipWords(locale as Locale, words);
