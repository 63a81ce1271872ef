/**
 * Convention: the Monitoring API key is read and written by the background only. Pages hand it over
 * with `setCredentials` and learn only its last four characters; content scripts never reach it.
 * Only lib/background/ imports its store (lib/db/secret-key.ts), no entrypoint but the background
 * bundles it, and no other file names its database or its old storage.local key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFrom, filesUnder, importsOf, ROOT } from './source';

const STORE = 'lib/db/secret-key.ts';
const SOURCES = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')];
const ENTRYPOINTS = filesUnder('entrypoints');

describe('who reaches the API key', () => {
  const importers = SOURCES.filter((f) => importsOf(f).some((i) => i.file === STORE));

  it('the background imports the key store', () => {
    expect(importers).toContain('lib/background/handlers.ts');
    expect(importers).toContain('lib/background/poller.ts');
  });

  it('nothing outside lib/background/ imports it', () => {
    expect(importers.filter((f) => !f.startsWith('lib/background/'))).toEqual([]);
  });

  it('only the background entrypoint bundles it', () => {
    const bundling = ENTRYPOINTS.filter((f) => bundledFrom(f).has(STORE));
    expect(bundling).toEqual(['entrypoints/background/index.ts']);
  });

  it('no other file names its database or the storage.local key it replaced', () => {
    const naming = SOURCES.filter((f) => f !== STORE).filter((f) =>
      /credit-meter-secrets|['"`]local:apiKey['"`]/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});
