import { OBJECT_ID } from '../base44/urls';
import { buildCalibration } from '../estimate/calibration';
import { SCOPES } from '../estimate/types';
import {
  calibrationPairs,
  deleteAll,
  ledgerPage,
  markReplied,
  recordPrompt,
  setActualCost,
} from '../db/repo';
import type { Handlers } from '../messaging/server';
import type { PromptSent } from '../messaging/protocol';
import { validateObservation } from '../page-observer/validate';
import type { PageObservation } from '../page-observer/types';
import { apiKeyItem, settingsItem } from '../settings/items';
import { testCredentials } from './connection';
import type { RuntimeDeps } from './deps';
import { ingestReading } from './ingest';
import { activeWorkspaceItem, pollStateItem, statusItem, statusPartsItem, workspacesItem } from './items';
import { refreshOutputs } from './outputs';
import { markBuilderActive, pollOnce } from './poller';
import { serial } from './serial';
import { setStatusPart } from './status';
import { MESSAGES, makeStatus } from './status-messages';
import { buildSummary } from './summary';
import { activeWorkspaceId, rememberWorkspaces } from './workspace';

/** How much of a prompt is kept in the ledger when the user allows excerpts. */
export const EXCERPT_CHARS = 120;
const BASE44_PAGE = /^https:\/\/app\.base44\.com\//;

/** Messages about the page come only from our content script on app.base44.com. */
function fromBuilder(sender: { url?: string; tabId?: number }): boolean {
  return sender.url === undefined || BASE44_PAGE.test(sender.url);
}

function finite(n: unknown, min = 0, max = 1_000): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
}

function validPrompt(p: PromptSent): boolean {
  const e = p?.estimate;
  return (
    typeof p.sendId === 'string' &&
    p.sendId.length > 0 &&
    p.sendId.length <= 100 &&
    (p.appId === null || (typeof p.appId === 'string' && OBJECT_ID.test(p.appId))) &&
    (p.mode === 'build' || p.mode === 'discuss') &&
    typeof p.text === 'string' &&
    !!e &&
    SCOPES.includes(e.scope) &&
    finite(e.credits) &&
    finite(e.low) &&
    finite(e.high)
  );
}

async function onObservation(deps: RuntimeDeps, obs: PageObservation): Promise<void> {
  const now = deps.now();
  const ws = await activeWorkspaceId();
  switch (obs.kind) {
    case 'balance':
      // A balance from the builder proves the user is signed in.
      await setStatusPart(ws, 'page', null, now, (cur) => cur?.kind === 'signedOut');
      await ingestReading(deps, ws, 'page', obs.reading);
      return;
    case 'workspaces':
      await rememberWorkspaces(deps.db, obs.workspaces);
      await setStatusPart(ws, 'page', null, now, (cur) => cur?.kind === 'signedOut');
      await refreshOutputs(deps);
      return;
    case 'chatSend':
      // Recorded through promptSent (with the estimate) by the content script.
      return;
    case 'chatCost':
      await setActualCost(deps.db, {
        workspaceId: ws,
        appId: obs.appId,
        cost: obs.cost,
        source: 'builder',
        at: now,
      });
      await refreshOutputs(deps, ws);
      return;
    case 'chatReply':
      await markReplied(deps.db, ws, obs.appId, now);
      await refreshOutputs(deps, ws);
      // The balance changed: read it at once so the prompt's cost can be settled. Not awaited, so
      // later page messages are not held up; a worker stopped meanwhile resumes it at start-up.
      void pollOnce(deps, { force: true }).catch(() => undefined);
      return;
    case 'signedOut':
      await setStatusPart(ws, 'page', makeStatus('signedOut', MESSAGES.signedOut, now), now);
      await refreshOutputs(deps, ws);
      return;
  }
}

