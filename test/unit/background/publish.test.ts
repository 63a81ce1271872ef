import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../lib/background/handlers';
import { exclusive, ifFree } from '../../../lib/background/lock';
import { publishedItem } from '../../../lib/background/published';
import * as summaryModule from '../../../lib/background/summary';
import type { Sender } from '../../../lib/messaging/server';
import type { ContextPush } from '../../../lib/messaging/protocol';
import type { BalanceReading } from '../../../lib/credits/types';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { APP, makeDeps, scriptedFetch, T0, text, WS } from './helpers';

const OTHER = '64b7f1a2c3d4e5f607189999';
const PAGE = {
  kind: 'builder',
  url: `https://app.base44.com/apps/${APP}/editor/preview`,
  tabId: 7,
} satisfies Sender;
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/popup.html' };

const reading = (used: number): BalanceReading => ({
  message: { limit: 25, used, remaining: 25 - used, bonus: null },
  integration: { limit: 100, used: 0, remaining: 100, bonus: null },
  daily: { used: 1, limit: 5 },
  tier: 'free',
  periodStart: null,
  periodEnd: null,
  dailyResetAt: null,
});

function setup() {
  const ctx = makeDeps(scriptedFetch([text('', 500)]).fetch);
  return { ...ctx, h: createHandlers(ctx.deps) };
}

async function knowApp(h: ReturnType<typeof setup>['h']) {
  await h.pageObservation(
    {
      kind: 'workspaces',
      workspaces: [
        { id: WS, name: 'Mine', tier: 'free' },
        { id: OTHER, name: 'Team', tier: 'pro' },
      ],
    },
    PAGE,
  );
  await h.pageObservation({ kind: 'appInfo', appId: APP, workspaceId: WS, name: 'App' }, PAGE);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('publishing after each event', () => {
  it('a balance from the page is published for its workspace, with the badge, in the same step', async () => {
    const { h } = setup();
    await knowApp(h);
    await h.pageObservation({ kind: 'balance', reading: reading(20) }, PAGE);
    const published = await publishedItem.getValue();
    expect(published.active).toBe(WS);
    expect(published.summaries[WS]).toMatchObject({ source: 'page', message: { used: 20, remaining: 5 } });
    expect(published.summaries[WS]!.periodStart).toBeLessThanOrEqual(T0);
    // The daily cap (1 of 5 used) has less left than the month.
    expect(await browser.action.getBadgeText({})).toBe('4');
  });

  it('computes each touched workspace once per event, and leaves the others alone', async () => {
    const { h, deps } = setup();
    await knowApp(h);
    const build = vi.spyOn(summaryModule, 'buildSummary');
    await h.promptSent({ sendId: 's1', at: T0, appId: APP, mode: 'build', text: 'Add a search bar' }, PAGE);
    const built = build.mock.calls.map((c) => c[1]);
    expect(built).toEqual([WS]);
    expect(build.mock.calls.every((c) => c[0] === deps)).toBe(true);
  });

  it('switching the workspace moves the published "active" and the badge with it', async () => {
    const { h } = setup();
    await knowApp(h);
    await h.setActiveWorkspace({ workspaceId: OTHER }, EXT);
    const published = await publishedItem.getValue();
    expect(published.active).toBe(OTHER);
    expect(published.summaries[OTHER]).toMatchObject({ workspaceId: OTHER, workspaceName: 'Team' });
  });

  it('a settings change is published for every workspace (new thresholds, new plan)', async () => {
    const { h } = setup();
    await knowApp(h);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, planOverride: 'pro' });
    // The background watches settings; here the next event publishes what that watch marks.
    await h.getSummary({}, EXT);
    expect((await publishedItem.getValue()).summaries[WS]?.tier).toBe('pro');
  });

  it('getSummary answers with what it published', async () => {
    const { h } = setup();
    const s = await h.getSummary({}, EXT);
    expect((await publishedItem.getValue()).summaries[s.workspaceId]).toEqual(s);
  });

  it('builder tabs get their workspace’s context pushed; other workspaces’ tabs do not', async () => {
    const { h } = setup();
    await knowApp(h);
    const teamApp = '64b7f1a2c3d4e5f60718aaaa';
    await h.pageObservation({ kind: 'appInfo', appId: teamApp, workspaceId: OTHER, name: 'T' }, PAGE);
    const tabs = [
      { id: 7, url: PAGE.url },
      { id: 8, url: `https://app.base44.com/apps/${teamApp}/editor/preview` },
    ];
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => tabs) as never);
    const sent: [number, ContextPush][] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, m: unknown) => {
      sent.push([tabId, m as ContextPush]);
    }) as never);
    await h.pageObservation({ kind: 'balance', reading: reading(10) }, PAGE);
    // Tab 7 shows an app of WS; tab 8 one of OTHER, whose numbers did not move.
    expect(sent.map(([id]) => id)).toEqual([7]);
    expect(sent[0]![1]).toMatchObject({
      cm: 1,
      push: 'composerContext',
      data: { summary: { workspaceId: WS } },
    });
    expect(sent[0]![1].data.summary).toEqual((await publishedItem.getValue()).summaries[WS]);
  });
});

describe('settings written without every key', () => {
  it('publish, badge and push fall back to the defaults', async () => {
    const { h } = setup();
    await knowApp(h);
    await settingsItem.setValue({ confirmBeforeSend: false } as never);
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, url: PAGE.url }]) as never);
    const sent: ContextPush[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, m: unknown) => {
      sent.push(m as ContextPush);
    }) as never);
    await h.pageObservation({ kind: 'balance', reading: reading(24) }, PAGE);
    expect(await browser.action.getBadgeText({})).toBe('1');
    expect(sent.at(-1)?.data.settings).toEqual({
      thresholds: DEFAULT_SETTINGS.thresholds,
      confirmBeforeSend: false,
    });
  });
});

describe('locks', () => {
  it('exclusive sections of one name run one after another', async () => {
    const order: string[] = [];
    const slow = exclusive('t', async () => {
      order.push('a+');
      await new Promise((r) => setTimeout(r, 20));
      order.push('a-');
    });
    const fast = exclusive('t', async () => {
      order.push('b');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['a+', 'a-', 'b']);
  });

  it('ifFree does not wait: busy while another holds the name', async () => {
    let release!: () => void;
    const held = exclusive('u', () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 0));
    expect(await ifFree('u', 'busy', async () => 'ran')).toBe('busy');
    release();
    await held;
    expect(await ifFree('u', 'busy', async () => 'ran')).toBe('ran');
  });
});
