import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { applyBadge } from '../../../lib/background/badge';
import { BADGE_COLORS, badgeFor, compactNumber } from '../../../lib/background/badge-model';
import type { Status, StatusKind, Summary } from '../../../lib/credits/types';
import { T0 } from './helpers';

const thresholds = { warn: 80, critical: 95 };

function summary(
  m: { limit: number; used: number },
  opts: { daily?: { used: number; limit: number }; status?: StatusKind } = {},
): Summary {
  const status: Status = { kind: opts.status ?? 'ok', message: 'msg for ' + (opts.status ?? 'ok'), at: T0 };
  return {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'pro',
    planKnown: true,
    source: 'api',
    readAt: T0,
    message: { ...m, remaining: m.limit - m.used, bonus: null },
    integration: { limit: 100, used: 0, remaining: 100, bonus: null },
    daily: opts.daily ? { ...opts.daily, resetAt: T0 + 3_600_000 } : null,
    nextReset: T0 + 86_400_000,
    periodStart: T0 - 20 * 86_400_000,
    status,
  };
}

describe('compactNumber', () => {
  it.each([
    [0, '0'],
    [-3, '0'],
    [4.5, '4.5'],
    [4.56, '4.5'],
    [5, '5'],
    [9.99, '9.9'],
    [10, '10'],
    [120.7, '120'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9999, '9.9k'],
    [19_500, '19k'],
    [1_250_000, '1.2M'],
  ])('%s → %s', (n, text) => {
    expect(compactNumber(n)).toBe(text);
    expect(text.length).toBeLessThanOrEqual(4);
  });
});

describe('badgeFor', () => {
  it.each([
    [0, BADGE_COLORS.ok],
    [79.9, BADGE_COLORS.ok],
    [80, BADGE_COLORS.warn],
    [94.9, BADGE_COLORS.warn],
    [95, BADGE_COLORS.critical],
    [100, BADGE_COLORS.critical],
  ])('message pool %s%% used → colour %s', (pct, color) => {
    const b = badgeFor(summary({ limit: 1000, used: pct * 10 }), thresholds);
    expect(b.color).toBe(color);
    expect(b.text).toBe(compactNumber(1000 - pct * 10));
  });

  it("on a daily-capped plan shows today's remaining, coloured by the daily use", () => {
    const b = badgeFor(summary({ limit: 25, used: 10 }, { daily: { used: 4.5, limit: 5 } }), thresholds);
    expect(b).toMatchObject({ text: '0.5', color: BADGE_COLORS.warn });
  });

  it('never shows more for today than the month has left', () => {
    const b = badgeFor(summary({ limit: 25, used: 23 }, { daily: { used: 0, limit: 5 } }), thresholds);
    expect(b.text).toBe('2');
    expect(b.color).toBe(BADGE_COLORS.warn);
  });

  it('follows custom thresholds', () => {
    expect(badgeFor(summary({ limit: 100, used: 50 }), { warn: 50, critical: 90 }).color).toBe(
      BADGE_COLORS.warn,
    );
  });

  it.each(['signedOut', 'keyRejected', 'apiRefused', 'pageChanged', 'unrecognised'] as const)(
    '%s → `!`',
    (kind) => {
      const b = badgeFor(summary({ limit: 100, used: 1 }, { status: kind }), thresholds);
      expect(b.text).toBe('!');
      expect(b.title).toBe('msg for ' + kind);
    },
  );

  it.each(['stale', 'rateLimited', 'unreachable'] as const)('%s still shows the number', (kind) => {
    expect(badgeFor(summary({ limit: 100, used: 1 }, { status: kind }), thresholds).text).toBe('99');
  });
});

describe('applyBadge', () => {
  beforeEach(() => fakeBrowser.reset());
  it('sets text and colour on the toolbar button', async () => {
    await applyBadge(summary({ limit: 100, used: 96 }), thresholds);
    expect(await browser.action.getBadgeText({})).toBe('4');
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([0xd9, 0x30, 0x25, 255]);
  });
});
