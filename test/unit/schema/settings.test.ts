import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const WS = '64b7f1a2c3d4e5f607180000';
const good = {
  ...DEFAULT_SETTINGS,
  workspaceId: WS,
  thresholds: { warn: 50, critical: 70 },
  billingAnchor: { day: 31, hour: 23, minute: 59 },
  uiLanguage: 'ja' as const,
  budgets: { daily: 2.5, perApp: { [WS]: 40 } },
  fixLoop: { enabled: false, streak: 5, credits: 2.5 },
  money: { source: 'topUp' as const, currency: 'ILS', price: 50, credits: 100 },
  display: {
    badge: { show: 'percent' as const, pool: 'daily' as const },
    chip: { display: 'compact' as const, perApp: { [WS]: 'hidden' as const } },
  },
};

describe('stored settings', () => {
  it('keep every field that fits, and drop unknown keys', () => {
    expect(parseSettings({ ...good, evil: '<script>' }, DEFAULT_SETTINGS)).toEqual(good);
  });

  it.each([
    ['a workspace id that is not an object id', { workspaceId: 'ws/../x' }, 'workspaceId'],
    ['critical at or below warn', { thresholds: { warn: 90, critical: 90 } }, 'thresholds'],
    ['a threshold past 100', { thresholds: { warn: 80, critical: 101 } }, 'thresholds'],
    ['an anchor on day 32', { billingAnchor: { day: 32, hour: 0, minute: 0 } }, 'billingAnchor'],
    ['an unknown language', { uiLanguage: 'xx' }, 'uiLanguage'],
    ['an unknown daily window', { dailyWindow: 'noon' }, 'dailyWindow'],
    ['a negative app budget', { budgets: { daily: null, perApp: { a: -1 } } }, 'budgets'],
    ['a string where a boolean goes', { storeExcerpts: 'yes' }, 'storeExcerpts'],
    ['a fix streak the form would refuse', { fixLoop: { enabled: true, streak: 21, credits: 3 } }, 'fixLoop'],
    [
      'a currency the browser cannot format',
      { money: { source: 'plan', currency: 'US$', monthlyPrice: 20, plan: 'pro' } },
      'money',
    ],
    [
      'a chip hidden everywhere',
      { display: { badge: good.display.badge, chip: { display: 'hidden', perApp: {} } } },
      'display',
    ],
  ] as const)('put the default in place of %s, and only there', (_name, patch, key) => {
    const out = parseSettings({ ...good, ...patch }, DEFAULT_SETTINGS);
    expect(out[key]).toEqual(DEFAULT_SETTINGS[key]);
    expect({ ...out, [key]: good[key] }).toEqual(good);
  });

  it('read settings saved before a field existed, or no settings at all, with the defaults', () => {
    const { budgets: _b, uiLanguage: _u, ...old } = good;
    expect(parseSettings(old, DEFAULT_SETTINGS)).toEqual({
      ...good,
      budgets: DEFAULT_SETTINGS.budgets,
      uiLanguage: DEFAULT_SETTINGS.uiLanguage,
    });
    expect(parseSettings(null, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('lowercase the workspace id (one rule for workspace ids)', () => {
    expect(parseSettings({ ...good, workspaceId: WS.toUpperCase() }, DEFAULT_SETTINGS).workspaceId).toBe(WS);
  });
});
