import { parseCreditPool } from '../base44/credit-pool';
import { DEFAULT_TIMEOUT_MS, getAnalytics, type MonitoringOutcome } from '../base44/monitoring-api';
import type { Status } from '../credits/types';
import { latestSnapshot } from '../db/repo';
import { apiKeyItem } from '../db/secret-key';
import { settingsItem } from '../settings/items';
import type { RuntimeDeps } from './deps';
import { ingestReading } from './ingest';
import { dataEpochItem, EMPTY_POLL_STATE, pollStateItem, type PollState } from './items';
import {
  backoffMs,
  isDue,
  MAX_RETRY_AFTER_MS,
  turnEndMayPoll,
  UNTIL_CREDENTIALS_SAVED,
  waits,
} from './poll-policy';
import { exclusive, ifFree } from './lock';
import { setStatusPart, currentStatus, statusParts } from './status';
import { isUnavailableError, storageUnavailable } from './storage-fault';
import { MESSAGES, makeStatus, okStatus } from './status-messages';

export type PollResult =
  | { polled: true; status: Status }
  | {
      polled: false;
      /**
       * `cancelled`: "Delete all data" ran while the request was out; its answer was dropped.
       * `storageUnavailable`: the key's database would not open (the status says so).
       */
      reason:
        'noCredentials' | 'storageUnavailable' | 'busy' | 'notDue' | 'rateLimited' | 'refused' | 'cancelled';
      status: Status;
    };

export { UNTIL_CREDENTIALS_SAVED };

async function updateState(fn: (s: PollState) => PollState): Promise<PollState> {
  return exclusive('pollState', async () => {
    const next = fn({ ...EMPTY_POLL_STATE, ...(await pollStateItem.getValue()) });
    await pollStateItem.setValue(next);
    return next;
  });
}

/** Remember that a builder tab is in use, so polling speeds up. */
export function markBuilderActive(now: number): Promise<PollState> {
  return updateState((s) => ({ ...s, lastActiveAt: now }));
}

/**
 * Poll the Monitoring API once, if credentials are set. `force` (refresh button, new credentials)
 * skips the interval and error backoff, but never the server's Retry-After, and never runs two
 * requests at once. `turnEnd` (a chat turn moved, which the page can cause at will) skips only the
 * interval, and at most once per 30 s.
 */
export async function pollOnce(
  deps: RuntimeDeps,
  opts: { force?: boolean; turnEnd?: boolean } = {},
): Promise<PollResult> {
  const [settings, epoch] = await Promise.all([settingsItem.getValue(), dataEpochItem.getValue()]);
  const ws = settings.workspaceId;
  const now = deps.now();
  const apiKey = await readKey(now);
  if (apiKey === null)
    return { polled: false, reason: 'storageUnavailable', status: await currentStatus(ws || 'default', now) };
  if (!apiKey || !ws)
    return { polled: false, reason: 'noCredentials', status: await currentStatus(ws || 'default', now) };

  // One request at a time: a poll already out (in this worker) answers for this one too. The lock
  // dies with the worker, so a worker stopped mid-poll leaves nothing that blocks the next.
  const result = await ifFree('poll', null, () => pollLocked(deps, opts, apiKey, ws, epoch, now));
  return result ?? { polled: false, reason: 'busy', status: await currentStatus(ws, now) };
}

/**
 * The stored key, or null when its database will not open: that is said as the storageUnavailable
 * status (cleared once the extension's database answers again) and the poll is skipped.
 */
async function readKey(now: number): Promise<string | null> {
  try {
    return await apiKeyItem.getValue();
  } catch (error) {
    if (!isUnavailableError(error)) throw error;
    await storageUnavailable(now);
    return null;
  }
}

