import { CHIP_MESSAGES } from '../../../lib/i18n/chip-messages';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../lib/background/handlers';
import { API_FRESH_MS } from '../../../lib/background/ingest';
import { diagnosticsItem } from '../../../lib/background/diagnostics';
import { activeWorkspaceItem } from '../../../lib/background/items';
import type { Handlers, Sender } from '../../../lib/messaging/server';
import type { PromptSent } from '../../../lib/messaging/protocol';
import { apiKeyItem } from '../../../lib/db/secret-key';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { BalanceReading } from '../../../lib/credits/types';
import { EXCERPT_MAX, ledgerPage } from '../../../lib/db/ledger';
import { analytics, APP, json, KEY, makeDeps, scriptedFetch, text, T0, WS } from './helpers';

const PAGE = {
  kind: 'builder',
  url: 'https://app.base44.com/apps/x/editor/preview',
  tabId: 1,
} satisfies Sender;
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/popup.html' };

const reading: BalanceReading = {
  message: { limit: 25, used: 3, remaining: 22, bonus: null },
  integration: { limit: 100, used: 0, remaining: 100, bonus: null },
  daily: { used: 1, limit: 5 },
  tier: 'free',
  periodStart: null,
  periodEnd: null,
  dailyResetAt: null,
};

function prompt(i: number, text = 'Add a search bar to filter the task list'): PromptSent {
  return {
    sendId: `send-${i}`,
    at: T0,
    appId: APP,
    mode: 'build',
    text,
  };
}

let h: Handlers;
let ctx: ReturnType<typeof makeDeps>;
let fetchCalls: ReturnType<typeof scriptedFetch>['calls'];

function setup(script: Parameters<typeof scriptedFetch>[0] = [json(analytics({ limit: 500, used: 100 }))]) {
  const f = scriptedFetch(script);
  fetchCalls = f.calls;
  ctx = makeDeps(f.fetch);
  h = createHandlers(ctx.deps);
}

beforeEach(() => {
  fakeBrowser.reset();
  setup();
});

/** A 401 some seconds after the last one: a new failure, not the same expiry. */
async function failLater(): Promise<void> {
  ctx.clock.now += 6_000;
  await h.pageObservation({ kind: 'authFailed', at: ctx.clock.now }, PAGE);
}

describe('getSummary', () => {
  it('with nothing known: the Free plan, estimated, status ok', async () => {
    const s = await h.getSummary({}, EXT);
    expect(s).toMatchObject({
      workspaceId: 'default',
      source: 'estimated',
      message: { limit: 25 },
      status: { kind: 'ok' },
    });
  });

  it('with no reading, the month and the day are estimated from the ledger', async () => {
    await h.promptSent(prompt(1), PAGE);
    ctx.clock.now = T0 + 60_000;
    await h.promptSent({ ...prompt(2), at: T0 + 60_000 }, PAGE);
    const s = await h.getSummary({}, EXT);
    expect(s.source).toBe('estimated');
    expect(s.message).toMatchObject({ limit: 25, used: 2, remaining: 23 });
    expect(s.daily).toMatchObject({ limit: 5, used: 2 });
  });

  it('rolling daily windows chain: a new one starts at the first send after the last one ended', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dailyWindow: 'rolling24h' });
    const H = 3_600_000;
    // Window 1 is T0..T0+24h (sends at T0 and T0+23h); the send at T0+30h opens window 2.
    for (const [i, at] of [T0, T0 + 23 * H, T0 + 30 * H].entries()) {
      ctx.clock.now = at;
      await h.promptSent({ ...prompt(i), at }, PAGE);
    }
    const s = await h.getSummary({}, EXT);
    expect(s.daily).toMatchObject({ used: 1, resetAt: T0 + 54 * H });
  });
});

