/**
 * Which language packs are available. The core knows none; `estimate.ts` registers all of them, and a
 * lean build can import `core.ts` and register a pack when `languageOf` names one it has not loaded.
 */
import { compilePack, type CompiledPack } from './foreign';
import type { LanguagePack } from './lang/pack';

const packs = new Map<string, LanguagePack>();
/** Packs are folded into the lexicon the first time a prompt in their language arrives. */
const compiled = new Map<string, CompiledPack>();

export function registerLanguage(pack: LanguagePack): void {
  if (!packs.has(pack.code)) packs.set(pack.code, pack);
}

export function hasLanguage(code: string): boolean {
  return code === 'en' || packs.has(code);
}

export function packFor(code: string): CompiledPack | undefined {
  let c = compiled.get(code);
  if (!c) {
    const pack = packs.get(code);
    if (!pack) return undefined;
    compiled.set(code, (c = compilePack(pack)));
  }
  return c;
}

/** Registered Latin-script packs (read by every Latin lexicon to choose between them). */
export function latinPacks(): CompiledPack[] {
  const out: CompiledPack[] = [];
  for (const [code, pack] of packs) if (!pack.segment && !pack.prefixes) out.push(packFor(code)!);
  return out;
}
