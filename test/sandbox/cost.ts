/**
 * The sandbox's own rough cost rule for a builder prompt, following the official examples (docs):
 * ~0.5 simple change, ~1 small feature, ~2 complex module, a few credits for broad prompts,
 * 0.3 flat in Discuss mode. invented: the keyword lists that pick a scope, 3 for "broad", the ±20 %
 * noise (from a seeded PRNG so runs are repeatable) and the 0.1 floor.
 */
export type ChatMode = 'build' | 'discuss';
export type Scope = 'simple' | 'feature' | 'module' | 'broad';

export const DISCUSS_COST = 0.3;
const BASE: Record<Scope, number> = { simple: 0.5, feature: 1, module: 2, broad: 3 };

// Checked broadest first: a prompt that mentions "the whole app" is broad whatever else it says.
const KEYWORDS: [Scope, RegExp][] = [
  [
    'broad',
    /\b(whole app|entire app|every page|all (the )?pages|all screens|translate|redesign|rebuild|for mobile|across the app)\b/i,
  ],
  [
    'module',
    /\b(authentication|login|sign[- ]?up|payments?|checkout|subscriptions?|admin panel|dashboard|entit(y|ies)|workflow|integration|notifications? system|role[- ]based|database)\b/i,
  ],
  [
    'feature',
    /\b(add|feature|filter|search|sort|form|validation|upload|pagination|modal|new page|button that)\b/i,
  ],
];

export function scopeOf(prompt: string): Scope {
  for (const [scope, re] of KEYWORDS) if (re.test(prompt)) return scope;
  return 'simple';
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function costOf(prompt: string, mode: ChatMode, random: () => number): number {
  if (mode === 'discuss') return DISCUSS_COST;
  const base = BASE[scopeOf(prompt)];
  const noise = 1 + (random() * 0.4 - 0.2);
  return Math.max(0.1, round1(base * noise));
}
