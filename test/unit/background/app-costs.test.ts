import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { appWorkspacesItem, focusedAppItem, workspacesItem } from '../../../lib/background/items';
import type { Handlers, Sender } from '../../../lib/messaging/server';
import type { PromptSent } from '../../../lib/messaging/protocol';
import { allowed } from '../../../lib/messaging/access';
import { makeDeps, scriptedFetch, T0, text, WS } from './helpers';

const MIN = 60_000;
const APP_A = '64b7f1a2c3d4e5f60718293a';
const APP_B = '64b7f1a2c3d4e5f60718293b';
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/popup.html' };
const tab = (appId: string, tabId: number): Sender => ({
  kind: 'builder',
  url: `https://app.base44.com/apps/${appId}/editor/preview`,
  tabId,
});

let h: Handlers;
let ctx: ReturnType<typeof makeDeps>;

function prompt(i: number, appId: string, at: number): PromptSent {
  return { sendId: `send-${i}`, at, appId, mode: 'build', text: 'Add a search bar to filter the task list' };
}

beforeEach(async () => {
  fakeBrowser.reset();
  ctx = makeDeps(scriptedFetch([text('no', 500)]).fetch);
  h = createHandlers(ctx.deps);
  await workspacesItem.setValue([{ id: WS, name: 'Mine', tier: 'free' }]);
  await appWorkspacesItem.setValue({
    [APP_A]: { workspaceId: WS, name: 'Task tracker' },
    [APP_B]: { workspaceId: WS, name: 'Recipe box' },
  });
});

describe('getAppCosts', () => {
  it('is for extension pages only', () => {
    expect(allowed('getAppCosts', 'extension')).toBe(true);
    expect(allowed('getAppCosts', 'builder')).toBe(false);
  });

  it('gives the session of the app last sent from, and every app this cycle by name', async () => {
    const sent: { app: string; at: number }[] = [
      { app: APP_A, at: T0 },
      { app: APP_A, at: T0 + 5 * MIN },
      { app: APP_B, at: T0 + 10 * MIN },
      { app: APP_A, at: T0 + 15 * MIN },
      { app: APP_B, at: T0 + 20 * MIN },
    ];
    const perApp = new Map<string, number>();
    for (const [i, s] of sent.entries()) {
      ctx.clock.now = s.at;
      await h.promptSent(prompt(i, s.app, s.at), tab(s.app, s.app === APP_A ? 1 : 2));
    }
    const rows = await ctx.db.ledger.toArray();
    for (const r of rows) perApp.set(r.appId!, (perApp.get(r.appId!) ?? 0) + r.estimate);
    ctx.clock.now = T0 + 22 * MIN;
    const costs = await h.getAppCosts({}, EXT);
    expect(costs.workspaceId).toBe(WS);
    expect(costs.focusedAppId).toBe(APP_B);
    // App B's session: its two sends (10 minutes apart, no pause over 30 minutes).
    const bRows = rows.filter((r) => r.appId === APP_B);
    expect(costs.session).toMatchObject({ appId: APP_B, name: 'Recipe box', prompts: 2 });
    expect(costs.session!.credits).toBeCloseTo(
      bRows.reduce((n, r) => n + r.estimate, 0),
      3,
    );
    expect(costs.apps.map((a) => [a.name, a.prompts])).toEqual(
      expect.arrayContaining([
        ['Task tracker', 3],
        ['Recipe box', 2],
      ]),
    );
    for (const a of costs.apps) expect(a.credits).toBeCloseTo(perApp.get(a.appId!)!, 3);
  });

  it('follows the focused tab: a focused page report switches the session app', async () => {
    ctx.clock.now = T0;
    await h.promptSent(prompt(1, APP_A, T0), tab(APP_A, 1));
    expect(await focusedAppItem.getValue()).toBe(APP_A);
    await h.pageHealth({ url: tab(APP_B, 2).url ?? '', focused: true }, tab(APP_B, 2));
    expect(await focusedAppItem.getValue()).toBe(APP_B);
    const costs = await h.getAppCosts({}, EXT);
    expect(costs.session).toBeNull();
    expect(costs.apps).toHaveLength(1);
    // A report from a tab in the background does not move it.
    await h.pageHealth({ url: tab(APP_A, 1).url ?? '' }, tab(APP_A, 1));
    expect(await focusedAppItem.getValue()).toBe(APP_B);
  });

  it('ends the session after a 30-minute pause', async () => {
    ctx.clock.now = T0;
    await h.promptSent(prompt(1, APP_A, T0), tab(APP_A, 1));
    ctx.clock.now = T0 + 3 * 60 * MIN;
    const costs = await h.getAppCosts({}, EXT);
    expect(costs.session).toBeNull();
    expect(costs.apps[0]).toMatchObject({ appId: APP_A, prompts: 1 });
  });
});
