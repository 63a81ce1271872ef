/**
 * What the background tells the chip about a draft beyond its estimate: where it leaves the user's
 * budgets, and whether the app is in a fix loop. Plain data (it crosses to the page); pure.
 */
import { draftBudget, NO_BUDGETS, type Budgets, type DraftBudget } from './budget';
import {
  fixLoopVerdict,
  type FixDraft,
  type FixLoopOptions,
  type FixLoopVerdict,
  type FixRow,
} from './fix-loop';
import type { TimeWindow } from './sessions';
import type { Settings } from '../settings/settings';

/** The verdict without its English sentences: the chip words it in the page's language. */
export type FixLoopCheck = Pick<FixLoopVerdict, 'warn' | 'rule' | 'draftCue' | 'streak' | 'fixCredits'>;

export interface DraftChecks {
  budget: DraftBudget;
  fixLoop: FixLoopCheck;
}

const FIX_LOOP_OFF: FixLoopCheck = { warn: false, rule: null, draftCue: null, streak: 0, fixCredits: 0 };

export function draftChecks(args: {
  draft: FixDraft;
  /** The draft's estimate in credits. */
  credits: number;
  budgets: Budgets | undefined;
  /** The workspace's prompts in the budget windows (the day, and the cycle for an app budget). */
  budgetRows: readonly FixRow[];
  /** The app's recent prompts (the fix-loop window and its current session). */
  appRows: readonly FixRow[];
  day: TimeWindow;
  cycle: TimeWindow;
  thresholds: Settings['thresholds'];
  /** The stop-loss's thresholds; null = the user turned it off. Defaults when missing. */
  fixLoop?: FixLoopOptions | null;
  now: number;
}): DraftChecks {
  const budget = draftBudget({
    rows: args.budgetRows,
    budgets: args.budgets ?? NO_BUDGETS,
    appId: args.draft.appId,
    draft: args.credits,
    day: args.day,
    cycle: args.cycle,
    thresholds: args.thresholds,
  });
  if (args.fixLoop === null) return { budget, fixLoop: FIX_LOOP_OFF };
  const v = fixLoopVerdict(args.draft, args.appRows, args.now, args.fixLoop);
  const { warn, rule, draftCue, streak, fixCredits } = v;
  return { budget, fixLoop: { warn, rule, draftCue, streak, fixCredits } };
}
