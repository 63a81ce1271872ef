/**
 * The chip's warning (`data-warning` on the chip): over budget, a fix loop, or an expensive draft.
 * Plain data, no DOM: the chip view sets the attribute and shows the lines.
 */
import type { BudgetVerdict } from '../credits/budget';
import type { Estimate, Scope } from '../estimate/types';
import { creditsText, scopeLabel } from './chip-model';

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

const WHY: Partial<Record<Scope, string>> = {
  broad: 'it reaches across the app, so the builder edits many pages in one go',
  module: 'it builds a whole module at once: data, pages and the flow between them',
};

/**
 * Lines for an expensive draft: why it costs what it does, and how to spend less (Base44's advice:
 * smaller steps; plan in Discuss mode, 0.3 credits a message, before building). Empty otherwise.
 */
export function expensiveAdvice(estimate: Pick<Estimate, 'scope' | 'credits' | 'reasons'>): string[] {
  const why = WHY[estimate.scope];
  if (!why || !isExpensive(estimate.scope)) return [];
  const lines = [`≈ ${creditsText(estimate.credits)}: a ${scopeLabel(estimate.scope)} — ${why}.`];
  const seen = estimate.reasons.slice(0, 2);
  if (seen.length > 0) lines.push(`Recognised: ${seen.join('; ')}.`);
  lines.push(
    estimate.scope === 'broad'
      ? 'Cheaper: split it into steps — one page or one part of the app per prompt — and check each before the next.'
      : 'Cheaper: split it into steps — the data first, then each page, then the flow — and check each before the next.',
  );
  lines.push('Plan it in Discuss mode first (0.3 credits a message), then build the steps you agreed on.');
  return lines;
}
