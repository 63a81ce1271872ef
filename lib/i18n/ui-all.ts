/** Every language's page catalogue, registered on import: for the background (badge, notifications). */
import type { Locale } from './locales';
import { addUiCatalogue } from './ui-messages';
import { de } from './ui/de';
import { en, type UiCatalogue } from './ui/en';
import { es } from './ui/es';
import { fr } from './ui/fr';
import { he } from './ui/he';
import { ja } from './ui/ja';
import { pt } from './ui/pt';

export const UI_MESSAGES: Record<Locale, UiCatalogue> = { en, he, es, pt, fr, de, ja };

for (const [locale, catalogue] of Object.entries(UI_MESSAGES)) addUiCatalogue(locale as Locale, catalogue);
