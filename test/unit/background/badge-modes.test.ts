import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, type BadgePrefs } from '../../../lib/background/badge-model';
import type { BudgetUse } from '../../../lib/credits/budget';
import type { BalanceSource, Summary } from '../../../lib/credits/types';
import type { BadgePool, BadgeShow } from '../../../lib/settings/settings';
import { T0 } from './helpers';

const thresholds = { warn: 80, critical: 95 };

function summary(opts: {
  message?: { used: number; limit: number };
  integration?: { used: number; limit: number };
  daily?: { used: number; limit: number };
  source?: BalanceSource;
}): Summary {
  const m = opts.message ?? { used: 100, limit: 500 };
  const i = opts.integration ?? { used: 250, limit: 1000 };
  return {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'pro',
    planKnown: true,
    source: opts.source ?? 'api',
    readAt: T0,
    message: { ...m, remaining: m.limit - m.used, bonus: null },
    integration: { ...i, remaining: i.limit - i.used, bonus: null },
    daily: opts.daily ? { ...opts.daily, resetAt: null } : null,
    nextReset: null,
    periodStart: 0,
    status: { kind: 'ok', message: '', at: T0 },
  };
}

const use = (spent: number, budget: number): BudgetUse => ({
  spent,
  budget,
  remaining: Math.max(0, budget - spent),
});

const prefs = (show: BadgeShow, pool: BadgePool, dailyBudget: BudgetUse | null = null): BadgePrefs => ({
  show,
  pool,
  dailyBudget,
});

describe('badge modes', () => {
  it.each([
    // show, pool, summary options, daily budget, text, colour
    ['remaining', 'auto', {}, null, '400', BADGE_COLORS.ok],
    ['percent', 'auto', {}, null, '20%', BADGE_COLORS.ok],
    ['none', 'auto', {}, null, '', BADGE_COLORS.ok],
    ['remaining', 'integration', {}, null, '750', BADGE_COLORS.ok],
    ['percent', 'integration', {}, null, '25%', BADGE_COLORS.ok],
    ['remaining', 'message', { daily: { used: 4, limit: 5 } }, null, '400', BADGE_COLORS.ok],
    ['remaining', 'daily', { daily: { used: 4, limit: 5 } }, null, '1', BADGE_COLORS.warn],
    ['percent', 'daily', { daily: { used: 4.9, limit: 5 } }, null, '98%', BADGE_COLORS.critical],
    // A daily budget counts like a cap: the tighter of it and the month.
    ['remaining', 'auto', {}, use(8, 10), '2', BADGE_COLORS.warn],
    ['percent', 'auto', {}, use(3, 10), '30%', BADGE_COLORS.ok],
    ['remaining', 'daily', {}, use(1, 10), '9', BADGE_COLORS.ok],
    // …and of today's cap and the budget, whichever has less left.
    ['remaining', 'auto', { daily: { used: 1, limit: 5 } }, use(2, 3), '1', BADGE_COLORS.ok],
    ['remaining', 'auto', { daily: { used: 4.5, limit: 5 } }, use(0, 3), '0.5', BADGE_COLORS.warn],
    // Never more than the month has left.
    ['remaining', 'auto', { message: { used: 498, limit: 500 } }, use(0, 10), '2', BADGE_COLORS.critical],
    // Past the limit: 100%, never more.
    ['percent', 'auto', {}, use(12, 10), '100%', BADGE_COLORS.critical],
    // The message pool alone ignores the budget.
    ['remaining', 'message', {}, use(9, 10), '400', BADGE_COLORS.ok],
  ] as const)('%s for %s (%j, budget %j) → "%s" %s', (show, pool, opts, budget, text, color) => {
    const b = badgeFor(summary(opts), thresholds, 'en', prefs(show, pool, budget));
    expect(b.text).toBe(text);
    expect(b.color).toBe(color);
  });

  it.each(['estimated'] as const)('grey whenever the numbers are %s, in every mode', (source) => {
    for (const show of ['remaining', 'percent', 'none'] as const) {
      const b = badgeFor(
        summary({ source, message: { used: 490, limit: 500 } }),
        thresholds,
        'en',
        prefs(show, 'auto'),
      );
      expect(b.color).toBe(BADGE_COLORS.estimated);
      expect(b.title).toMatch(/\(estimated\)$/);
    }
  });

  it.each(['api', 'page', 'pageText'] as const)('coloured by the thresholds when read from %s', (source) => {
    const b = badgeFor(summary({ source, message: { used: 490, limit: 500 } }), thresholds);
    expect(b.color).toBe(BADGE_COLORS.critical);
  });

  it('the title says what the number is for', () => {
    expect(badgeFor(summary({}), thresholds, 'en', prefs('remaining', 'integration')).title).toBe(
      'Credit Meter: integration credits left: 750',
    );
    expect(badgeFor(summary({}), thresholds, 'en', prefs('remaining', 'auto', use(8, 10))).title).toBe(
      'Credit Meter: left in today’s budget: 2',
    );
    expect(badgeFor(summary({}), thresholds, 'en', prefs('percent', 'auto')).title).toBe(
      '20% used · Credit Meter: 400 message credits left',
    );
  });

  it('`!` still wins over the mode when the user must act', () => {
    const s = { ...summary({}), status: { kind: 'signedOut' as const, message: 'Signed out', at: T0 } };
    expect(badgeFor(s, thresholds, 'en', prefs('none', 'auto')).text).toBe('!');
  });
});
