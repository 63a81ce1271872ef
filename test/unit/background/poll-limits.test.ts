/**
 * What the page (and a hostile or confused server) can do to polling: turn ends force polls at most
 * every 30 s and never inside a wait; Retry-After is capped at an hour; times stored before the
 * clock was set back do not stop polling; new credentials clear every wait.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { EMPTY_POLL_STATE, pollStateItem } from '../../../lib/background/items';
import {
  isDue,
  MAX_RETRY_AFTER_MS,
  TURN_END_MIN_GAP_MS,
  turnEndMayPoll,
} from '../../../lib/background/poll-policy';
import { pollOnce } from '../../../lib/background/poller';
import { ingestReading } from '../../../lib/background/ingest';
import { latestSnapshot, recordSnapshot } from '../../../lib/db/repo';
import type { Sender } from '../../../lib/messaging/server';
import { apiKeyItem } from '../../../lib/db/secret-key';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { analytics, APP, json, KEY, makeDeps, scriptedFetch, T0, WS } from './helpers';

const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 7 };
const EXT: Sender = { kind: 'extension', url: 'chrome-extension://test/options.html' };
const OK = () => json(analytics({ limit: 500, used: 100 }));
const HOUR = 3_600_000;

beforeEach(async () => {
  fakeBrowser.reset();
  await apiKeyItem.setValue(KEY);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
});

const turnEnd = { kind: 'turnStop' as const, appId: APP, at: T0 };

describe('turn ends force at most one poll per 30 s', () => {
  it('100 turn ends in 10 s cause one poll; after 30 s one more', async () => {
    const f = scriptedFetch([OK()]);
    const { deps, clock } = makeDeps(f.fetch);
    const h = createHandlers(deps);
    for (let i = 0; i < 100; i++) {
      clock.now = T0 + i * 100;
      await h.pageObservation({ ...turnEnd, at: clock.now }, { ...PAGE, tabId: i });
      await new Promise((r) => setTimeout(r, 0));
    }
    await expect.poll(async () => (await pollStateItem.getValue()).pending).toBe(false);
    expect(f.calls).toHaveLength(1);
    clock.now = T0 + 9_900 + TURN_END_MIN_GAP_MS;
    await pollOnce(deps, { turnEnd: true });
    expect(f.calls).toHaveLength(2);
  });

  it('a turn end never skips the error backoff or Retry-After (a refresh skips the backoff only)', async () => {
    const f = scriptedFetch([json({}, 500), OK()]);
    const { deps, clock } = makeDeps(f.fetch);
    await pollOnce(deps, { force: true });
    const { nextAllowedAt } = await pollStateItem.getValue();
    expect(nextAllowedAt).toBe(T0 + 60_000);
    clock.now = T0 + 45_000; // past 30 s, inside the 1-minute backoff
    expect(await pollOnce(deps, { turnEnd: true })).toMatchObject({ polled: false, reason: 'notDue' });
    expect(f.calls).toHaveLength(1);
    await pollStateItem.setValue({
      ...(await pollStateItem.getValue()),
      nextAllowedAt: 0,
      retryAt: T0 + HOUR,
    });
    expect(await pollOnce(deps, { turnEnd: true })).toMatchObject({ reason: 'rateLimited' });
    expect(await pollOnce(deps, { force: true })).toMatchObject({ reason: 'rateLimited' });
    expect(f.calls).toHaveLength(1);
  });

  it('policy: only past 30 s since the last poll and outside every wait', () => {
    const s = { ...EMPTY_POLL_STATE, lastPollAt: T0 };
    expect(turnEndMayPoll(s, T0 + 29_999)).toBe(false);
    expect(turnEndMayPoll(s, T0 + 30_000)).toBe(true);
    expect(turnEndMayPoll({ ...s, nextAllowedAt: T0 + 60_000 }, T0 + 30_000)).toBe(false);
    expect(turnEndMayPoll({ ...s, retryAt: T0 + 60_000 }, T0 + 30_000)).toBe(false);
  });
});

describe('Retry-After is capped at an hour', () => {
  it('Retry-After: 999999999 waits an hour, not 31 years', async () => {
    const f = scriptedFetch([json({}, 429, { 'retry-after': '999999999' }), OK()]);
    const { deps, clock } = makeDeps(f.fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r.status).toMatchObject({ kind: 'rateLimited', retryAt: T0 + MAX_RETRY_AFTER_MS });
    const s = await pollStateItem.getValue();
    expect(s.retryAt).toBe(T0 + MAX_RETRY_AFTER_MS);
    expect(s.nextAllowedAt).toBe(T0 + MAX_RETRY_AFTER_MS);
    clock.now = T0 + MAX_RETRY_AFTER_MS - 1;
    expect(await pollOnce(deps)).toMatchObject({ reason: 'rateLimited' });
    clock.now = T0 + MAX_RETRY_AFTER_MS;
    expect(await pollOnce(deps)).toMatchObject({ polled: true, status: { kind: 'ok' } });
  });

  it('an HTTP date years ahead, or a huge number, is capped too', async () => {
    for (const value of ['Fri, 01 Jan 2100 00:00:00 GMT', '9'.repeat(400)]) {
      fakeBrowser.reset();
      await apiKeyItem.setValue(KEY);
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
      const { deps } = makeDeps(scriptedFetch([json({}, 429, { 'retry-after': value })]).fetch);
      await pollOnce(deps, { force: true });
      expect((await pollStateItem.getValue()).retryAt).toBe(T0 + MAX_RETRY_AFTER_MS);
    }
  });

  it('a stored wait longer than the cap (from an older version) is cut to it', async () => {
    await pollStateItem.setValue({ ...EMPTY_POLL_STATE, retryAt: T0 + 1e12, nextAllowedAt: T0 + 1e12 });
    const f = scriptedFetch([OK()]);
    const { deps, clock } = makeDeps(f.fetch);
    expect(await pollOnce(deps)).toMatchObject({ reason: 'rateLimited' });
    clock.now = T0 + MAX_RETRY_AFTER_MS;
    expect(await pollOnce(deps)).toMatchObject({ polled: true });
  });
});

describe('clock jumps', () => {
  it('a last poll "in the future" (clock set back a day) is stale: polling resumes', async () => {
    await pollStateItem.setValue({
      ...EMPTY_POLL_STATE,
      lastPollAt: T0 + 24 * HOUR,
      lastActiveAt: T0 + 24 * HOUR,
    });
    const f = scriptedFetch([OK()]);
    const { deps } = makeDeps(f.fetch);
    expect(await pollOnce(deps)).toMatchObject({ polled: true });
    expect((await pollStateItem.getValue()).lastPollAt).toBe(T0);
  });

  it('policy: future times are not "recent"', () => {
    const future = { ...EMPTY_POLL_STATE, lastPollAt: T0 + HOUR, lastActiveAt: T0 + HOUR };
    expect(isDue(future, T0)).toBe(true);
    expect(turnEndMayPoll(future, T0)).toBe(true);
    // The clock moving forward: an ordinary, honoured wait.
    expect(isDue({ ...EMPTY_POLL_STATE, lastPollAt: T0 - 1000, lastActiveAt: T0 - 1000 }, T0)).toBe(false);
  });
});

describe('saving credentials clears every wait', () => {
  it('failures, backoff and Retry-After all reset; the first poll runs at once', async () => {
    const f = scriptedFetch([json({}, 429, { 'retry-after': '3000' }), OK()]);
    const { deps, clock } = makeDeps(f.fetch);
    await pollOnce(deps, { force: true });
    const waiting = await pollStateItem.getValue();
    expect(waiting.retryAt).toBeGreaterThan(T0);
    expect(waiting.failures).toBe(1);
    clock.now += 1000;
    const h = createHandlers(deps);
    await h.setCredentials({ apiKey: KEY, workspaceId: WS }, EXT);
    const s = await pollStateItem.getValue();
    expect(s).toMatchObject({ failures: 0, nextAllowedAt: 0, retryAt: 0, pending: false });
    // testCredentials and the forced poll both reached Base44.
    expect(f.calls).toHaveLength(3);
    expect(s.lastPollAt).toBe(T0 + 1000);
  });
});

describe('clock set back: stored readings', () => {
  it('a reading stamped in the future neither blocks page readings nor stays "newest"', async () => {
    const { deps, db } = makeDeps(scriptedFetch([OK()]).fetch);
    const reading = (used: number) => ({
      message: { limit: 500, used, remaining: 500 - used, bonus: null },
      integration: null,
      daily: null,
      tier: 'pro',
      periodStart: null,
      periodEnd: null,
      dailyResetAt: null,
    });
    // Taken by the API an hour "from now": the clock has since gone back an hour.
    await recordSnapshot(db, WS, 'api', reading(100), T0 + HOUR);
    const r = await ingestReading(deps, WS, 'page', reading(130));
    expect(r).toMatchObject({ stored: true, superseded: false });
    expect(await latestSnapshot(db, WS)).toMatchObject({ at: T0, source: 'page', message: { used: 130 } });
    // The old reading is kept, moved to just before now.
    expect((await db.snapshots.toArray()).map((s) => s.at).sort()).toEqual([T0 - 1, T0]);
  });
});
