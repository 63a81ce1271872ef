import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onAlarm } from '../../../lib/background/alarms';
import { CAP_RESET_ALARM_PREFIX } from '../../../lib/background/cap-reset';
import { CAP_RESET_NOTICE_PREFIX } from '../../../lib/background/notify-model';
import type { RuntimeDeps } from '../../../lib/background/deps';
import { markChanged, publishChanges, type ResetPool } from '../../../lib/background/publish';
import { recordSnapshot } from '../../../lib/db/repo';
import type { BalanceReading } from '../../../lib/credits/types';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { makeDeps, T0, WS } from './helpers';

const HOUR = 3_600_000;
/** T0 is noon UTC; the default daily window resets at the next UTC midnight. */
const RESET = Date.UTC(2026, 10, 22);

function reading(dailyUsed: number): BalanceReading {
  return {
    message: { limit: 100, used: 40, remaining: 60, bonus: null },
    integration: { limit: 1000, used: 0, remaining: 1000, bonus: null },
    daily: { used: dailyUsed, limit: 5 },
    tier: 'free',
    periodStart: null,
    periodEnd: null,
    dailyResetAt: null,
  };
}

const capResetShown = async () =>
  Object.keys(await browser.notifications.getAll()).filter((k) => k.startsWith(CAP_RESET_NOTICE_PREFIX));

/** What the background does after a write to WS: publish its summary (with any resets found). */
async function publish(deps: RuntimeDeps, resets: ResetPool[] = []): Promise<void> {
  markChanged(WS, resets);
  await publishChanges(deps);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
});

describe('the daily cap reset notification', () => {
  it('after a capped day: an alarm at the reset, and one notice when it fires', async () => {
    const { deps, clock, db } = makeDeps(fetch);
    await recordSnapshot(db, WS, 'page', reading(5), T0);
    await publish(deps);
    const alarm = await browser.alarms.get(CAP_RESET_ALARM_PREFIX + WS);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(RESET);
    expect(alarm!.scheduledTime - RESET).toBeLessThan(HOUR);
    expect(await capResetShown()).toEqual([]);

    clock.now = alarm!.scheduledTime;
    await onAlarm(deps, alarm!.name);
    expect(await capResetShown()).toEqual([CAP_RESET_NOTICE_PREFIX + RESET]);

    // Another reading or a second alarm the same morning: still one notice.
    clock.now += HOUR;
    await onAlarm(deps, alarm!.name);
    await publish(deps);
    expect(await capResetShown()).toHaveLength(1);
  });

  it('a day below the cap: no alarm and no notice at the reset', async () => {
    const { deps, clock, db } = makeDeps(fetch);
    await recordSnapshot(db, WS, 'page', reading(3), T0);
    await publish(deps);
    expect(await browser.alarms.get(CAP_RESET_ALARM_PREFIX + WS)).toBeFalsy();
    clock.now = RESET + 10_000;
    await onAlarm(deps, CAP_RESET_ALARM_PREFIX + WS);
    await publish(deps, ['daily']);
    expect(await capResetShown()).toEqual([]);
  });

  it('off with the "notify when credits reset" setting', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      workspaceId: WS,
      notify: { ...DEFAULT_SETTINGS.notify, reset: false },
    });
    const { deps, clock, db } = makeDeps(fetch);
    await recordSnapshot(db, WS, 'page', reading(5), T0);
    await publish(deps);
    clock.now = RESET + 10_000;
    await onAlarm(deps, CAP_RESET_ALARM_PREFIX + WS);
    expect(await capResetShown()).toEqual([]);
  });
});