async function pollLocked(
  deps: RuntimeDeps,
  opts: { force?: boolean; turnEnd?: boolean },
  apiKey: string,
  ws: string,
  epoch: number,
  now: number,
): Promise<PollResult> {
  // The stop after a refusal holds for the workspace that was refused, not one set since.
  const refusedHere = (await statusParts(ws)).api?.kind === 'apiRefused';
  // Decide (or find a reason not to) in one serialised step.
  let refused: 'notDue' | 'rateLimited' | 'refused' | null = null;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  await updateState((prev) => {
    const stopped = prev.nextAllowedAt === UNTIL_CREDENTIALS_SAVED;
    // Waits stored before the clock was set back (or absurdly long ones) are cut to their maximum.
    const s0 = { ...prev, ...waits(prev, now) };
    const s = stopped && !refusedHere ? { ...s0, nextAllowedAt: 0 } : s0;
    if (now < s.retryAt) refused = 'rateLimited';
    else if (stopped && refusedHere) refused = 'refused';
    else if (opts.turnEnd && !opts.force) {
      if (!turnEndMayPoll(s, now)) refused = 'notDue';
    } else if (!opts.force && !isDue(s, now)) refused = 'notDue';
    if (refused) return s;
    return { ...s, pending: true };
  });
  if (refused) return { polled: false, reason: refused, status: await currentStatus(ws, now) };

  let cancelled = false;
  try {
    const outcome = await getAnalytics({ fetch: deps.fetch, now, timeoutMs }, { apiKey, workspaceId: ws });
    // Checked inside the ingest queue, where "Delete all data" also runs: no write can slip between.
    const status = await exclusive('ingest', async () => {
      cancelled = (await dataEpochItem.getValue()) !== epoch;
      return cancelled ? null : applyOutcome(deps, ws, outcome, now, true);
    });
    if (status === null) return { polled: false, reason: 'cancelled', status: await currentStatus(ws, now) };
    return { polled: true, status };
  } finally {
    if (!cancelled) await updateState((s) => ({ ...s, pending: false, lastPollAt: now }));
  }
}

async function applyOutcome(
  deps: RuntimeDeps,
  ws: string,
  outcome: MonitoringOutcome,
  now: number,
  inIngestQueue: boolean,
): Promise<Status> {
  const fail = async (status: Status, opts: { retryAt?: number; stop?: boolean } = {}) => {
    const state = await updateState((s) => {
      const failures = s.failures + 1;
      return {
        ...s,
        failures,
        // The server's Retry-After, when given, is the wait; else exponential backoff.
        nextAllowedAt: opts.stop ? UNTIL_CREDENTIALS_SAVED : (opts.retryAt ?? now + backoffMs(failures)),
        retryAt: opts.retryAt ?? s.retryAt,
      };
    });
    const retryAt = Math.max(state.nextAllowedAt, state.retryAt);
    const withRetry: Status =
      status.kind === 'rateLimited' || status.kind === 'unreachable' ? { ...status, retryAt } : status;
    await setStatusPart(ws, 'api', withRetry, now);
    return withRetry;
  };
  // Keep the last good reading: an unreadable answer only marks it stale.
  const unreadable = async (detail: string) => {
    const last = await latestSnapshot(deps.db, ws);
    return last
      ? fail(makeStatus('stale', MESSAGES.stale, now))
      : fail(makeStatus('unrecognised', `${MESSAGES.unrecognised} (${detail})`, now));
  };

  switch (outcome.kind) {
    case 'ok': {
      const parsed = parseCreditPool(outcome.json);
      if (!parsed.ok) {
        if (parsed.reason === 'outOfRange') return unreadable(parsed.detail);
        return fail(makeStatus('unrecognised', MESSAGES.unrecognised, now));
      }
      await updateState((s) => ({ ...s, failures: 0, nextAllowedAt: 0, retryAt: 0 }));
      await setStatusPart(ws, 'api', okStatus(now), now);
      await ingestReading(deps, ws, 'api', parsed.reading, { inIngestQueue });
      return currentStatus(ws, now);
    }
    case 'keyRejected':
      return fail(makeStatus('keyRejected', MESSAGES.keyRejected, now));
    case 'roleDenied':
      return fail(makeStatus('apiRefused', MESSAGES.roleDenied, now), { stop: true });
    case 'notEnterprise':
      return fail(
        makeStatus('apiRefused', outcome.certain ? MESSAGES.notEnterprise : MESSAGES.refusedUnsure, now),
        { stop: true },
      );
    case 'notFound':
      return fail(makeStatus('keyRejected', MESSAGES.workspaceNotFound, now));
    case 'rateLimited': {
      const state = await pollStateItem.getValue();
      // A Retry-After of years would stop polling for good: honoured up to an hour.
      const retryAt = Math.min(
        outcome.retryAt ?? now + backoffMs(state.failures + 1),
        now + MAX_RETRY_AFTER_MS,
      );
      return fail(makeStatus('rateLimited', MESSAGES.rateLimited, now), { retryAt });
    }
    case 'unreachable':
      return fail(makeStatus('unreachable', `${MESSAGES.unreachable} (${outcome.detail})`, now));
    case 'unrecognised':
      return unreadable(outcome.detail);
  }
}

/**
 * At worker start-up: a poll that was cut off by the worker stopping is run again at once; any
 * other poll waits for the alarm.
 */
export async function resumeInterruptedPoll(deps: RuntimeDeps): Promise<PollResult | null> {
  const s = await pollStateItem.getValue();
  if (!s.pending) return null;
  return pollOnce(deps, { force: true });
}
