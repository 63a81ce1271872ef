import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import {
  draftFromSettings,
  draftPrice,
  validateDraft,
  withStoredPerApp,
  type SettingsDraft,
} from '../../../lib/ui/settings-form';

const base = () => draftFromSettings(DEFAULT_SETTINGS);
const save = (patch: Partial<SettingsDraft>) => validateDraft({ ...base(), ...patch });

describe('stop-loss fields', () => {
  it.each([
    ['3', '3', { enabled: true, streak: 3, credits: 3 }],
    ['1', '0.5', { enabled: true, streak: 1, credits: 0.5 }],
    ['20', '2,5', { enabled: true, streak: 20, credits: 2.5 }],
  ])('streak %j, credits %j → %j', (fixStreak, fixCredits, fixLoop) => {
    const r = save({ fixStreak, fixCredits });
    expect(r.errors).toEqual({});
    expect(r.settings?.fixLoop).toEqual(fixLoop);
    expect(draftFromSettings(r.settings!).fixStreak).toBe(String(fixLoop.streak));
  });

  it.each([
    ['0', '3', 'fixStreak'],
    ['21', '3', 'fixStreak'],
    ['1.5', '3', 'fixStreak'],
    ['3', '0', 'fixCredits'],
    ['3', 'x', 'fixCredits'],
  ])('refuses streak %j, credits %j (%s)', (fixStreak, fixCredits, field) => {
    const r = save({ fixStreak, fixCredits });
    expect(r.settings).toBeNull();
    expect(Object.keys(r.errors)).toEqual([field]);
  });

  it('the off switch saves even with thresholds half typed, keeping the valid ones', () => {
    const r = save({ fixLoopEnabled: false, fixStreak: '5', fixCredits: '' });
    expect(r.errors).toEqual({});
    expect(r.settings?.fixLoop).toEqual({ enabled: false, streak: 5, credits: 3 });
  });
});

describe('money fields', () => {
  it('off by default: credits only', () => {
    expect(base().moneySource).toBe('none');
    expect(save({}).settings?.money).toBeNull();
  });

  it.each([
    [
      { moneySource: 'topUp', currency: 'usd', topUpPrice: '16', topUpCredits: '50' },
      { source: 'topUp', currency: 'USD', price: 16, credits: 50 },
    ],
    [
      { moneySource: 'plan', currency: 'EUR', moneyPlan: 'pro', monthlyPrice: '45,50' },
      { source: 'plan', currency: 'EUR', plan: 'pro', monthlyPrice: 45.5 },
    ],
  ] as const)('%j saves as %j and reads back', (patch, money) => {
    const r = save(patch);
    expect(r.errors).toEqual({});
    expect(r.settings?.money).toEqual(money);
    const again = draftFromSettings(r.settings!);
    expect(again.moneySource).toBe(patch.moneySource);
    expect(validateDraft(again).settings?.money).toEqual(money);
  });

  it.each([
    [{ moneySource: 'topUp', currency: 'DOLLARS', topUpPrice: '16', topUpCredits: '50' }, ['currency']],
    [
      { moneySource: 'topUp', currency: 'USD', topUpPrice: '0', topUpCredits: '' },
      ['topUpPrice', 'topUpCredits'],
    ],
    [{ moneySource: 'plan', currency: 'USD', moneyPlan: 'free', monthlyPrice: '10' }, ['moneyPlan']],
    [{ moneySource: 'plan', currency: 'USD', moneyPlan: 'pro', monthlyPrice: '-3' }, ['monthlyPrice']],
  ] as const)('refuses %j', (patch, fields) => {
    const r = save(patch);
    expect(r.settings).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual([...fields].sort());
  });

  it('draftPrice: the setting the example shows, none while invalid', () => {
    expect(
      draftPrice({ ...base(), moneySource: 'topUp', currency: 'ILS', topUpPrice: '30', topUpCredits: '100' }),
    ).toEqual({ source: 'topUp', currency: 'ILS', price: 30, credits: 100 });
    expect(
      draftPrice({ ...base(), moneySource: 'topUp', currency: 'ILS', topUpPrice: '', topUpCredits: '100' }),
    ).toBeNull();
  });
});

describe('display fields', () => {
  it('badge and chip choices save, and per-app chip choices made in the popup are kept', () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      display: {
        badge: { show: 'remaining', pool: 'auto' },
        chip: { display: 'full', perApp: { a1: 'hidden' } },
      },
    };
    const r = validateDraft({
      ...draftFromSettings(s),
      badgeShow: 'percent',
      badgePool: 'daily',
      chipDisplay: 'compact',
    });
    expect(r.settings?.display).toEqual({
      badge: { show: 'percent', pool: 'daily' },
      chip: { display: 'compact', perApp: { a1: 'hidden' } },
    });
  });
});

describe('saving the options keeps per-app choices made in the popup meanwhile', () => {
  it('takes per-app budgets and chips from storage, everything else from the form', () => {
    const loaded = validateDraft({ ...base(), dailyBudget: '4', chipDisplay: 'compact' }).settings!;
    const stored: Settings = {
      ...DEFAULT_SETTINGS,
      budgets: { daily: null, perApp: { a1: 2 } },
      display: { badge: { show: 'none', pool: 'auto' }, chip: { display: 'full', perApp: { a1: 'hidden' } } },
    };
    const saved = withStoredPerApp(loaded, stored);
    expect(saved.budgets).toEqual({ daily: 4, perApp: { a1: 2 } });
    expect(saved.display).toEqual({
      badge: { show: 'remaining', pool: 'auto' },
      chip: { display: 'compact', perApp: { a1: 'hidden' } },
    });
  });
});
