import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { sendOnce } from '../../../lib/background/notifications';
import { dueNotices, resetNotice } from '../../../lib/background/notify-model';
import { CreditMeterDb } from '../../../lib/db/database';
import type { Summary } from '../../../lib/credits/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { T0 } from './helpers';

const NEXT_RESET = Date.UTC(2026, 11, 1);

function summary(
  used: number,
  opts: { daily?: { used: number; limit: number }; nextReset?: number } = {},
): Summary {
  return {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'pro',
    planKnown: true,
    source: 'api',
    readAt: T0,
    message: { limit: 100, used, remaining: 100 - used, bonus: null },
    integration: { limit: 1000, used: 0, remaining: 1000, bonus: null },
    daily: opts.daily ? { ...opts.daily, resetAt: Date.UTC(2026, 10, 22) } : null,
    nextReset: opts.nextReset ?? NEXT_RESET,
    periodStart: (opts.nextReset ?? NEXT_RESET) - 30 * 86_400_000,
    status: { kind: 'ok', message: '', at: T0 },
  };
}

describe('dueNotices', () => {
  it('nothing below the warning threshold', () => {
    expect(dueNotices(summary(79), DEFAULT_SETTINGS, T0)).toEqual([]);
  });

  it('80% → the warning, keyed by the period', () => {
    const [n, ...rest] = dueNotices(summary(80), DEFAULT_SETTINGS, T0);
    expect(rest).toEqual([]);
    expect(n?.key).toBe(`notify:threshold-80:message:${NEXT_RESET}`);
  });

  it('jumping straight past 95% sends only the critical one and marks 80% as passed', () => {
    const [n] = dueNotices(summary(97), DEFAULT_SETTINGS, T0);
    expect(n?.key).toBe(`notify:threshold-95:message:${NEXT_RESET}`);
    expect(n?.alsoMark).toEqual([`notify:threshold-80:message:${NEXT_RESET}`]);
  });

  it('a used-up pool is "cap reached"', () => {
    const [n] = dueNotices(summary(100), DEFAULT_SETTINGS, T0);
    expect(n?.key).toBe(`notify:cap:message:${NEXT_RESET}`);
  });

  it('the daily cap has its own window', () => {
    const keys = dueNotices(summary(10, { daily: { used: 5, limit: 5 } }), DEFAULT_SETTINGS, T0).map(
      (n) => n.key,
    );
    expect(keys).toEqual([`notify:cap:daily:${Date.UTC(2026, 10, 22)}`]);
  });

  it('each kind can be switched off', () => {
    const off: Settings = {
      ...DEFAULT_SETTINGS,
      notify: { thresholds: false, capReached: false, reset: true },
    };
    expect(dueNotices(summary(100), off, T0)).toEqual([]);
    expect(dueNotices(summary(90), off, T0)).toEqual([]);
  });
});

describe('sendOnce', () => {
  let db: CreditMeterDb;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new CreditMeterDb(`notify-${Math.random()}`);
  });

  it('shows a notice once per window, again in the next window', async () => {
    const first = dueNotices(summary(85), DEFAULT_SETTINGS, T0);
    expect(await sendOnce(db, 'w', first, T0)).toHaveLength(1);
    expect(await sendOnce(db, 'w', dueNotices(summary(86), DEFAULT_SETTINGS, T0 + 1000), T0 + 1000)).toEqual(
      [],
    );
    expect(Object.keys(await browser.notifications.getAll())).toHaveLength(1);
    // Next period (a later day: one notice per pool and threshold a day): the same threshold fires again.
    const later = T0 + 10 * 86_400_000;
    const next = dueNotices(
      summary(85, { nextReset: NEXT_RESET + 30 * 86_400_000 }),
      DEFAULT_SETTINGS,
      later,
    );
    expect(await sendOnce(db, 'w', next, later)).toHaveLength(1);
  });

  it('concurrent calls still show it once', async () => {
    const notices = dueNotices(summary(99), DEFAULT_SETTINGS, T0);
    const results = await Promise.all([sendOnce(db, 'w', notices, T0), sendOnce(db, 'w', notices, T0)]);
    expect(results.flat()).toHaveLength(1);
  });

  it('after the critical notice, the lower warning is not sent late', async () => {
    await sendOnce(db, 'w', dueNotices(summary(97), DEFAULT_SETTINGS, T0), T0);
    const again = dueNotices(summary(97), DEFAULT_SETTINGS, T0);
    expect(await sendOnce(db, 'w', again, T0)).toEqual([]);
    const all = await browser.notifications.getAll();
    expect(Object.keys(all)).toEqual([`notify:threshold-95:message:${NEXT_RESET}`]);
  });

  it('reset notices are once per new window too', async () => {
    const n = resetNotice('message', summary(0), T0);
    expect(await sendOnce(db, 'w', [n], T0)).toEqual([n.key]);
    expect(await sendOnce(db, 'w', [n], T0)).toEqual([]);
  });
});