describe('page observations', () => {
  it('a balance from the page becomes the summary (source page) and the badge', async () => {
    await h.pageObservation({ kind: 'balance', reading, workspaceId: WS }, PAGE);
    const s = await h.getSummary({}, EXT);
    expect(s).toMatchObject({
      workspaceId: WS,
      source: 'page',
      message: { used: 3, remaining: 22 },
      daily: { used: 1, limit: 5 },
    });
    expect(await browser.action.getBadgeText({})).toBe('4');
  });

  it('rejects invalid numbers', async () => {
    const bad = {
      kind: 'balance',
      reading: { ...reading, message: { limit: 25, used: NaN, remaining: 0, bonus: null } },
    };
    await expect(h.pageObservation(bad as never, PAGE)).rejects.toThrow('Invalid');
    expect(await ctx.db.snapshots.count()).toBe(0);
  });

  it('the workspaces list names the active workspace and supplies its tier', async () => {
    await h.pageObservation(
      { kind: 'workspaces', workspaces: [{ id: WS, name: 'Personal', tier: 'starter' }] },
      PAGE,
    );
    expect(await activeWorkspaceItem.getValue()).toBe(WS);
    await h.pageObservation({ kind: 'balance', reading: { ...reading, tier: null, daily: null } }, PAGE);
    const s = await h.getSummary({}, EXT);
    expect(s).toMatchObject({ workspaceId: WS, workspaceName: 'Personal', tier: 'starter', planKnown: true });
  });

  it('with several workspaces, a balance no response ties to one is not filed under any', async () => {
    const OTHER = '64b7f1a2c3d4e5f607189999';
    await h.pageObservation(
      {
        kind: 'workspaces',
        workspaces: [
          { id: WS, name: 'Personal', tier: 'free' },
          { id: OTHER, name: 'Team', tier: 'pro' },
        ],
      },
      PAGE,
    );
    const before = await ctx.db.snapshots.count();
    // The tab's app has no known owner, and the reading names no workspace.
    await h.pageObservation({ kind: 'balance', reading }, PAGE);
    expect(await ctx.db.snapshots.count()).toBe(before);
    for (const id of [WS, OTHER])
      expect((await h.getSummary({ workspaceId: id }, EXT)).source).toBe('estimated');
    expect((await diagnosticsItem.getValue()).unattributed).toBe(1);
    // Named, it lands with its workspace only.
    await h.pageObservation({ kind: 'balance', reading, workspaceId: OTHER }, PAGE);
    expect((await h.getSummary({ workspaceId: OTHER }, EXT)).source).toBe('page');
    expect((await h.getSummary({ workspaceId: WS }, EXT)).source).toBe('estimated');
  });

  it('with a single workspace, prompts filed before it was known move to it', async () => {
    await h.promptSent(prompt(1), PAGE);
    await h.pageHealth({ composerFound: false, url: PAGE.url }, PAGE);
    await h.pageObservation(
      { kind: 'workspaces', workspaces: [{ id: WS, name: 'Personal', tier: 'free' }] },
      PAGE,
    );
    const s = await h.getSummary({}, EXT);
    expect(s).toMatchObject({ workspaceId: WS, status: { kind: 'pageChanged' } });
    expect((await ledgerPage(ctx.db, { limit: 5, workspaceId: WS })).map((r) => r.sendId)).toEqual([
      'send-1',
    ]);
    expect(await ledgerPage(ctx.db, { limit: 5, workspaceId: 'default' })).toEqual([]);
  });

  it('several 401s with no success between are a sign-out; one is a token refresh', async () => {
    await failLater();
    await h.pageObservation({ kind: 'authOk', at: T0 }, PAGE);
    await failLater();
    await failLater();
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
    await failLater();
    expect((await h.getSummary({}, EXT)).status.kind).toBe('signedOut');
    expect(await browser.action.getBadgeText({})).toBe('!');
    await h.pageObservation({ kind: 'workspaces', workspaces: [{ id: WS, name: null, tier: 'free' }] }, PAGE);
    await h.pageObservation({ kind: 'balance', reading, workspaceId: WS }, PAGE);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
  });

  it('the sign-in page is a sign-out at once', async () => {
    await h.pageHealth(
      { composerFound: true, url: 'https://app.base44.com/login' },
      { kind: 'builder', url: 'https://app.base44.com/login' },
    );
    expect((await h.getSummary({}, EXT)).status.kind).toBe('signedOut');
  });

  it('a fresh account-API reading wins over the page', async () => {
    await h.setCredentials({ apiKey: KEY, workspaceId: WS }, EXT);
    await h.pageObservation({ kind: 'balance', reading, workspaceId: WS }, PAGE);
    expect((await h.getSummary({}, EXT)).source).toBe('api');
    ctx.clock.now += API_FRESH_MS + 1;
    await h.pageObservation({ kind: 'balance', reading, workspaceId: WS }, PAGE);
    expect((await h.getSummary({}, EXT)).source).toBe('page');
  });

  it('chatCost sets the actual cost of the newest prompt of that app', async () => {
    await h.promptSent(prompt(1), PAGE);
    await h.pageObservation({ kind: 'chatCost', appId: APP, cost: 1.7, at: T0 }, PAGE);
    const [row] = await ledgerPage(ctx.db, { limit: 10 });
    expect(row).toMatchObject({ sendId: 'send-1', actual: 1.7, actualSource: 'builder' });
  });

  it("a turn's own response ends it and polls the API at once", async () => {
    await h.setCredentials({ apiKey: KEY, workspaceId: WS }, EXT);
    const before = fetchCalls.length;
    await h.promptSent(prompt(1), PAGE);
    // Past the 30 s a turn end waits after any poll (setCredentials just polled).
    ctx.clock.now += 30_000;
    await h.pageObservation(
      { kind: 'turnResult', appId: APP, start: 'message', outcome: 'settled', at: T0 },
      PAGE,
    );
    await expect.poll(() => fetchCalls.length).toBe(before + 1);
    const [row] = await ledgerPage(ctx.db, { limit: 1 });
    expect(row).toMatchObject({ state: 'settled', settledAt: T0 + 30_000, settledBy: 'chatResponse' });
  });
});

