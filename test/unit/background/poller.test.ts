import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../lib/background/handlers';
import { pollStateItem } from '../../../lib/background/items';
import { publishChanges } from '../../../lib/background/publish';
import { currentStatus } from '../../../lib/background/status';
import {
  markBuilderActive,
  pollOnce,
  resumeInterruptedPoll,
  UNTIL_CREDENTIALS_SAVED,
} from '../../../lib/background/poller';
import { IDLE_INTERVAL_MS } from '../../../lib/background/poll-policy';
import { latestSnapshot } from '../../../lib/db/repo';
import { apiKeyItem } from '../../../lib/db/secret-key';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { analytics, json, KEY, makeDeps, scriptedFetch, T0, text, WS } from './helpers';

async function setCredentials() {
  await apiKeyItem.setValue(KEY);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: WS });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await setCredentials();
});

describe('pollOnce → status', () => {
  it('200 with a credit pool: stores an api snapshot, status ok, sends the key header to Base44 only', async () => {
    const f = scriptedFetch([json(analytics({ limit: 500, used: 120 }))]);
    const { deps, db } = makeDeps(f.fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r).toMatchObject({ polled: true, status: { kind: 'ok' } });
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]!.url).toMatch(
      /^https:\/\/app\.base44\.com\/api\/v1\/monitoring\/analytics\/64b7f1a2c3d4e5f607180000\?/,
    );
    expect(f.calls[0]!.headers.api_key).toBe(KEY);
    const snap = await latestSnapshot(db, WS);
    expect(snap).toMatchObject({ source: 'api', message: { limit: 500, used: 120, remaining: 380 } });
    expect((await currentStatus(WS, T0)).kind).toBe('ok');
    // The badge is drawn when the event that polled is published.
    await publishChanges(deps);
    expect(await browser.action.getBadgeText({})).toBe('380');
  });

  it.each([
    [401, 'keyRejected'],
    // A bare 403 is the plan or the role, not the key (see the refusal tests below).
    [403, 'apiRefused'],
    [404, 'keyRejected'],
    [500, 'unreachable'],
    [503, 'unreachable'],
  ] as const)('HTTP %i → %s, nothing stored', async (code, kind) => {
    const f = scriptedFetch([json({ error: 'x' }, code)]);
    const { deps, db } = makeDeps(f.fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r.status.kind).toBe(kind);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('401 puts `!` on the badge', async () => {
    const { deps } = makeDeps(scriptedFetch([json({}, 401)]).fetch);
    await pollOnce(deps, { force: true });
    await publishChanges(deps);
    expect(await browser.action.getBadgeText({})).toBe('!');
  });

  it('network failure and timeout → unreachable with a retry time', async () => {
    const { deps } = makeDeps(scriptedFetch([new TypeError('Failed to fetch')]).fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r.status).toMatchObject({ kind: 'unreachable', retryAt: T0 + 60_000 });

    const hang = ((_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const slow = makeDeps(hang);
    const r2 = await pollOnce(slow.deps, { force: true });
    expect(r2.status.kind).toBe('unreachable');
    expect(r2.status.message).toContain('timed out');
  });

  it('malformed JSON or an HTML page after a good reading: keeps the reading, marks it stale', async () => {
    const f = scriptedFetch([
      json(analytics({ limit: 500, used: 100 })),
      text('{"credit_pool": {'),
      text('<html>login</html>'),
    ]);
    const { deps, db, clock } = makeDeps(f.fetch);
    await pollOnce(deps, { force: true });
    clock.now += 120_000;
    expect((await pollOnce(deps, { force: true })).status.kind).toBe('stale');
    clock.now += 120_000;
    expect((await pollOnce(deps, { force: true })).status.kind).toBe('stale');
    expect(await db.snapshots.count()).toBe(1);
    expect((await latestSnapshot(db, WS))?.message?.used).toBe(100);
  });

  it('malformed with no earlier reading, or an unknown JSON shape → unrecognised', async () => {
    const a = makeDeps(scriptedFetch([text('{{')]).fetch);
    expect((await pollOnce(a.deps, { force: true })).status.kind).toBe('unrecognised');
    const b = makeDeps(scriptedFetch([json({ summary: { members: 3 } })]).fetch);
    expect((await pollOnce(b.deps, { force: true })).status.kind).toBe('unrecognised');
    expect(await b.db.snapshots.count()).toBe(0);
  });

  it('out-of-range numbers never reach the store', async () => {
    const f = scriptedFetch([json({ credit_pool: { messages: { limit: 25, used: -3, remaining: 28 } } })]);
    const { deps, db } = makeDeps(f.fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r.status.kind).not.toBe('ok');
    expect(await db.snapshots.count()).toBe(0);
  });

  it('without credentials does not call the network', async () => {
    await apiKeyItem.removeValue();
    const f = scriptedFetch([json(analytics({ limit: 1, used: 0 }))]);
    const { deps } = makeDeps(f.fetch);
    expect(await pollOnce(deps, { force: true })).toMatchObject({ polled: false, reason: 'noCredentials' });
    expect(f.calls).toHaveLength(0);
  });
});

describe('backoff and Retry-After', () => {
  it('429 honours Retry-After even for a forced poll, then polls again', async () => {
    const f = scriptedFetch([
      json({}, 429, { 'retry-after': '30' }),
      json(analytics({ limit: 500, used: 1 })),
    ]);
    const { deps, clock } = makeDeps(f.fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r.status).toMatchObject({ kind: 'rateLimited', retryAt: T0 + 30_000 });
    expect((await pollStateItem.getValue()).retryAt).toBe(T0 + 30_000);
    clock.now = T0 + 29_000;
    expect(await pollOnce(deps, { force: true })).toMatchObject({ polled: false, reason: 'rateLimited' });
    expect(f.calls).toHaveLength(1);
    clock.now = T0 + 31_000;
    expect((await pollOnce(deps, { force: true })).status.kind).toBe('ok');
    expect(f.calls).toHaveLength(2);
    expect(await pollStateItem.getValue()).toMatchObject({ failures: 0, retryAt: 0 });
  });

  it('automatic polls back off exponentially after errors and reset after a success', async () => {
    const f = scriptedFetch([
      json({}, 500),
      json({}, 500),
      json({}, 500),
      json(analytics({ limit: 500, used: 1 })),
    ]);
    const { deps, clock } = makeDeps(f.fetch);
    await pollStateItem.setValue({ ...(await pollStateItem.getValue()), lastActiveAt: T0 });
    await pollOnce(deps); // failure 1 → wait 1 min
    clock.now = T0 + 59_000;
    expect(await pollOnce(deps)).toMatchObject({ polled: false, reason: 'notDue' });
    clock.now = T0 + 61_000;
    await pollOnce(deps); // failure 2 → wait 2 min
    expect((await pollStateItem.getValue()).nextAllowedAt).toBe(T0 + 61_000 + 120_000);
    clock.now = T0 + 61_000 + 119_000;
    expect(await pollOnce(deps)).toMatchObject({ polled: false, reason: 'notDue' });
    clock.now = T0 + 61_000 + 121_000;
    await pollOnce(deps); // failure 3 → 4 min
    expect((await pollStateItem.getValue()).failures).toBe(3);
    clock.now += 4 * 60_000 + 1;
    await markBuilderActive(clock.now); // still working in the builder
    expect((await pollOnce(deps)).status.kind).toBe('ok');
    expect((await pollStateItem.getValue()).failures).toBe(0);
    expect(f.calls).toHaveLength(4);
  });

  it('idle: an alarm poll runs only every 15 minutes; active: every minute', async () => {
    const f = scriptedFetch([json(analytics({ limit: 500, used: 1 }))]);
    const { deps, clock } = makeDeps(f.fetch);
    await pollOnce(deps);
    clock.now += 5 * 60_000;
    expect(await pollOnce(deps)).toMatchObject({ reason: 'notDue' });
    await pollStateItem.setValue({ ...(await pollStateItem.getValue()), lastActiveAt: clock.now });
    expect((await pollOnce(deps)).polled).toBe(true);
    expect(f.calls).toHaveLength(2);
  });
});

describe('single flight', () => {
  it('two polls at once make one request', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const f = scriptedFetch([async () => (await gate, json(analytics({ limit: 500, used: 1 })))]);
    const { deps } = makeDeps(f.fetch);
    deps.timeoutMs = 5_000;
    const first = pollOnce(deps, { force: true });
    await new Promise((r) => setTimeout(r, 20));
    const second = await pollOnce(deps, { force: true });
    expect(second).toMatchObject({ polled: false, reason: 'busy' });
    release();
    expect((await first).polled).toBe(true);
    expect(f.calls).toHaveLength(1);
  });

  it('a poll cut off by a stopped worker is resumed at start-up', async () => {
    await pollStateItem.setValue({ ...(await pollStateItem.getValue()), pending: true });
    const f = scriptedFetch([json(analytics({ limit: 500, used: 7 }))]);
    const { deps, db } = makeDeps(f.fetch);
    const r = await resumeInterruptedPoll(deps);
    expect(r?.polled).toBe(true);
    expect((await latestSnapshot(db, WS))?.message?.used).toBe(7);
    expect(await pollStateItem.getValue()).toMatchObject({ pending: false });
    // Nothing pending any more: a second start-up does nothing.
    expect(await resumeInterruptedPoll(deps)).toBeNull();
  });
});

describe('refusals stop polling until credentials are saved again', () => {
  const ROLE = json(
    {
      message: 'You are not an owner or admin of this workspace.',
      error_type: 'authorization_error',
      extra_data: { reason: 'insufficient_role' },
    },
    401,
  );
  const PLAN = json(
    {
      message: 'The Monitoring API is available on Enterprise plans only.',
      error_type: 'forbidden',
      extra_data: { reason: 'not_enterprise' },
    },
    403,
  );
  const OK = json(analytics({ limit: 500, used: 5 }));

  it.each([
    ['not owner/admin', ROLE, /role in this workspace/],
    ['not Enterprise', PLAN, /not on Enterprise/],
    ['a bare 403', json({}, 403), /not on Enterprise, or your role/],
  ])('%s: says why, then asks no more', async (_name, refusal, words) => {
    const f = scriptedFetch([refusal, OK]);
    const { deps, clock } = makeDeps(f.fetch);
    const r = await pollOnce(deps, { force: true });
    expect(r).toMatchObject({ polled: true, status: { kind: 'apiRefused' } });
    if (!r.polled) throw new Error('unreachable');
    expect(r.status.message).toMatch(words);
    expect(r.status.message).toMatch(/until you save the key again/);
    expect(r.status.retryAt).toBeUndefined();
    expect((await currentStatus(WS, T0)).kind).toBe('apiRefused');
    await publishChanges(deps);
    expect(await browser.action.getBadgeText({})).toBe('!');

    // Neither the alarm (hours later, builder in use) nor a forced poll asks again.
    for (const hours of [1, 6, 48]) {
      clock.now = T0 + hours * 3_600_000;
      await markBuilderActive(clock.now);
      expect(await pollOnce(deps)).toMatchObject({ polled: false, reason: 'refused' });
      expect(await pollOnce(deps, { force: true })).toMatchObject({
        polled: false,
        reason: 'refused',
        status: { kind: 'apiRefused' },
      });
    }
    expect(f.calls).toHaveLength(1);
  });

  it('a rejected key or an unknown workspace still backs off and retries (they can be fixed on the server)', async () => {
    const f = scriptedFetch([json({ message: 'Invalid API key' }, 401), json({}, 404), OK]);
    const { deps, clock } = makeDeps(f.fetch);
    await pollOnce(deps, { force: true });
    expect((await pollStateItem.getValue()).nextAllowedAt).toBe(T0 + 60_000);
    clock.now = T0 + IDLE_INTERVAL_MS;
    expect((await pollOnce(deps)).polled).toBe(true);
    clock.now += IDLE_INTERVAL_MS;
    expect((await pollOnce(deps)).status.kind).toBe('ok');
    expect(f.calls).toHaveLength(3);
  });

  it('saving the credentials again lifts the stop, and a refusal then stops it once more', async () => {
    const f = scriptedFetch([PLAN, PLAN, PLAN, OK]);
    const { deps, clock } = makeDeps(f.fetch);
    const h = createHandlers(deps);
    await pollOnce(deps, { force: true });
    expect((await pollStateItem.getValue()).nextAllowedAt).toBe(UNTIL_CREDENTIALS_SAVED);

    // Saved again, still not Enterprise: "Test" answers at once, the status says so, and one
    // automatic poll finds the same refusal and stops again.
    clock.now = T0 + 60_000;
    const saved = await h.setCredentials({ apiKey: KEY, workspaceId: WS }, { kind: 'extension' });
    expect(saved).toMatchObject({ ok: false, status: 'apiRefused', outcome: 'notEnterprise' });
    expect((await h.getSummary({}, { kind: 'extension' })).status.kind).toBe('apiRefused');
    expect(f.calls).toHaveLength(2);
    clock.now += IDLE_INTERVAL_MS;
    expect((await pollOnce(deps)).polled).toBe(true);
    expect(f.calls).toHaveLength(3);
    clock.now += IDLE_INTERVAL_MS;
    expect(await pollOnce(deps)).toMatchObject({ polled: false, reason: 'refused' });
    expect(f.calls).toHaveLength(3);

    // The workspace moved to Enterprise and the key is saved again: numbers flow.
    clock.now += 60_000;
    const ok = await h.setCredentials({ apiKey: KEY, workspaceId: WS }, { kind: 'extension' });
    expect(ok).toMatchObject({ ok: true, outcome: 'ok' });
    expect((await h.getSummary({}, { kind: 'extension' })).status.kind).toBe('ok');
    expect(await pollStateItem.getValue()).toMatchObject({ failures: 0, nextAllowedAt: 0 });
  });

  it('the stop belongs to the refused workspace: another workspace id is polled', async () => {
    const OTHER = '64b7f1a2c3d4e5f6071800ff';
    const f = scriptedFetch([ROLE, OK]);
    const { deps, db, clock } = makeDeps(f.fetch);
    await pollOnce(deps, { force: true });
    expect(await pollOnce(deps, { force: true })).toMatchObject({ reason: 'refused' });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workspaceId: OTHER });
    // The alarm's own poll, not just a forced one.
    clock.now += IDLE_INTERVAL_MS;
    expect(await pollOnce(deps)).toMatchObject({ polled: true, status: { kind: 'ok' } });
    expect(f.calls.map((c) => c.url.includes(OTHER))).toEqual([false, true]);
    expect(await latestSnapshot(db, OTHER)).toBeDefined();
  });
});
