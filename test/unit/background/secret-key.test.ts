/**
 * The Monitoring API key lives in the extension's own IndexedDB database (closed to content scripts
 * in every browser), not in storage.local: a key left there by an older release is moved on start
 * or first read, "Delete all data" removes it, and a database that will not open is a status, not
 * a crash.
 */
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { pollOnce } from '../../../lib/background/poller';
import { startBackground } from '../../../lib/background/start';
import { currentStatus } from '../../../lib/background/status';
import {
  apiKeyItem,
  closeSecretKeyStore,
  migrateLegacyKey,
  SECRETS_DB_NAME,
} from '../../../lib/db/secret-key';
import type { Sender } from '../../../lib/messaging/server';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { analytics, json, KEY, makeDeps, scriptedFetch, T0, text, WS } from './helpers';

const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/options.html' };
const OLD_KEY = 'sk_old_0123456789abcdef0123';

/** The rows of the key's database as IndexedDB holds them (none when it was never created). */
async function storedRows(): Promise<unknown[]> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(SECRETS_DB_NAME)) return [];
  const raw = new Dexie(SECRETS_DB_NAME);
  await raw.open();
  try {
    return await raw.table('secrets').toArray();
  } finally {
    raw.close();
  }
}

/** Everything storage.local holds, as one string. */
async function localText(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('where the key is kept', () => {
  it('in the extension database, not in storage.local', async () => {
    await apiKeyItem.setValue(KEY);
    expect(await apiKeyItem.getValue()).toBe(KEY);
    expect(JSON.stringify(await storedRows())).toContain(KEY);
    expect(await localText()).not.toContain(KEY);
  });

  it('each test starts without one (the store is reset between tests)', async () => {
    expect(await apiKeyItem.getValue()).toBe('');
    expect(await storedRows()).toEqual([]);
  });

  it('an empty key is no key', async () => {
    await apiKeyItem.setValue(KEY);
    await apiKeyItem.setValue('');
    expect(await apiKeyItem.getValue()).toBe('');
    expect(await storedRows()).toEqual([]);
  });
});

describe('moving a key out of storage.local', () => {
  it('the first read moves it into the database and removes it from storage.local', async () => {
    await fakeBrowser.storage.local.set({ apiKey: OLD_KEY, other: 1 });
    expect(await apiKeyItem.getValue()).toBe(OLD_KEY);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
    expect(JSON.stringify(await storedRows())).toContain(OLD_KEY);
    // Read again: the same key, from the database.
    expect(await apiKeyItem.getValue()).toBe(OLD_KEY);
  });

  it('a key already in the database wins over a copy left in storage.local, which goes', async () => {
    await apiKeyItem.setValue(KEY);
    await fakeBrowser.storage.local.set({ apiKey: OLD_KEY });
    // A new worker: the move runs again.
    closeSecretKeyStore();
    expect(await apiKeyItem.getValue()).toBe(KEY);
    expect(await localText()).not.toContain(OLD_KEY);
  });

  it('the background moves it at start-up, before anything reads it', async () => {
    await fakeBrowser.storage.local.set({ apiKey: OLD_KEY });
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    startBackground(makeDeps(scriptedFetch([text('', 500)]).fetch).deps);
    await expect.poll(async () => JSON.stringify(await storedRows())).toContain(OLD_KEY);
    await expect.poll(localText).not.toContain(OLD_KEY);
  });

  it('a poll uses a moved key', async () => {
    await fakeBrowser.storage.local.set({ apiKey: OLD_KEY });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
    const f = scriptedFetch([json(analytics({ limit: 500, used: 10 }))]);
    const r = await pollOnce(makeDeps(f.fetch).deps, { force: true });
    expect(r.polled).toBe(true);
    expect(f.calls[0]!.headers.api_key).toBe(OLD_KEY);
    expect(await localText()).not.toContain(OLD_KEY);
  });
});

describe('Delete all data', () => {
  it('removes the key from the database and any copy in storage.local', async () => {
    const { deps } = makeDeps(scriptedFetch([json(analytics({ limit: 500, used: 10 }))]).fetch);
    const h = createHandlers(deps);
    await h.setCredentials({ apiKey: KEY, workspaceId: WS }, EXT);
    expect(JSON.stringify(await storedRows())).toContain(KEY);
    // A copy a cut-off move could have left behind (written after the move already ran).
    await fakeBrowser.storage.local.set({ apiKey: OLD_KEY });
    await h.deleteAllData({}, EXT);
    expect(await storedRows()).toEqual([]);
    expect(await localText()).not.toContain(OLD_KEY);
    expect(await localText()).not.toContain(KEY);
    expect((await h.getCredentialsInfo({}, EXT)).hasKey).toBe(false);
  });
});

describe('a key database that will not open', () => {
  it('the poll is skipped with storageUnavailable, without a request; it works again once it opens', async () => {
    await apiKeyItem.setValue(KEY);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
    const f = scriptedFetch([json(analytics({ limit: 500, used: 10 }))]);
    const { deps } = makeDeps(f.fetch);
    const working = Dexie.dependencies.indexedDB;
    const broken = {
      open: () => {
        throw new DOMException('cannot open', 'UnknownError');
      },
      deleteDatabase: () => undefined,
      cmp: working.cmp.bind(working),
    } as unknown as IDBFactory;
    try {
      // A new worker whose IndexedDB fails.
      closeSecretKeyStore();
      Dexie.dependencies.indexedDB = broken;
      await expect(apiKeyItem.getValue()).rejects.toThrow();
      const r = await pollOnce(deps, { force: true });
      expect(r).toMatchObject({ polled: false, reason: 'storageUnavailable' });
      expect(r.status.kind).toBe('storageUnavailable');
      expect(f.calls).toHaveLength(0);
    } finally {
      Dexie.dependencies.indexedDB = working;
    }
    closeSecretKeyStore();
    const again = await pollOnce(deps, { force: true });
    expect(again.polled).toBe(true);
    expect(f.calls[0]!.headers.api_key).toBe(KEY);
    expect((await currentStatus(WS, T0)).kind).not.toBe('storageUnavailable');
  });
});

it('the move can be asked for twice (start-up and first read) and runs once', async () => {
  await fakeBrowser.storage.local.set({ apiKey: OLD_KEY });
  const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
  await Promise.all([migrateLegacyKey(), migrateLegacyKey(), apiKeyItem.getValue()]);
  expect(remove).toHaveBeenCalledTimes(1);
});
