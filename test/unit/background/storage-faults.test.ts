/**
 * The extension's own database failing: it will not open (or an old version meets a newer one on
 * disk), or the disk quota is used up. Each gives a clear status, the popup still gets a summary,
 * old snapshots are thinned first, and a ledger row is never dropped without an error.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { ingestReading } from '../../../lib/background/ingest';
import { storageStatusItem } from '../../../lib/background/items';
import { isQuotaError, isUnavailableError } from '../../../lib/background/storage-fault';
import type { BalanceReading } from '../../../lib/credits/types';
import { CreditMeterDb, SCHEMA_V3 } from '../../../lib/db/database';
import { recordPrompt, recordSnapshot } from '../../../lib/db/repo';
import type { PromptSent } from '../../../lib/messaging/protocol';
import type { Sender } from '../../../lib/messaging/server';
import { APP, makeDeps, scriptedFetch, T0, text, WS } from './helpers';

const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 5 };
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/popup.html' };
const HOUR = 3_600_000;

const reading = (used: number): BalanceReading => ({
  message: { limit: 100, used, remaining: 100 - used, bonus: null },
  integration: null,
  daily: null,
  tier: 'pro',
  periodStart: null,
  periodEnd: null,
  dailyResetAt: null,
});

function prompt(i: number): PromptSent {
  return {
    sendId: `send-${i}`,
    at: T0,
    appId: APP,
    mode: 'build',
    text: 'a prompt',
  };
}

/** A database whose writes fail with QuotaExceededError while `disk.full` says so. */
function quotaDb(name: string, disk: { full: 'no' | 'untilDelete' | 'always' }): CreditMeterDb {
  const db = new CreditMeterDb(name);
  db.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName);
        return {
          ...t,
          mutate: (req) => {
            if (req.type === 'delete' || req.type === 'deleteRange') {
              if (disk.full === 'untilDelete') disk.full = 'no';
              return t.mutate(req);
            }
            if (disk.full !== 'no')
              return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return db;
}

/** A database whose IndexedDB refuses to open. */
function brokenDb(): CreditMeterDb {
  return new CreditMeterDb(`broken-${Math.random()}`, {
    indexedDB: {
      open: () => {
        throw new DOMException('cannot open', 'UnknownError');
      },
      deleteDatabase: () => undefined,
      cmp: indexedDB.cmp.bind(indexedDB),
    } as unknown as IDBFactory,
    IDBKeyRange,
  });
}

beforeEach(() => fakeBrowser.reset());

describe('error recognition', () => {
  it('knows a quota error and an open failure, bare or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe(
      true,
    );
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isUnavailableError(new Dexie.OpenFailedError('x'))).toBe(true);
    expect(isUnavailableError(new Dexie.DatabaseClosedError('x'))).toBe(true);
    expect(isUnavailableError(new TypeError('x'))).toBe(false);
  });
});

describe('a database that will not open', () => {
  it('the summary still comes, says storageUnavailable, and clears once the database answers again', async () => {
    const { deps, clock } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    const broken = brokenDb();
    const working = deps.db;
    deps.db = broken;
    const h = createHandlers(deps);
    const s = await h.getSummary({}, EXT);
    expect(s.status.kind).toBe('storageUnavailable');
    // Nothing was ever published: the plan's numbers, labelled estimated.
    expect(s.source).toBe('estimated');
    // A prompt cannot be kept: the sender is told, not left to think it was.
    await expect(h.promptSent(prompt(1), PAGE)).rejects.toThrow();
    expect((await h.getSummary({}, EXT)).status.kind).toBe('storageUnavailable');

    deps.db = working;
    clock.now += 1000;
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
    expect(await storageStatusItem.getValue()).toBeNull();
  });

  it('the last published balance is still shown, with its age, while the database will not open', async () => {
    const { deps, clock } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    const h = createHandlers(deps);
    await h.pageObservation({ kind: 'workspaces', workspaces: [{ id: WS, name: null, tier: 'pro' }] }, PAGE);
    await h.pageObservation({ kind: 'balance', reading: reading(40), workspaceId: WS }, PAGE);
    const good = await h.getSummary({}, EXT);
    expect(good).toMatchObject({ source: 'page', message: { used: 40 } });

    deps.db = brokenDb();
    clock.now += 5 * 60_000;
    const s = await h.getSummary({}, EXT);
    expect(s.status.kind).toBe('storageUnavailable');
    expect(s).toMatchObject({ source: 'page', readAt: good.readAt, message: { used: 40, limit: 100 } });
  });

  it('a newer schema on disk (the extension was downgraded) still opens and shows what it holds', async () => {
    const name = `newer-${Math.random()}`;
    const newer = new Dexie(name);
    newer.version(9).stores({ ...SCHEMA_V3, extra: '++id' });
    await newer.table('snapshots').add({
      workspaceId: 'default',
      at: T0 - 1000,
      source: 'api',
      ...reading(40),
    });
    newer.close();

    const { deps } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    deps.db = new CreditMeterDb(name);
    const s = await createHandlers(deps).getSummary({}, EXT);
    expect(s.status.kind).toBe('ok');
    expect(s.message).toMatchObject({ limit: 100, used: 40 });
  });
});