describe('the workspace shown follows the builder tab used last', () => {
  const A = '64b7f1a2c3d4e5f607180000';
  const B = '64b7f1a2c3d4e5f607180001';
  const APP_B = '64b7f1a2c3d4e5f60718293c';
  const tabA = {
    kind: 'builder',
    url: `https://app.base44.com/apps/${APP}/editor/preview`,
    tabId: 1,
  } as const;
  const tabB = {
    kind: 'builder',
    url: `https://app.base44.com/apps/${APP_B}/editor/preview`,
    tabId: 2,
  } as const;

  it('a tab left open in the background does not take the popup back', async () => {
    await h.pageObservation(
      {
        kind: 'workspaces',
        workspaces: [
          { id: A, name: 'Mine', tier: 'free' },
          { id: B, name: 'Team', tier: 'pro' },
        ],
      },
      tabA,
    );
    await h.pageObservation({ kind: 'appInfo', appId: APP, workspaceId: A, name: 'Tasks' }, tabA);
    await h.pageObservation({ kind: 'appInfo', appId: APP_B, workspaceId: B, name: 'CRM' }, tabB);
    await h.pageHealth({ url: tabB.url, focused: true }, tabB);
    expect((await h.getWorkspaces({}, EXT)).active).toBe(B);
    await h.pageHealth({ url: tabA.url, focused: true }, tabA);
    expect((await h.getWorkspaces({}, EXT)).active).toBe(A);
    // Team tab keeps polling in the background: still A.
    await h.pageObservation({ kind: 'appInfo', appId: APP_B, workspaceId: B, name: 'CRM' }, tabB);
    await h.pageObservation({ kind: 'balance', reading, workspaceId: B }, tabB);
    expect((await h.getWorkspaces({}, EXT)).active).toBe(A);
    // Sending from the team tab is using it.
    await h.promptSent({ ...prompt(9), appId: APP_B }, tabB);
    expect((await h.getWorkspaces({}, EXT)).active).toBe(B);
    // And the user can switch by hand, to a workspace the builder listed.
    await h.setActiveWorkspace({ workspaceId: A }, EXT);
    expect((await h.getSummary({}, EXT)).workspaceId).toBe(A);
    await expect(h.setActiveWorkspace({ workspaceId: 'nope' }, EXT)).rejects.toThrow();
  });
});

describe('pageHealth', () => {
  it('composer missing → pageChanged; found again → cleared', async () => {
    await h.pageHealth({ composerFound: false, url: PAGE.url }, PAGE);
    const s = await h.getSummary({}, EXT);
    expect(s.status).toMatchObject({
      kind: 'pageChanged',
      message: 'Base44 changed its page — estimates paused.',
    });
    expect(await browser.action.getBadgeText({})).toBe('!');
    await h.pageHealth({ composerFound: true, url: PAGE.url }, PAGE);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
  });

  it('one expiry answering every request in flight with a 401 is one failure, not a sign-out', async () => {
    // The builder loads its app, conversation, events, user and workspaces at once; all get a 401.
    for (let i = 0; i < 5; i++) await h.pageObservation({ kind: 'authFailed', at: ctx.clock.now }, PAGE);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
    ctx.clock.now += 1_000;
    await h.pageObservation({ kind: 'authFailed', at: ctx.clock.now }, PAGE);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
    await failLater();
    await failLater();
    expect((await h.getSummary({}, EXT)).status.kind).toBe('signedOut');
  });

  it('composer found does not clear a signed-out status', async () => {
    for (let i = 0; i < 3; i++) await failLater();
    await h.pageHealth({ composerFound: true, url: PAGE.url }, PAGE);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('signedOut');
  });
});

