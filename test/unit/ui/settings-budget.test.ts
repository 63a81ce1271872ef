import { describe, expect, it } from 'vitest';
import { NO_BUDGETS } from '../../../lib/credits/budget';
import { budgetsOf, DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { draftFromSettings, validateDraft } from '../../../lib/ui/settings-form';
import { parseSettings } from '../../../lib/schema/settings';

describe('daily budget in the settings form', () => {
  it('reads settings saved before budgets existed as no budget', () => {
    const { budgets: _gone, ...old } = DEFAULT_SETTINGS;
    const stored: Settings = parseSettings(old, DEFAULT_SETTINGS);
    expect(budgetsOf(stored)).toEqual(NO_BUDGETS);
    const d = draftFromSettings(stored);
    expect(d.dailyBudget).toBe('');
    expect(validateDraft(d).settings?.budgets).toEqual({ daily: null, perApp: {} });
  });

  it.each([
    ['0.5', 0.5],
    [' 12 ', 12],
    ['2,5', 2.5],
  ])('saves %j as %d credits a day and keeps per-app budgets', (typed, daily) => {
    const s: Settings = { ...DEFAULT_SETTINGS, budgets: { daily: null, perApp: { app1: 40 } } };
    const r = validateDraft({ ...draftFromSettings(s), dailyBudget: typed });
    expect(r.errors).toEqual({});
    expect(r.settings?.budgets).toEqual({ daily, perApp: { app1: 40 } });
    expect(draftFromSettings(r.settings!).dailyBudget).toBe(String(daily));
  });

  it.each(['0', '-1', 'abc', '1e3'])('refuses %j', (typed) => {
    const r = validateDraft({ ...draftFromSettings(DEFAULT_SETTINGS), dailyBudget: typed });
    expect(r.settings).toBeNull();
    expect(r.errors.dailyBudget).toMatch(/positive number/);
  });
});