describe('quota exceeded', () => {
  it('thins old snapshots first; the new reading is kept and no status is left behind', async () => {
    const disk = { full: 'no' as 'no' | 'untilDelete' | 'always' };
    const { deps, clock } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    deps.db = quotaDb(`quota-thin-${Math.random()}`, disk);
    // Two days ago, one reading a minute for an hour: thinning keeps one of them.
    for (let i = 0; i < 60; i++)
      await recordSnapshot(deps.db, 'default', 'page', reading(10), T0 - 48 * HOUR + i * 60_000, {
        heartbeatMs: 0,
      });
    await recordPrompt(deps.db, { ...ledgerRow(), sendId: 'kept' });
    expect(await deps.db.snapshots.count()).toBe(60);

    disk.full = 'untilDelete';
    const h = createHandlers(deps);
    clock.now = T0;
    await ingestReading(deps, 'default', 'page', reading(20));
    expect(await deps.db.snapshots.count()).toBe(2);
    expect(await deps.db.ledger.count()).toBe(1);
    expect((await h.getSummary({}, EXT)).message.used).toBe(20);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
  });

  it('still full: status storageFull, the prompt is refused loudly, the ledger untouched', async () => {
    const disk = { full: 'no' as 'no' | 'untilDelete' | 'always' };
    const { deps, clock } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    deps.db = quotaDb(`quota-full-${Math.random()}`, disk);
    const h = createHandlers(deps);
    await h.promptSent(prompt(1), PAGE);
    for (let i = 0; i < 30; i++)
      await recordSnapshot(deps.db, 'default', 'page', reading(10), T0 - 72 * HOUR + i * 60_000, {
        heartbeatMs: 0,
      });

    disk.full = 'always';
    clock.now = T0 + 1000;
    await expect(h.promptSent(prompt(2), PAGE)).rejects.toThrow(/disk full|QuotaExceeded/i);
    const s = await h.getSummary({}, EXT);
    expect(s.status.kind).toBe('storageFull');
    // Old snapshots were thinned trying to make room; no ledger row was.
    expect(await deps.db.snapshots.count()).toBe(1);
    expect((await deps.db.ledger.toArray()).map((r) => r.sendId)).toEqual(['send-1']);
    // A balance cannot be stored either: ingesting it fails, the status stays.
    await expect(ingestReading(deps, 'default', 'page', reading(30))).rejects.toThrow();
    expect((await h.getSummary({}, EXT)).status.kind).toBe('storageFull');

    // Space again: the next write clears it, and the retried prompt lands once.
    disk.full = 'no';
    await h.promptSent(prompt(2), PAGE);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
    expect(await deps.db.ledger.count()).toBe(2);
  });

  it('"Delete all data" clears a storage status with the data', async () => {
    const disk = { full: 'always' as 'no' | 'untilDelete' | 'always' };
    const { deps } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    deps.db = quotaDb(`quota-del-${Math.random()}`, disk);
    const h = createHandlers(deps);
    await expect(h.promptSent(prompt(1), PAGE)).rejects.toThrow();
    expect((await h.getSummary({}, EXT)).status.kind).toBe('storageFull');
    await h.deleteAllData({}, EXT);
    expect((await h.getSummary({}, EXT)).status.kind).toBe('ok');
  });
});

function ledgerRow() {
  return {
    sendId: 'x',
    at: T0 - HOUR,
    workspaceId: 'default',
    appId: APP,
    mode: 'build' as const,
    scope: 'feature' as const,
    estimate: 1,
    low: 0.5,
    high: 2,
    actual: null,
    actualSource: null,
    repliedAt: null,
    start: 'message' as const,
    state: 'sent' as const,
    runningAt: T0 - HOUR,
    settledAt: null,
    settledBy: null,
    messageId: null,
    excerpt: null,
  };
}
