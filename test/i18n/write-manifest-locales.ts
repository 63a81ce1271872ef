/**
 * Writes public/_locales/<locale>/messages.json (the manifest's name and description in each
 * language) from the UI catalogues. Run `npm run i18n:manifest` after changing extName or
 * extDescription; a unit test fails while the files and the catalogues disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestMessages } from '../../lib/i18n/manifest-messages';
import { LOCALES } from '../../lib/i18n/locales';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
for (const locale of LOCALES) {
  const dir = join(root, 'public/_locales', locale);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'messages.json'), JSON.stringify(manifestMessages(locale), null, 2) + '\n');
}
