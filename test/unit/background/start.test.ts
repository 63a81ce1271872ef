import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { POLL_ALARM } from '../../../lib/background/alarms';
import { startBackground } from '../../../lib/background/start';
import type { Reply } from '../../../lib/messaging/protocol';
import { apiKeyItem } from '../../../lib/db/secret-key';
import { settingsItem } from '../../../lib/settings/items';
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

    // As the popup sends it: from an extension page of this extension.
    const popup = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
    const ask = async (name: string): Promise<Reply<'getSummary'>> => {
      const [answer] = await fakeBrowser.runtime.onMessage.trigger({ cm: 1, name, data: {} }, popup);
      return (await answer) as Reply<'getSummary'>;
    };
    const reply = await ask('getSummary');
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.workspaceId).toBe(WS);

    const unknown = await ask('nope');
    expect(unknown.ok).toBe(false);

    await expect.poll(async () => (await browser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: 0, periodInMinutes: 1 });
    await expect.poll(() => f.calls.length).toBe(1);
    await expect.poll(() => browser.action.getBadgeText({})).toBe('450');
  });
});
