import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chipModel } from '../../../lib/content/chip-model';
import { createChipView } from '../../../lib/content/chip-view';
import { warningView } from '../../../lib/content/warning-lines';
import { draftBudget, NO_BUDGETS } from '../../../lib/credits/budget';
import type { DraftChecks } from '../../../lib/credits/draft-checks';
import type { Estimate } from '../../../lib/estimate/types';
import type { DraftEstimate } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const DAY = { start: 0, end: 86_400_000 };
const thresholds = DEFAULT_SETTINGS.thresholds;

function est(credits: number, scope: Estimate['scope'] = 'feature'): Estimate {
  return { scope, credits, low: credits, high: credits, confidence: 1, reasons: [] };
}

function checks(daily: number | null, spent: number, draft: number, fixWarn = false): DraftChecks {
  return {
    budget: draftBudget({
      rows:
        spent > 0
          ? [{ at: 1, appId: 'a', mode: 'build', estimate: spent, actual: null, actualSource: null }]
          : [],
      budgets: { ...NO_BUDGETS, daily },
      appId: 'a',
      draft,
      day: DAY,
      cycle: DAY,
      thresholds,
    }),
    fixLoop: {
      warn: fixWarn,
      rule: fixWarn ? 'streak' : null,
      draftCue: fixWarn ? 'still broken' : null,
      streak: fixWarn ? 3 : 0,
      fixCredits: 0,
    },
  };
}

describe('warningView', () => {
  it('budget first: a 1-credit draft over a 0.5 daily budget', () => {
    const draft: DraftEstimate = { ...est(1, 'broad'), checks: checks(0.5, 0, 1, true) };
    const w = warningView(draft);
    expect(w.kind).toBe('budget');
    expect(w.lines[0]).toBe('Daily budget: 0 of 0.5 used, 0.5 left');
    expect(w.budgetConfirm).toMatch(/≈ 1 credit, more than the 0.5 credits left of your daily budget/);
  });

  it('then the fix loop, with its reason and both advice lines', () => {
    const w = warningView({ ...est(1, 'broad'), checks: checks(null, 0, 1, true) });
    expect(w.kind).toBe('fix-loop');
    expect(w.lines[0]).toBe(
      'This reads as another fix (“still broken”), after 3 fix prompts in a row on this app.',
    );
    expect(w.lines).toHaveLength(3);
    expect(w.budgetConfirm).toBeNull();
  });

  it('then an expensive draft, even with no checks from the background', () => {
    expect(warningView(est(3, 'broad')).kind).toBe('expensive');
    expect(warningView(est(3, 'broad')).lines[0]).toBe('A broad change costs more than most prompts.');
    expect(warningView(est(1, 'feature'))).toEqual({ kind: '', lines: [], budgetConfirm: null });
    expect(warningView(null).kind).toBe('');
  });

  it('near a budget warns without asking before the send', () => {
    const w = warningView({ ...est(1), checks: checks(5, 3.5, 1) });
    expect(w.kind).toBe('budget');
    expect(w.budgetConfirm).toBeNull();
  });

  it('speaks the page language', () => {
    const w = warningView({ ...est(1), checks: checks(0.5, 0, 1) }, 'de');
    expect(w.lines[0]).toBe('Tagesbudget: 0 von 0,5 verbraucht, 0,5 übrig');
  });
});

describe('chip model and view', () => {
  const base = { summary: null, calibration: null, balanceUnknown: true };

  it('asks before a send past the daily budget, only with confirm-before-send on', () => {
    const e: DraftEstimate = { ...est(1), checks: checks(0.5, 0, 1) };
    const on = chipModel({ ...base, estimate: e, warning: warningView(e), settings: DEFAULT_SETTINGS });
    expect(on).toMatchObject({ warning: 'budget', confirm: true });
    expect(on.budgetConfirm).toContain('daily budget');
    expect(on.details[0]).toBe('Daily budget: 0 of 0.5 used, 0.5 left');
    const off = chipModel({
      ...base,
      estimate: e,
      warning: warningView(e),
      settings: { ...DEFAULT_SETTINGS, confirmBeforeSend: false },
    });
    expect(off.confirm).toBe(false);
    const none = chipModel({ ...base, estimate: null, warning: warningView(e), settings: DEFAULT_SETTINGS });
    expect(none).toMatchObject({ warning: '', confirm: false });
  });

  it('sets data-warning on the chip host', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const view = createChipView(document as unknown as Document);
    const e: DraftEstimate = { ...est(1), checks: checks(0.5, 0, 1) };
    view.render(chipModel({ ...base, estimate: e, warning: warningView(e), settings: DEFAULT_SETTINGS }));
    expect(view.host.getAttribute('data-warning')).toBe('budget');
    view.render(
      chipModel({ ...base, estimate: est(1), warning: warningView(est(1)), settings: DEFAULT_SETTINGS }),
    );
    expect(view.host.getAttribute('data-warning')).toBe('');
  });
});