describe('estimates', () => {
  it('the background estimates the text; a send records its own estimate, never the page’s', async () => {
    const e = await h.estimate({ text: 'Change the button color to blue', mode: 'build' }, PAGE);
    expect(e.scope).toBe('simple');
    expect((await h.estimate({ text: 'Why is login slow?', mode: 'discuss' }, PAGE)).credits).toBe(0.3);
    const forged = {
      ...prompt(1, 'Change the button color to blue'),
      estimate: { scope: 'broad', credits: 40 },
    };
    await h.promptSent(forged as PromptSent, PAGE);
    const [row] = await ledgerPage(ctx.db, { limit: 1 });
    expect(row).toMatchObject({ scope: 'simple', estimate: e.credits });
  });

  it("the reasons come in the builder page's language when it has a wording, else in English", async () => {
    const text = 'Build me a CRM with contacts and deals';
    const en = await h.estimate({ text, mode: 'build' }, PAGE);
    const he = await h.estimate({ text, mode: 'build', locale: 'he-IL' }, PAGE);
    const ja = await h.estimate({ text, mode: 'build', locale: 'ja' }, PAGE);
    const ko = await h.estimate({ text, mode: 'build', locale: 'ko' }, PAGE);
    expect(he.scope).toBe(en.scope);
    expect(he.reasons.join(' ')).toMatch(/[\u0590-\u05FF]/);
    // English words recognised in the prompt are quoted in a Japanese sentence.
    expect(ja.reasons[0]).toMatch(/^「CRM」.*を追加$/);
    expect(ko.reasons).toEqual(en.reasons);
  });

  it('an answer to a parked question has no text: the rubric middle with a wide range', async () => {
    await h.promptSent({ ...prompt(1, ''), mode: 'answer', start: 'toolAnswer' }, PAGE);
    const [row] = await ledgerPage(ctx.db, { limit: 1 });
    expect(row).toMatchObject({ mode: 'answer', start: 'toolAnswer', estimate: 1, low: 0.3, high: 3 });
  });

  it("the chip gets its page language's words once asked; English and unknown languages get none", async () => {
    expect(await h.chipWords({ locale: 'he-IL' }, PAGE)).toEqual(CHIP_MESSAGES.he);
    expect(await h.chipWords({ locale: 'ja' }, PAGE)).toEqual(CHIP_MESSAGES.ja);
    expect(await h.chipWords({ locale: 'en-GB' }, PAGE)).toBeNull();
    expect(await h.chipWords({ locale: 'ko' }, PAGE)).toBeNull();
  });

  it('the chip gets its settings with the context (content scripts read no storage)', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, confirmBeforeSend: false });
    const ctxReply = await h.getComposerContext({}, PAGE);
    expect(ctxReply.settings).toEqual({ thresholds: DEFAULT_SETTINGS.thresholds, confirmBeforeSend: false });
  });
});

