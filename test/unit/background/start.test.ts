import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { POLL_ALARM } from '../../../lib/background/alarms';
import { startBackground } from '../../../lib/background/start';
import type { Reply } from '../../../lib/messaging/protocol';
import { apiKeyItem, settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { analytics, json, KEY, makeDeps, scriptedFetch, WS } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('startBackground', () => {
  it('answers protocol messages as soon as it is called, and wires the poll alarm', async () => {
    await apiKeyItem.setValue(KEY);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
    const f = scriptedFetch([json(analytics({ limit: 500, used: 50 }))]);
    const { deps } = makeDeps(f.fetch);
    startBackground(deps);

    const reply = (await browser.runtime.sendMessage({
      cm: 1,
      name: 'getSummary',
      data: {},
    })) as Reply<'getSummary'>;
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.workspaceId).toBe(WS);

    const unknown = (await browser.runtime.sendMessage({ cm: 1, name: 'nope', data: {} })) as { ok: boolean };
    expect(unknown.ok).toBe(false);

    await expect.poll(async () => (await browser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: 0, periodInMinutes: 1 });
    await expect.poll(() => f.calls.length).toBe(1);
    await expect.poll(() => browser.action.getBadgeText({})).toBe('450');
  });
});
