/**
 * "Delete all data" while a poll is out: its answer must not bring a row back. And a builder tab
 * flooding the background with page messages is rate-limited per tab, the excess counted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diagnosticsItem } from '../../../lib/background/diagnostics';
import { createHandlers } from '../../../lib/background/handlers';
import { pollStateItem, statusPartsItem } from '../../../lib/background/items';
import { pollOnce } from '../../../lib/background/poller';
import {
  PAGE_MESSAGE_BURST,
  PAGE_MESSAGES_PER_SECOND,
  TabRateLimiter,
} from '../../../lib/background/rate-limit';
import type { Sender } from '../../../lib/messaging/server';
import { apiKeyItem } from '../../../lib/db/secret-key';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { analytics, APP, json, KEY, makeDeps, scriptedFetch, T0, WS } from './helpers';

const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 11 };
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/options.html' };

beforeEach(async () => {
  fakeBrowser.reset();
  await apiKeyItem.setValue(KEY);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
});

describe('"Delete all data" cancels polls in flight', () => {
  it('an answer arriving after the delete writes nothing', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const f = scriptedFetch([
      async () => {
        await gate;
        return json(analytics({ limit: 500, used: 100 }));
      },
    ]);
    const { deps, db } = makeDeps(f.fetch);
    const h = createHandlers(deps);
    const inFlight = pollOnce(deps, { force: true });
    await expect.poll(() => f.calls.length).toBe(1);
    await h.deleteAllData({}, EXT);
    release();
    expect(await inFlight).toMatchObject({ polled: false, reason: 'cancelled' });
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await statusPartsItem.getValue()).toEqual({});
    // No poll bookkeeping comes back either (it was removed with the rest).
    expect(await pollStateItem.getValue()).toMatchObject({ pending: false, lastPollAt: 0 });
  });

  it('a failing answer after the delete sets no status', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const f = scriptedFetch([
      async () => {
        await gate;
        return json({ error: 'x' }, 401);
      },
    ]);
    const { deps } = makeDeps(f.fetch);
    const inFlight = pollOnce(deps, { force: true });
    await expect.poll(() => f.calls.length).toBe(1);
    await createHandlers(deps).deleteAllData({}, EXT);
    release();
    await inFlight;
    expect(await statusPartsItem.getValue()).toEqual({});
  });

  it('polls started after the delete work as usual', async () => {
    const f = scriptedFetch([json(analytics({ limit: 500, used: 100 }))]);
    const { deps, db } = makeDeps(f.fetch);
    await createHandlers(deps).deleteAllData({}, EXT);
    await apiKeyItem.setValue(KEY);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
    expect(await pollOnce(deps, { force: true })).toMatchObject({ polled: true });
    expect(await db.snapshots.count()).toBe(1);
  });
});

describe('page messages are rate-limited per tab', () => {
  it('token bucket: a burst, then the steady rate; a clock set back gives nothing extra', () => {
    const l = new TabRateLimiter();
    let ok = 0;
    for (let i = 0; i < 1000; i++) if (l.take('a', T0).ok) ok++;
    expect(ok).toBe(PAGE_MESSAGE_BURST);
    // Another tab has its own bucket; the drops so far are reported with the next message let through.
    expect(l.take('b', T0)).toEqual({ ok: true, dropped: 1000 - PAGE_MESSAGE_BURST });
    // One second later: the steady rate.
    ok = 0;
    for (let i = 0; i < 1000; i++) if (l.take('a', T0 + 1000).ok) ok++;
    expect(ok).toBe(PAGE_MESSAGES_PER_SECOND);
    expect(l.take('a', T0 - 60_000).ok).toBe(false);
    // The drops are reported once, with the next message let through.
    const next = l.take('a', T0 + 5000);
    expect(next).toEqual({
      ok: true,
      dropped: 1000 - PAGE_MESSAGES_PER_SECOND + 1,
    });
    expect(l.take('a', T0 + 5000).dropped).toBe(0);
  });

  it('500 observations in one instant from one tab: the burst is applied, the rest dropped and counted', async () => {
    const { deps, clock } = makeDeps(scriptedFetch([json({}, 500)]).fetch);
    const h = createHandlers(deps);
    const unrecognised = (i: number) => ({
      kind: 'unrecognised' as const,
      urlShape: `/api/x${i}`,
      keys: ['a'],
      at: T0,
    });
    for (let i = 0; i < 500; i++) await h.pageObservation(unrecognised(i), PAGE);
    const seen = (await diagnosticsItem.getValue()).unrecognised.map((u) => u.urlShape);
    // Diagnostics keep the newest 10 shapes: the last applied is the burst's last.
    expect(seen[0]).toBe(`/api/x${PAGE_MESSAGE_BURST - 1}`);
    // A second later one more gets through and brings the count of the dropped.
    clock.now = T0 + 1000;
    await h.pageObservation(unrecognised(999), PAGE);
    expect((await diagnosticsItem.getValue()).dropped).toBe(500 - PAGE_MESSAGE_BURST);
    // Another tab was never limited by this one.
    await h.pageObservation(unrecognised(1000), { ...PAGE, tabId: 12 });
    expect((await diagnosticsItem.getValue()).unrecognised[0]?.urlShape).toBe('/api/x1000');
  });

  it('a flood of prompts: the burst is recorded, the rest refused with an error (never silently)', async () => {
    const { deps, db } = makeDeps(scriptedFetch([json({}, 500)]).fetch);
    const h = createHandlers(deps);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        h.promptSent(
          {
            sendId: `flood-${i}`,
            at: T0,
            appId: APP,
            mode: 'build',
            text: 'x',
          },
          PAGE,
        ),
      ),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(100 - PAGE_MESSAGE_BURST);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/too many prompts/i);
    expect(await db.ledger.count()).toBe(PAGE_MESSAGE_BURST);
  });

  it('page reports do not use up the prompt bucket', async () => {
    const { deps, db } = makeDeps(scriptedFetch([json({}, 500)]).fetch);
    const h = createHandlers(deps);
    for (let i = 0; i < 200; i++) await h.pageObservation({ kind: 'authOk', at: T0 }, PAGE);
    const { id } = await h.promptSent(
      {
        sendId: 'after-burst',
        at: T0,
        appId: APP,
        mode: 'build',
        text: 'x',
      },
      PAGE,
    );
    expect(await db.ledger.get(id)).toBeDefined();
  });
});
