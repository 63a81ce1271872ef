/**
 * The Monitoring API key stays in the background: it lives in the extension's IndexedDB (see
 * secret-key.test.ts), storage.local is closed to content scripts where the browser can do that,
 * and the key is in no reply, log line, export or status text — even when Base44 (or a proxy)
 * echoes it back in an error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { diagnosticsItem } from '../../../lib/background/diagnostics';
import { statusPartsItem } from '../../../lib/background/items';
import { publishedItem } from '../../../lib/background/published';
import { startBackground } from '../../../lib/background/start';
import { restrictToTrustedContexts } from '../../../lib/background/trusted-storage';
import { exportAll, ledgerToCsv } from '../../../lib/db/repo';
import type { Sender } from '../../../lib/messaging/server';
import { analytics, APP, json, makeDeps, scriptedFetch, T0, text, WS } from './helpers';

/** Long and distinctive, so a partial echo would show too. */
const SECRET = 'sk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 3 };
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/options.html' };

const logged: string[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  logged.length = 0;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
    });
});
afterEach(() => vi.restoreAllMocks());

describe('storage.local is for trusted contexts only', () => {
  it('asks the browser to close storage.local to content scripts at start-up', async () => {
    const setAccessLevel = vi.fn(() => Promise.resolve());
    Object.assign(browser.storage.local, { setAccessLevel });
    try {
      startBackground(makeDeps(scriptedFetch([text('', 500)]).fetch).deps);
      await expect.poll(() => setAccessLevel.mock.calls.length).toBe(1);
      expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    } finally {
      delete (browser.storage.local as { setAccessLevel?: unknown }).setAccessLevel;
    }
  });

  it('a browser without it (Firefox, the fake browser) or one that refuses is not an error', async () => {
    expect(await restrictToTrustedContexts({})).toBe('unsupported');
    expect(await restrictToTrustedContexts(undefined)).toBe('unsupported');
    const refuse = { setAccessLevel: () => Promise.reject(new Error('only for storage.session')) };
    expect(await restrictToTrustedContexts(refuse)).toBe('refused');
    const sync = { setAccessLevel: vi.fn() };
    expect(await restrictToTrustedContexts(sync)).toBe('restricted');
  });
});

describe('the key appears nowhere', () => {
  it('not in any reply, status, log line, export or diagnostics — including errors that echo it', async () => {
    const echo = `bad header api_key=${SECRET}`;
    const f = scriptedFetch([
      json(analytics({ limit: 500, used: 100 })),
      new Error(echo),
      text(`<html>${SECRET}</html>`),
      json({ error: echo }, 500),
      json({ message: echo }, 401),
      json(analytics({ limit: 500, used: 120 })),
    ]);
    const { deps, clock, db } = makeDeps(f.fetch);
    const h = createHandlers(deps);
    const replies: unknown[] = [];
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ version: '1.0.0' } as never);
    // Every reply, and the statuses after each step (later polls overwrite earlier ones).
    const keep = async <T>(p: Promise<T>) => {
      try {
        replies.push(await p);
      } catch (e) {
        replies.push(e instanceof Error ? e.message : String(e));
      }
      replies.push(await statusPartsItem.getValue());
    };

    await keep(h.setCredentials({ apiKey: SECRET, workspaceId: WS }, EXT));
    await keep(
      h.promptSent(
        {
          sendId: 's1',
          at: T0,
          appId: APP,
          mode: 'build',
          text: 'hi',
        },
        PAGE,
      ),
    );
    for (let i = 0; i < 5; i++) {
      clock.now += 10 * 60_000;
      await keep(h.refreshNow({}, EXT));
      await keep(h.testConnection({}, EXT));
      await keep(h.testConnection({ apiKey: SECRET }, EXT));
    }
    await keep(h.getSummary({}, EXT));
    await keep(h.getComposerContext({}, PAGE));
    await keep(h.getDiagnostics({}, EXT));
    await keep(h.getCredentialsInfo({}, EXT));
    await keep(h.getWorkspaces({}, EXT));
    // A bad key length is refused without quoting it.
    await keep(h.setCredentials({ apiKey: SECRET.repeat(20), workspaceId: WS }, EXT));
    await keep(h.pageObservation({ kind: 'nonsense', key: SECRET } as never, PAGE));

    expect(f.calls.length).toBeGreaterThan(3);
    const data = await exportAll(db);
    const everything = JSON.stringify({
      replies,
      logged,
      published: await publishedItem.getValue(),
      parts: await statusPartsItem.getValue(),
      diagnostics: await diagnosticsItem.getValue(),
      export: data,
      csv: ledgerToCsv(data.ledger),
    });
    expect(everything).not.toContain(SECRET);
    // Not even its middle (a truncated echo).
    expect(everything).not.toContain(SECRET.slice(8, 24));
    // The options page still learns the key is there, by its last four characters only.
    expect(replies).toContainEqual({ hasKey: true, last4: SECRET.slice(-4), workspaceId: WS });
  });
});
