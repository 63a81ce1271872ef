/**
 * The chip's warning in the page's language: which one applies (`chipWarning`'s order), the lines
 * for its details, and the question to ask before a send that would go past a budget.
 */
import type { BudgetUse } from '../credits/budget';
import type { DraftChecks } from '../credits/draft-checks';
import { chipT } from '../i18n/chip-words';
import type { Locale } from '../i18n/locales';
import type { Estimate } from '../estimate/types';
import { chipWarning, isExpensive, type ChipWarning } from './chip-warning';
import { roundCredits } from '../ui/format';

export interface WarningView {
  kind: ChipWarning;
  /** Reason first, then advice. */
  lines: string[];
  /** Set when the draft costs more than the daily or the app's budget has left: the guard asks this. */
  budgetConfirm: string | null;
}

const NO_WARNING: WarningView = { kind: '', lines: [], budgetConfirm: null };

export function warningView(
  estimate: (Estimate & { checks?: DraftChecks }) | null,
  locale: Locale = 'en',
): WarningView {
  if (!estimate) return NO_WARNING;
  const t = chipT(locale);
  const credits = (n: number) => t('credits', { count: roundCredits(n) });
  const checks = estimate.checks;
  const budget = checks?.budget;
  const fix = checks?.fixLoop;
  const kind = chipWarning({
    budget: budget?.verdict ?? 'ok',
    fixLoop: fix?.warn ?? false,
    expensive: isExpensive(estimate.scope),
  });
  const figures = (u: BudgetUse) => ({
    spent: roundCredits(u.spent),
    budget: roundCredits(u.budget),
    left: roundCredits(u.remaining),
  });
  const lines: string[] = [];
  if (kind === 'budget' && budget) {
    const u = budget.which === 'app' ? budget.app : budget.daily;
    if (u) lines.push(t(budget.which === 'app' ? 'warn.budget.app' : 'warn.budget.daily', figures(u)));
    lines.push(t('warn.budget.advice'));
  } else if (kind === 'fix-loop' && fix) {
    const cue = fix.draftCue ?? '';
    lines.push(
      fix.rule === 'credits'
        ? t('warn.fix.credits', { cue, credits: credits(fix.fixCredits) })
        : t('warn.fix.streak', { cue, streak: fix.streak }),
    );
    lines.push(t('warn.fix.advice1'), t('warn.fix.advice2'));
  } else if (kind === 'expensive') {
    lines.push(t('warn.expensive', { scope: t(`scope.${estimate.scope}`) }), t('warn.expensive.advice'));
  }
  // A budget counts like a cap: a draft that costs more than one has left is asked about first.
  const over = (u: BudgetUse | null | undefined): u is BudgetUse =>
    Boolean(u) && estimate.credits > u!.remaining + 1e-9;
  const daily = budget?.daily;
  const app = budget?.app;
  const budgetConfirm = over(daily)
    ? t('confirm.budget', { credits: credits(estimate.credits), left: credits(daily.remaining) })
    : over(app)
      ? t('confirm.budget.app', { credits: credits(estimate.credits), left: credits(app.remaining) })
      : null;
  return { kind, lines, budgetConfirm };
}
