import { describe, expect, it } from 'vitest';
import { FIX_LOOP_DEFAULTS } from '../../../lib/credits/fix-loop';
import {
  budgetsOf,
  chipDisplayFor,
  DEFAULT_FIX_LOOP,
  DEFAULT_SETTINGS,
  displayOf,
  fixLoopOf,
  moneyOf,
  withAppBudget,
  withChipDisplay,
  type Settings,
} from '../../../lib/settings/settings';
import { parseAppBudget } from '../../../lib/ui/app-prefs';

/** Settings as stored before these fields existed. */
const OLD: Settings = (() => {
  const { fixLoop: _f, money: _m, display: _d, budgets: _b, ...rest } = DEFAULT_SETTINGS;
  return rest;
})();

describe('settings for the stop-loss, money and display', () => {
  it('the stop-loss defaults are the detector’s own', () => {
    expect(DEFAULT_FIX_LOOP.streak).toBe(FIX_LOOP_DEFAULTS.streak);
    expect(DEFAULT_FIX_LOOP.credits).toBe(FIX_LOOP_DEFAULTS.credits);
  });

  it('settings saved before these fields read as: stop-loss on, no money, badge remaining, full chip', () => {
    expect(fixLoopOf(OLD)).toEqual({ enabled: true, streak: 3, credits: 3 });
    expect(moneyOf(OLD)).toBeNull();
    expect(displayOf(OLD)).toEqual({
      badge: { show: 'remaining', pool: 'auto' },
      chip: { display: 'full', perApp: {} },
    });
    expect(chipDisplayFor(OLD, 'app1')).toBe('full');
  });

  it('a partly stored display is completed with the defaults', () => {
    const s = { ...OLD, display: { badge: { show: 'percent' } } } as unknown as Settings;
    expect(displayOf(s).badge).toEqual({ show: 'percent', pool: 'auto' });
    expect(displayOf(s).chip.display).toBe('full');
  });

  it('per-app chip choice wins over the general one; null goes back to it', () => {
    let s: Settings = { ...OLD, display: { ...displayOf(OLD), chip: { display: 'compact', perApp: {} } } };
    expect(chipDisplayFor(s, 'a')).toBe('compact');
    s = withChipDisplay(s, 'a', 'hidden');
    expect(chipDisplayFor(s, 'a')).toBe('hidden');
    expect(chipDisplayFor(s, 'b')).toBe('compact');
    expect(chipDisplayFor(s, null)).toBe('compact');
    s = withChipDisplay(s, 'a', null);
    expect(chipDisplayFor(s, 'a')).toBe('compact');
  });

  it('per-app budgets: set, replace, remove, and nonsense removes', () => {
    let s = withAppBudget(OLD, 'a', 5);
    s = withAppBudget(s, 'b', 2.5);
    expect(budgetsOf(s).perApp).toEqual({ a: 5, b: 2.5 });
    s = withAppBudget(s, 'a', null);
    expect(budgetsOf(s).perApp).toEqual({ b: 2.5 });
    s = withAppBudget(s, 'b', Number.NaN);
    expect(budgetsOf(s).perApp).toEqual({});
    expect(budgetsOf(s).daily).toBeNull();
  });

  it.each([
    ['', null],
    ['  ', null],
    ['5', 5],
    ['0.5', 0.5],
    ['2,5', 2.5],
    ['0', Number.NaN],
    ['-1', Number.NaN],
    ['abc', Number.NaN],
    ['2000000', Number.NaN],
  ])('parseAppBudget(%j) → %s', (text, expected) => {
    expect(parseAppBudget(text)).toBe(expected);
  });
});
