/**
 * Every language pack the estimator knows besides English. Each is its own module of plain data, so a
 * build that wants to load a language only when a prompt is in it can import the pack on its own and
 * pass it to `registerLanguage`.
 */
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { ja } from './ja';
import type { LanguagePack } from './pack';
import { pt } from './pt';

export const PACKS: readonly LanguagePack[] = [es, pt, fr, de, he, ja];
