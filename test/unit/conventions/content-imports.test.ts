/**
 * Convention: content scripts get everything by message. Nothing under lib/content/ or
 * entrypoints/content/ (nor the main-world observer) imports the settings storage items, WXT's
 * storage, or the database, directly or through anything it bundles.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFrom, filesUnder, importsOf, ROOT } from './source';

const CONTENT_FILES = [
  ...filesUnder('lib/content'),
  ...filesUnder('entrypoints/content'),
  'entrypoints/main-world.content.ts',
  'entrypoints/page-observer.ts',
];

/** Content-script modules that listen for runtime messages, each answering none. */
const CONTENT_LISTENERS: Record<string, string> = {
  'lib/content/summary-feed.ts': 'takes the contexts the background pushes and returns undefined (no answer)',
};

/** What a content script must not reach, with why. */
function forbidden(target: string): string | null {
  if (target === 'lib/settings/items.ts') return 'settings are read by the background and sent by message';
  if (target.startsWith('wxt/utils/storage')) return 'extension storage belongs to the background and pages';
  if (target.startsWith('lib/db/')) return 'the database belongs to the background and pages';
  return null;
}

describe('content scripts get everything by message', () => {
  it('finds the content scripts', () => {
    expect(CONTENT_FILES).toContain('lib/content/start.ts');
    expect(CONTENT_FILES).toContain('lib/content/features/chip.ts');
    expect(CONTENT_FILES).toContain('entrypoints/content/index.ts');
  });

  it.each(CONTENT_FILES)('%s imports no storage, settings items or database', (file) => {
    // Direct imports, type-only ones included: a content module has no business with these shapes.
    const direct = importsOf(file)
      .map((i) => i.file ?? i.specifier)
      .filter((t) => forbidden(t) !== null);
    expect(direct).toEqual([]);
    // And nothing it bundles reaches them.
    const reached = [...bundledFrom(file)]
      .filter(([t]) => forbidden(t) !== null)
      .map(([, chain]) => chain.join(' → '));
    expect(reached).toEqual([]);
  });

  it.each(CONTENT_FILES)('%s listens for runtime messages only where listed (no polyfill)', (file) => {
    // Content scripts build without the polyfill (wxt.config.ts): a Chrome listener cannot answer
    // with a promise, so a content-script listener answers nothing, and each one is listed with why.
    const listening = [...bundledFrom(file).keys()]
      .filter((t) => t.startsWith('lib/') || t.startsWith('entrypoints/'))
      .filter((t) => /\bruntime\.(onMessage|onConnect|connect)\b/.test(readFileSync(join(ROOT, t), 'utf8')))
      .filter((t) => !(t in CONTENT_LISTENERS));
    expect(listening).toEqual([]);
  });

  it('would catch a forbidden import', () => {
    expect(forbidden('lib/db/instance.ts')).not.toBeNull();
    expect(forbidden('lib/settings/items.ts')).not.toBeNull();
    expect(forbidden('wxt/utils/storage')).not.toBeNull();
    const fromLedger = [...bundledFrom('entrypoints/ledger/App.tsx').keys()];
    expect(fromLedger).toContain('lib/db/instance.ts');
  });
});
