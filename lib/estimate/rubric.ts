import type { Scope } from './types';

/** One row of Base44's published credit rubric, with the range we show around it. */
export interface RubricEntry {
  credits: number;
  low: number;
  high: number;
  /** What a person sees next to the number ("small feature"). */
  label: string;
}

/**
 * Base44's docs: Discuss mode 0.3 per message; ~0.5 for a simple visual/text change; ~1 for improving a
 * small feature; ~2 for a complex module (entities + flows + pages); broad prompts touching many pages
 * "a few" credits (third-party guides: 2–4). The ranges are our reading of "~" and "a few".
 */
export const RUBRIC: Readonly<Record<Scope, RubricEntry>> = {
  discuss: { credits: 0.3, low: 0.3, high: 0.3, label: 'Discuss mode' },
  simple: { credits: 0.5, low: 0.3, high: 0.8, label: 'simple change' },
  feature: { credits: 1, low: 0.5, high: 1.5, label: 'small feature' },
  module: { credits: 2, low: 1.5, high: 3, label: 'complex module' },
  broad: { credits: 3, low: 2, high: 4, label: 'broad, many pages' },
};

/** Build scopes from cheapest to dearest; a prompt's scope is the dearest thing it asks for. */
export const BUILD_SCOPES = ['simple', 'feature', 'module', 'broad'] as const;
export type BuildScope = (typeof BUILD_SCOPES)[number];

export function scopeRank(scope: Scope): number {
  return scope === 'discuss' ? -1 : BUILD_SCOPES.indexOf(scope);
}
