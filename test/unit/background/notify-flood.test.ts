/**
 * A page (or a changed Base44) can send a new period end with every balance. Each new period end
 * used to open a new notification window, so 60 balances could raise 60 notifications.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendOnce } from '../../../lib/background/notifications';
import { dueNotices, resetNotice } from '../../../lib/background/notify-model';
import type { Summary } from '../../../lib/credits/types';
import { CreditMeterDb } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { T0 } from './helpers';

const DAY = 86_400_000;

function summary(used: number, nextReset: number): Summary {
  return {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'pro',
    planKnown: true,
    source: 'page',
    readAt: T0,
    message: { limit: 100, used, remaining: 100 - used, bonus: null },
    integration: { limit: 1000, used: 0, remaining: 1000, bonus: null },
    daily: null,
    nextReset,
    periodStart: nextReset - 30 * 86_400_000,
    status: { kind: 'ok', message: '', at: T0 },
  };
}

describe('notifications under ever-changing period ends', () => {
  let db: CreditMeterDb;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new CreditMeterDb(`notify-flood-${Math.random()}`);
  });

  it('60 balances, each with a new period end, raise one notification per threshold that day', async () => {
    let shown = 0;
    for (let i = 0; i < 60; i++) {
      const at = T0 + i * 60_000;
      const s = summary(81 + (i % 19), Date.UTC(2026, 11, 1) + i * 3_600_000);
      shown += (await sendOnce(db, 'w', dueNotices(s, DEFAULT_SETTINGS, at), at)).length;
    }
    // 80 % once, 95 % once (used reaches 95..99 on the way), never one per period end.
    expect(shown).toBe(2);
    expect(Object.keys(await browser.notifications.getAll())).toHaveLength(2);
  });

  it('the next UTC day the same threshold may be shown again', async () => {
    const first = dueNotices(summary(85, Date.UTC(2026, 11, 1)), DEFAULT_SETTINGS, T0);
    expect(await sendOnce(db, 'w', first, T0)).toHaveLength(1);
    const later = T0 + 13 * 3_600_000; // past midnight UTC
    const moved = dueNotices(summary(85, Date.UTC(2026, 11, 2)), DEFAULT_SETTINGS, later);
    expect(await sendOnce(db, 'w', moved, later)).toHaveLength(1);
  });

  it('a window suppressed today does not come back tomorrow', async () => {
    const s1 = summary(85, Date.UTC(2026, 11, 1));
    const s2 = summary(85, Date.UTC(2026, 11, 2));
    await sendOnce(db, 'w', dueNotices(s1, DEFAULT_SETTINGS, T0), T0);
    expect(await sendOnce(db, 'w', dueNotices(s2, DEFAULT_SETTINGS, T0 + 1000), T0 + 1000)).toEqual([]);
    // Tomorrow, s2's window was already dealt with (suppressed), so it stays quiet.
    expect(await sendOnce(db, 'w', dueNotices(s2, DEFAULT_SETTINGS, T0 + DAY), T0 + DAY)).toEqual([]);
  });

  it('reset notices: at most one per pool per day, however often the window moves', async () => {
    let shown = 0;
    for (let i = 0; i < 30; i++) {
      const n = resetNotice('message', summary(0, Date.UTC(2026, 11, 1) + i * 1000), T0 + i);
      shown += (await sendOnce(db, 'w', [n], T0 + i)).length;
    }
    expect(shown).toBe(1);
  });
});
