/**
 * The chip's warning (`data-warning` on the chip): over budget, a fix loop, or an expensive draft.
 * Plain data, no DOM: the chip view sets the attribute and shows the lines.
 */
import type { BudgetVerdict } from '../credits/budget';
import type { Scope } from '../estimate/types';

export type ChipWarning = 'budget' | 'fix-loop' | 'expensive' | '';

/** Scopes whose prompts cost the most (~2 credits and up): worth splitting or planning first. */
const EXPENSIVE: ReadonlySet<Scope> = new Set(['module', 'broad']);

export function isExpensive(scope: Scope | 'empty' | null | undefined): boolean {
  return scope !== null && scope !== undefined && scope !== 'empty' && EXPENSIVE.has(scope);
}

export interface ChipWarningInput {
  /** The budget verdict for the draft (`draftBudget`); near and over both warn. */
  budget: BudgetVerdict;
  /** The stop-loss says warn (`fixLoopVerdict(...).warn`). */
  fixLoop: boolean;
  /** The draft is broad or module-sized (`isExpensive(estimate.scope)`). */
  expensive: boolean;
}

/** The first that applies, in this order: budget, fix loop, expensive; '' when none does. */
export function chipWarning(input: ChipWarningInput): ChipWarning {
  if (input.budget !== 'ok') return 'budget';
  if (input.fixLoop) return 'fix-loop';
  if (input.expensive) return 'expensive';
  return '';
}
