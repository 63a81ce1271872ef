/**
 * The estimator with every language pack registered (what the extension and the CLI use). For a
 * smaller bundle, import `core.ts` and register packs on demand (see `languages.ts`).
 */
import { PACKS } from './lang/index';
import { registerLanguage } from './languages';

for (const pack of PACKS) registerLanguage(pack);

export { BATCH_FACTOR, estimate, languageOf } from './core';