describe('promptSent', () => {
  it('records a ledger row with an excerpt of at most 120 characters', async () => {
    const long = 'Add a search bar to filter the task list. ' + 'x'.repeat(500);
    const { id } = await h.promptSent(prompt(1, long), PAGE);
    expect(id).toBeGreaterThan(0);
    const [row] = await ledgerPage(ctx.db, { limit: 5 });
    const expected = await h.estimate({ text: long, mode: 'build' }, PAGE);
    expect(row).toMatchObject({
      workspaceId: 'default',
      appId: APP,
      scope: expected.scope,
      estimate: expected.credits,
      low: expected.low,
      high: expected.high,
      actual: null,
      state: 'sent',
    });
    expect(row?.excerpt).toBe(long.slice(0, EXCERPT_MAX));
  });

  it('never ends an excerpt in half an emoji', async () => {
    // The emoji's first UTF-16 unit is the last one that fits.
    const text = 'x'.repeat(EXCERPT_MAX - 1) + '😀 and more';
    await h.promptSent(prompt(1, text), PAGE);
    const [row] = await ledgerPage(ctx.db, { limit: 1 });
    expect(row?.excerpt).toBe('x'.repeat(EXCERPT_MAX - 1));
    expect(row?.excerpt).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('keeps no excerpt when the user turned excerpts off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, storeExcerpts: false });
    await h.promptSent(prompt(1), PAGE);
    expect((await ledgerPage(ctx.db, { limit: 5 }))[0]?.excerpt).toBeNull();
  });

  it('the same send twice is one row; two sends at once are two rows', async () => {
    await Promise.all([
      h.promptSent(prompt(1), PAGE),
      h.promptSent(prompt(1), PAGE),
      h.promptSent(prompt(2), PAGE),
    ]);
    expect(await ctx.db.ledger.count()).toBe(2);
  });

  it('rejects malformed records', async () => {
    await expect(h.promptSent({ ...prompt(1), text: 'x'.repeat(20_001) }, PAGE)).rejects.toThrow();
    await expect(h.promptSent({ ...prompt(1), mode: 'shout' as never }, PAGE)).rejects.toThrow();
    await expect(h.promptSent({ ...prompt(1), appId: '../../x' }, PAGE)).rejects.toThrow();
    expect(await ctx.db.ledger.count()).toBe(0);
  });
});

describe('credentials', () => {
  it('setCredentials stores the key locally, tests it, and polls; info never reveals the key', async () => {
    const r = await h.setCredentials({ apiKey: ` ${KEY} `, workspaceId: WS }, EXT);
    expect(r).toMatchObject({ ok: true, status: 'ok' });
    expect(await apiKeyItem.getValue()).toBe(KEY);
    expect(await browser.storage.sync.get(null)).toEqual({});
    expect((await settingsItem.getValue()).workspaceId).toBe(WS);
    expect(await h.getCredentialsInfo({}, EXT)).toEqual({
      hasKey: true,
      last4: KEY.slice(-4),
      workspaceId: WS,
    });
    const s = await h.getSummary({}, EXT);
    expect(s).toMatchObject({ workspaceId: WS, source: 'api', message: { used: 100, limit: 500 } });
  });

  it.each([
    ['ok', json(analytics({ limit: 500, used: 1 })), true, 'ok'],
    ['401', json({ detail: 'no' }, 401), false, 'keyRejected'],
    ['404', json({ detail: 'no' }, 404), false, 'keyRejected'],
    ['429', json({}, 429, { 'retry-after': '10' }), false, 'rateLimited'],
    ['network', new TypeError('Failed to fetch'), false, 'unreachable'],
    ['HTML', text('<!doctype html>'), false, 'unrecognised'],
    ['unknown JSON', json({ hello: 'world' }), false, 'unrecognised'],
  ] as const)('testConnection: %s', async (_name, reply, ok, status) => {
    setup([reply]);
    const r = await h.testConnection({ apiKey: 'k', workspaceId: WS }, EXT);
    expect(r).toMatchObject({ ok, status });
    expect(r.message.length).toBeGreaterThan(5);
  });

  it('testConnection distinguishes workspace-not-found from a bad key', async () => {
    setup([json({}, 404)]);
    expect((await h.testConnection({ apiKey: 'k', workspaceId: WS }, EXT)).message).toMatch(
      /workspace not found/i,
    );
    setup([json({}, 401)]);
    expect((await h.testConnection({ apiKey: 'k', workspaceId: WS }, EXT)).message).toMatch(/key rejected/i);
  });

  it('saving an empty key disconnects without flagging an error', async () => {
    setup([json({}, 401)]);
    await h.setCredentials({ apiKey: 'wrong', workspaceId: WS }, EXT);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('keyRejected');
    const r = await h.setCredentials({ apiKey: '', workspaceId: WS }, EXT);
    expect(r).toMatchObject({ ok: true, status: 'ok' });
    expect((await h.getCredentialsInfo({}, EXT)).hasKey).toBe(false);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
    expect(await h.refreshNow({}, EXT)).toMatchObject({ kind: 'ok' });
    expect(fetchCalls).toHaveLength(1);
  });

  it('a rejected key shows keyRejected in the summary', async () => {
    setup([json({}, 401)]);
    const r = await h.setCredentials({ apiKey: 'wrong', workspaceId: WS }, EXT);
    expect(r.status).toBe('keyRejected');
    expect((await h.getSummary({}, EXT)).status.kind).toBe('keyRejected');
  });
});

describe('refreshNow and deleteAllData', () => {
  it('refreshNow polls and returns the status', async () => {
    await apiKeyItem.setValue(KEY);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
    expect(await h.refreshNow({}, EXT)).toMatchObject({ kind: 'ok' });
    expect(fetchCalls).toHaveLength(1);
  });

  it('deleteAllData wipes the database and the key', async () => {
    await h.setCredentials({ apiKey: KEY, workspaceId: WS }, EXT);
    await h.promptSent(prompt(1), PAGE);
    await h.deleteAllData({}, EXT);
    expect(await ctx.db.ledger.count()).toBe(0);
    expect(await ctx.db.snapshots.count()).toBe(0);
    expect(await apiKeyItem.getValue()).toBe('');
    expect((await h.getCredentialsInfo({}, EXT)).hasKey).toBe(false);
    expect((await h.getSummary({}, EXT)).source).toBe('estimated');
  });
});
