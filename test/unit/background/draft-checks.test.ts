import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { appWorkspacesItem, workspacesItem } from '../../../lib/background/items';
import type { Handlers, Sender } from '../../../lib/messaging/server';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { APP, makeDeps, scriptedFetch, T0, text, WS } from './helpers';

const MIN = 60_000;
const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 1 };
const FIX = 'The login button is still broken, it throws an error when I click it';

let h: Handlers;
let ctx: ReturnType<typeof makeDeps>;

beforeEach(async () => {
  fakeBrowser.reset();
  ctx = makeDeps(scriptedFetch([text('no', 500)]).fetch);
  h = createHandlers(ctx.deps);
  await workspacesItem.setValue([{ id: WS, name: 'Mine', tier: 'free' }]);
  await appWorkspacesItem.setValue({ [APP]: { workspaceId: WS, name: 'Task tracker' } });
});

describe('estimate checks', () => {
  it('with no budget set: ok, and no budget figures', async () => {
    const e = await h.estimate({ text: 'Add a search bar to filter the task list', mode: 'build' }, PAGE);
    expect(e.checks?.budget).toEqual({ verdict: 'ok', which: null, daily: null, app: null });
    expect(e.checks?.fixLoop.warn).toBe(false);
  });

  it('a daily budget below the draft is over; settings saved before budgets read as none', async () => {
    const { budgets: _none, ...old } = DEFAULT_SETTINGS;
    // As an older version stored them: straight into storage, not through the settings item.
    await fakeBrowser.storage.local.set({ settings: old });
    const before = await h.estimate(
      { text: 'Add a search bar to filter the task list', mode: 'build' },
      PAGE,
    );
    expect(before.checks?.budget.verdict).toBe('ok');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, budgets: { daily: 0.5, perApp: {} } });
    const e = await h.estimate({ text: 'Add a search bar to filter the task list', mode: 'build' }, PAGE);
    expect(e.credits).toBeGreaterThan(0.5);
    expect(e.checks?.budget).toMatchObject({
      verdict: 'over',
      which: 'daily',
      daily: { budget: 0.5, spent: 0 },
    });
  });

  it('counts today’s sends against the daily budget', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, budgets: { daily: 100, perApp: {} } });
    ctx.clock.now = T0;
    await h.promptSent(
      { sendId: 's1', at: T0, appId: APP, mode: 'build', text: 'Add a settings page' },
      PAGE,
    );
    const row = (await ctx.db.ledger.toArray())[0]!;
    ctx.clock.now = T0 + MIN;
    const e = await h.estimate({ text: 'Add a search bar', mode: 'build' }, PAGE);
    expect(e.checks?.budget.daily?.spent).toBeCloseTo(row.estimate, 6);
  });

  it('stores whether each prompt was a fix, and warns on the fourth fix in a row', async () => {
    for (let i = 0; i < 3; i++) {
      ctx.clock.now = T0 + i * 5 * MIN;
      await h.promptSent({ sendId: `f${i}`, at: ctx.clock.now, appId: APP, mode: 'build', text: FIX }, PAGE);
    }
    ctx.clock.now = T0 + 16 * MIN;
    await h.promptSent(
      { sendId: 'd', at: ctx.clock.now, appId: APP, mode: 'discuss', text: 'why is it broken?' },
      PAGE,
    );
    const rows = await ctx.db.ledger.orderBy('at').toArray();
    expect(rows.map((r) => r.fix)).toEqual([true, true, true, false]);
    // The Discuss prompt broke the streak.
    ctx.clock.now = T0 + 17 * MIN;
    let e = await h.estimate({ text: FIX, mode: 'build' }, PAGE);
    expect(e.checks?.fixLoop).toMatchObject({ warn: false, streak: 0 });
    await ctx.db.ledger.where('sendId').equals('d').delete();
    e = await h.estimate({ text: FIX, mode: 'build' }, PAGE);
    expect(e.checks?.fixLoop).toMatchObject({ warn: true, rule: 'streak', streak: 3 });
    const fresh = await h.estimate({ text: 'Add a dark mode toggle to the header', mode: 'build' }, PAGE);
    expect(fresh.checks?.fixLoop.warn).toBe(false);
  });
});
