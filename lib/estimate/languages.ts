import { detectLanguage, hasForeignLetters } from './detect';
import { compilePack, type CompiledPack } from './foreign';
import type { LanguagePack } from './lang/pack';
import { PACKS } from './lang/index';

/** Packs are folded into the lexicon the first time a prompt in their language arrives. */
const compiled = new Map<string, CompiledPack>();

export function packFor(code: string, packs: readonly LanguagePack[] = PACKS): CompiledPack | undefined {
  let c = compiled.get(code);
  if (!c) {
    const pack = packs.find((p) => p.code === code);
    if (!pack) return undefined;
    compiled.set(code, (c = compilePack(pack)));
  }
  return c;
}

export const KNOWN_LANGUAGES: readonly string[] = ['en', ...PACKS.map((p) => p.code)];

export { detectLanguage, hasForeignLetters, PACKS };