export function createHandlers(deps: RuntimeDeps): Handlers {
  return {
    async getSummary(data) {
      return buildSummary(deps, data?.workspaceId);
    },

    async getComposerContext(data) {
      const summary = await buildSummary(deps, data?.workspaceId);
      const pairs = await calibrationPairs(deps.db, summary.workspaceId);
      return { summary, calibration: buildCalibration(pairs) };
    },

    async refreshNow() {
      const result = await pollOnce(deps, { force: true });
      await refreshOutputs(deps);
      return result.status;
    },

    async pageObservation(data, sender) {
      if (!fromBuilder(sender)) throw new Error('pageObservation only from the builder page');
      const obs = validateObservation(data, deps.now());
      if (!obs) throw new Error('Invalid page observation');
      // One at a time, in arrival order: the workspaces list must land before the balance after it.
      await serial('page', async () => {
        await markBuilderActive(deps.now());
        await onObservation(deps, obs);
      });
    },

    async pageHealth(data, sender) {
      if (!fromBuilder(sender)) throw new Error('pageHealth only from the builder page');
      const now = deps.now();
      await markBuilderActive(now);
      const ws = await activeWorkspaceId();
      if (data?.composerFound === false) {
        await setStatusPart(ws, 'page', makeStatus('pageChanged', MESSAGES.pageChanged, now), now);
      } else if (data?.composerFound === true) {
        await setStatusPart(ws, 'page', null, now, (cur) => cur?.kind === 'pageChanged');
      }
      await refreshOutputs(deps, ws);
    },

    async promptSent(data, sender) {
      if (!fromBuilder(sender)) throw new Error('promptSent only from the builder page');
      if (!validPrompt(data)) throw new Error('Invalid prompt record');
      const now = deps.now();
      await markBuilderActive(now);
      const [ws, settings] = await Promise.all([activeWorkspaceId(), settingsItem.getValue()]);
      const id = await recordPrompt(deps.db, {
        sendId: data.sendId,
        // The sender's clock is trusted only within a minute of ours.
        at: finite(data.at, now - 60_000, now + 60_000) ? data.at : now,
        workspaceId: ws,
        appId: data.appId,
        mode: data.mode,
        scope: data.estimate.scope,
        estimate: data.estimate.credits,
        low: data.estimate.low,
        high: data.estimate.high,
        actual: null,
        actualSource: null,
        repliedAt: null,
        excerpt: settings.storeExcerpts ? data.text.trim().slice(0, EXCERPT_CHARS) || null : null,
      });
      await refreshOutputs(deps, ws);
      return { id };
    },

    async setCredentials(data) {
      const apiKey = typeof data?.apiKey === 'string' ? data.apiKey.trim() : '';
      const workspaceId = typeof data?.workspaceId === 'string' ? data.workspaceId.trim() : '';
      if (apiKey.length > 500 || workspaceId.length > 100)
        throw new Error('API key or workspace id too long');
      await apiKeyItem.setValue(apiKey);
      const settings = await settingsItem.getValue();
      if (!apiKey) {
        // Removing the key disconnects the account API; that is not an error to flag.
        await settingsItem.setValue({ ...settings, workspaceId });
        const ws = await activeWorkspaceId();
        await setStatusPart(ws, 'api', null, deps.now());
        await refreshOutputs(deps);
        return {
          ok: true,
          status: 'ok',
          outcome: 'keyRemoved',
          message: 'API key removed — numbers now come from the builder page or are estimated.',
        };
      }
      await settingsItem.setValue({ ...settings, workspaceId });
      if (workspaceId) await activeWorkspaceItem.setValue(workspaceId);
      const result = await testCredentials(deps, { apiKey, workspaceId });
      // New credentials start with a clean slate: no backoff carried over from the old ones.
      await pollStateItem.setValue({ ...(await pollStateItem.getValue()), failures: 0, nextAllowedAt: 0 });
      if (result.ok) await pollOnce(deps, { force: true });
      else if ((result.status === 'keyRejected' || result.status === 'apiRefused') && workspaceId)
        await setStatusPart(
          workspaceId,
          'api',
          makeStatus(result.status, result.message, deps.now()),
          deps.now(),
        );
      await refreshOutputs(deps);
      return result;
    },

    async testConnection(data) {
      const settings = await settingsItem.getValue();
      return testCredentials(deps, {
        apiKey: data?.apiKey ?? (await apiKeyItem.getValue()),
        workspaceId: data?.workspaceId ?? settings.workspaceId,
      });
    },

    async getCredentialsInfo() {
      const [key, settings] = await Promise.all([apiKeyItem.getValue(), settingsItem.getValue()]);
      return {
        hasKey: key.length > 0,
        last4: key.length >= 8 ? key.slice(-4) : '',
        workspaceId: settings.workspaceId,
      };
    },

    async getLedger(data) {
      const limit = Math.min(500, Math.max(1, Math.floor(Number(data?.limit) || 50)));
      return ledgerPage(deps.db, { workspaceId: data?.workspaceId, before: data?.before, limit });
    },

    async deleteAllData() {
      await deleteAll(deps.db);
      await apiKeyItem.removeValue();
      const settings = await settingsItem.getValue();
      await settingsItem.setValue({ ...settings, workspaceId: '' });
      await Promise.all([
        statusItem.removeValue(),
        statusPartsItem.removeValue(),
        activeWorkspaceItem.removeValue(),
        workspacesItem.removeValue(),
        pollStateItem.removeValue(),
      ]);
      await refreshOutputs(deps);
    },
  };
}
