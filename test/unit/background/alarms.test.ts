import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ensureAlarms, MAINTENANCE_ALARM, onAlarm, POLL_ALARM } from '../../../lib/background/alarms';
import { apiKeyItem } from '../../../lib/db/secret-key';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { analytics, json, KEY, makeDeps, scriptedFetch, WS } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('ensureAlarms', () => {
  it('creates the poll and maintenance alarms once, and repairs a changed one', async () => {
    expect((await ensureAlarms()).sort()).toEqual([MAINTENANCE_ALARM, POLL_ALARM].sort());
    expect((await browser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(1);
    // A second start-up keeps the existing timers.
    expect(await ensureAlarms()).toEqual([]);
    await browser.alarms.create(POLL_ALARM, { periodInMinutes: 5 });
    expect(await ensureAlarms()).toEqual([POLL_ALARM]);
    expect((await browser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(1);
  });
});

describe('onAlarm', () => {
  it('the poll alarm polls when due', async () => {
    await apiKeyItem.setValue(KEY);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
    const f = scriptedFetch([json(analytics({ limit: 500, used: 2 }))]);
    const { deps } = makeDeps(f.fetch);
    await onAlarm(deps, POLL_ALARM);
    expect(f.calls).toHaveLength(1);
    await onAlarm(deps, POLL_ALARM); // same instant: not due again
    expect(f.calls).toHaveLength(1);
  });
});
