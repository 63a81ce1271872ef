/**
 * Convention: the database is opened by the background (lib/background/) and the store itself
 * (lib/db/). Anywhere else, opening it (importing lib/db/instance or constructing CreditMeterDb)
 * needs a reason, listed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, ROOT } from './source';

const ALLOWED: Record<string, string> = {
  'entrypoints/ledger/App.tsx': 'the ledger page pages through the ledger as a live query',
  'entrypoints/options/App.tsx': 'the options page hands its handle to the exports',
};

const SOURCES = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')];

function opensDatabase(file: string): boolean {
  const viaInstance = importsOf(file).some((i) => !i.typeOnly && i.file === 'lib/db/instance.ts');
  return viaInstance || /\bnew\s+CreditMeterDb\s*\(/.test(readFileSync(join(ROOT, file), 'utf8'));
}

const owner = (file: string) => file.startsWith('lib/background/') || file.startsWith('lib/db/');

describe('who opens the database', () => {
  const opening = SOURCES.filter(opensDatabase);

  it('sees the owners open it', () => {
    expect(opening).toContain('lib/db/instance.ts');
    expect(opening.some((f) => f.startsWith('lib/background/'))).toBe(true);
  });

  it('only the background, the store and the listed exceptions open it', () => {
    expect(opening.filter((f) => !owner(f) && !(f in ALLOWED))).toEqual([]);
  });

  it('no lib/ module outside background/ and db/ opens it (pages hand their handle in)', () => {
    expect(opening.filter((f) => f.startsWith('lib/') && !owner(f))).toEqual([]);
  });

  it('lists no exception that no longer opens it', () => {
    expect(Object.keys(ALLOWED).filter((f) => !opening.includes(f))).toEqual([]);
  });
});
