import { browser } from 'wxt/browser';
import { editorAppId, isSignInRoute } from '../base44/urls';
import { deleteAll, recordPrompt } from '../db/repo';
import { setCostFromText } from '../db/turns';
import { checkRequests, type Handlers, type Sender } from '../messaging/server';
import { validateObservation } from '../schema/observation';
import { isFixPrompt } from '../credits/fix-loop';
import { buildAppCosts } from './app-costs';
import { checkDraft } from './draft-checks';
import { composerContext } from './composer-context';
import { estimateFor } from './estimates';
import { apiKeyItem } from '../db/secret-key';
import { settingsItem } from '../settings/items';
import { connectionResult, testCredentials } from './connection';
import type { RuntimeDeps } from './deps';
import { ingestReading } from './ingest';
import {
  activeWorkspaceItem,
  appWorkspacesItem,
  authStateItem,
  dataEpochItem,
  builderModelItem,
  focusedAppItem,
  pollStateItem,
  statusPartsItem,
  storageStatusItem,
  workspacesItem,
} from './items';
import { markSignedOut } from './auth';
import { diagnosticsItem, noteBalanceSource, noteComposer, noteDropped } from './diagnostics';
import { applyObservation } from './observations';
import { markChanged, publishChanges, watchWrites } from './publish';
import { publishedItem } from './published';
import { textReading } from './page-text';
import { markBuilderActive, pollOnce } from './poller';
import { TabRateLimiter } from './rate-limit';
import { exclusive } from './lock';
import { setStatusPart } from './status';
import { guardedWrite } from './storage-fault';
import { MESSAGES, makeStatus } from './status-messages';
import { buildSummary } from './summary';
import { CHIP_MESSAGES } from '../i18n/chip-messages';
import { matchLocale } from '../i18n/locales';
import {
  activeWorkspaceId,
  DEFAULT_WORKSPACE,
  focusTab,
  followIfFocused,
  resolveWorkspace,
  showWorkspace,
} from './workspace';

/** A tab's identity for the rate limit: its id, else its URL (a sender always has one of them). */
function tabKey(sender: Sender): string {
  return sender.tabId !== undefined ? `tab:${sender.tabId}` : `url:${sender.url ?? ''}`;
}

/**
 * Every handler, followed by publishing what it changed (lib/background/publish.ts): a message is
 * one event, and its writes reach the popup, badge, notifications and builder tabs together.
 */
export function createHandlers(deps: RuntimeDeps): Handlers {
  watchWrites(deps);
  const handlers = handlersOnly(deps);
  const wrapped = {} as Record<string, (data: unknown, sender: Sender) => Promise<unknown>>;
  for (const [name, handler] of Object.entries(handlers) as [string, (typeof wrapped)[string]][]) {
    wrapped[name] = async (data, sender) => {
      try {
        return await handler(data, sender);
      } finally {
        await publishChanges(deps);
      }
    };
  }
  return wrapped as unknown as Handlers;
}

function handlersOnly(deps: RuntimeDeps): Handlers {
  const limiter = new TabRateLimiter();
  /** False when the tab is over its rate: the message is dropped (and counted) unread. */
  const admit = async (sender: Sender, bucket = 'page'): Promise<boolean> => {
    const take = limiter.take(`${bucket}:${tabKey(sender)}`, deps.now());
    if (take.dropped > 0) await noteDropped(take.dropped);
    return take.ok;
  };
  return checkRequests({
    // Asked when nothing current was published (first start, a reset passed while the worker slept):
    // the answer is published too, so every context sees the same numbers.
    async getSummary(data) {
      const ws = data.workspaceId || (await activeWorkspaceId());
      markChanged(ws);
      await publishChanges(deps);
      return (await publishedItem.getValue()).summaries[ws] ?? buildSummary(deps, ws);
    },

    async getComposerContext(data, sender) {
      // The chip shows the workspace of the app open in its own tab.
      const appId = editorAppId(sender.url ?? '');
      const tabWs = await resolveWorkspace(appId);
      return composerContext(deps, await buildSummary(deps, data.workspaceId || tabWs || undefined), appId);
    },

    async chipWords(data) {
      const locale = matchLocale(data.locale);
      return locale && locale !== 'en' ? CHIP_MESSAGES[locale] : null;
    },

    async estimate(data, sender) {
      const { text, mode, locale } = data;
      const appId = editorAppId(sender.url ?? '');
      const ws = (await resolveWorkspace(appId)) ?? (await activeWorkspaceId());
      const est = await estimateFor(deps, ws, text, mode, locale);
      return { ...est, checks: await checkDraft(deps, ws, appId, text, mode, est.credits) };
    },

    async refreshNow() {
      const result = await pollOnce(deps, { force: true });
      // Nothing new to read still re-publishes the shown workspace (its age and status move on).
      markChanged(await activeWorkspaceId());
      return result.status;
    },

    async pageObservation(data, sender) {
      if (!(await admit(sender))) return;
      const obs = validateObservation(data, deps.now());
      if (!obs) throw new Error('Invalid page observation');
      // One at a time, in arrival order: the workspaces list must land before the balance after it.
      await exclusive('page', async () => {
        await markBuilderActive(deps.now());
        await applyObservation(deps, obs, editorAppId(sender.url ?? ''), sender.tabId);
      });
    },

    async pageHealth(data, sender) {
      if (!(await admit(sender, 'health'))) return;
      const now = deps.now();
      await markBuilderActive(now);
      const url = data.url ?? sender.url ?? '';
      const tabApp = editorAppId(sender.url ?? '');
      const tabWs = await resolveWorkspace(tabApp);
      if (data.focused === true) await focusTab(sender.tabId, tabWs, tabApp);
      else await followIfFocused(sender.tabId, tabWs);
      const ws = tabWs ?? (await activeWorkspaceId());
      if (data.composerFound !== undefined) await noteComposer(data.composerFound, url, now);
      // The builder sent the user to its sign-in page: the session is gone.
      if (isSignInRoute(sender.url ?? '')) await markSignedOut(ws, now);
      if (data.composerFound === false) {
        await setStatusPart(ws, 'page', makeStatus('pageChanged', MESSAGES.pageChanged, now), now);
      } else if (data.composerFound === true) {
        await setStatusPart(ws, 'page', null, now, (cur) => cur?.kind === 'pageChanged');
      }
    },

    async promptSent(data, sender) {
      // Its own bucket (a burst of page reports must not cost a prompt its row); over the rate the
      // sender is told, never silently dropped — no person sends 20 prompts a second.
      if (!(await admit(sender, 'prompt'))) throw new Error('Too many prompts from this tab');
      // In the page's queue: a turn answered at once (queued, paywalled) must find its row.
      return exclusive('page', async () => {
        const now = deps.now();
        await markBuilderActive(now);
        const sentApp = data.appId ?? editorAppId(sender.url ?? '');
        const owner = await resolveWorkspace(sentApp);
        await focusTab(sender.tabId, owner, sentApp);
        // An app whose workspace is not known yet files under 'default' until its app info arrives.
        const ws = owner ?? DEFAULT_WORKSPACE;
        const settings = await settingsItem.getValue();
        const at = Math.abs(data.at - now) <= 60_000 ? data.at : now;
        const est = await estimateFor(deps, ws, data.text, data.mode);
        // A full disk thins snapshots and retries; if the row still cannot be kept the sender gets
        // the error and the status says storageFull — never a silent drop.
        const id = await guardedWrite(deps, () =>
          recordPrompt(deps.db, {
            sendId: data.sendId,
            // The sender's clock is trusted only within a minute of ours.
            at,
            workspaceId: ws,
            appId: data.appId,
            mode: data.mode,
            scope: est.scope,
            estimate: est.credits,
            low: est.low,
            high: est.high,
            actual: null,
            actualSource: null,
            repliedAt: null,
            start: data.start ?? 'message',
            state: 'sent',
            runningAt: at,
            settledAt: null,
            settledBy: null,
            messageId: null,
            // Decided from the full text now: the ledger keeps at most an excerpt of it.
            fix: data.mode === 'build' && isFixPrompt(data.text),
            // The ledger cuts it to its excerpt length (without splitting an emoji).
            excerpt: settings.storeExcerpts ? data.text.trim() || null : null,
          }),
        );
        return { id };
      });
    },

    async pageText(data, sender) {
      if (!(await admit(sender))) return;
      const now = deps.now();
      const appId = editorAppId(sender.url ?? '');
      await exclusive('page', async () => {
        if (data.kind === 'creditsUsed') {
          if (appId) await setCostFromText(deps.db, appId, data.messageId, data.cost, now);
          return;
        }
        const ws = await resolveWorkspace(appId);
        if (!ws) return;
        const reading = await textReading(deps, ws, data);
        if (!reading) return;
        await noteBalanceSource(null, 'pageText', now);
        await ingestReading(deps, ws, 'pageText', reading);
      });
    },

    async getWorkspaces() {
      const [active, workspaces] = await Promise.all([activeWorkspaceId(), workspacesItem.getValue()]);
      return { active, workspaces };
    },

    async setActiveWorkspace(data) {
      const id = data.workspaceId;
      const known = (await workspacesItem.getValue()).some((w) => w.id === id);
      if (!known && id !== (await settingsItem.getValue()).workspaceId) throw new Error('Unknown workspace');
      await showWorkspace(id);
    },

    async getDiagnostics() {
      const [diagnostics, key, settings, auth, model, workspaces, apps] = await Promise.all([
        diagnosticsItem.getValue(),
        apiKeyItem.getValue(),
        settingsItem.getValue(),
        authStateItem.getValue(),
        builderModelItem.getValue(),
        workspacesItem.getValue(),
        appWorkspacesItem.getValue(),
      ]);
      const api = settings.workspaceId ? (await statusPartsItem.getValue())[settings.workspaceId]?.api : null;
      return {
        ...diagnostics,
        version: browser.runtime.getManifest().version,
        monitoring: {
          configured: key.length > 0 && settings.workspaceId.length > 0,
          status: api?.kind ?? null,
          at: api?.at ?? null,
        },
        signedIn: { failures: auth.failures },
        builderModelPicked: model !== null,
        workspaceCount: workspaces.length,
        appCount: Object.keys(apps).length,
      };
    },

    async setCredentials(data) {
      const { apiKey, workspaceId } = data;
      await apiKeyItem.setValue(apiKey);
      const settings = await settingsItem.getValue();
      if (!apiKey) {
        // Removing the key disconnects the account API; that is not an error to flag.
        await settingsItem.setValue({ ...settings, workspaceId });
        const ws = await activeWorkspaceId();
        await setStatusPart(ws, 'api', null, deps.now());
        return connectionResult(true, 'ok', 'keyRemoved', { code: 'keyRemoved' });
      }
      await settingsItem.setValue({ ...settings, workspaceId });
      if (workspaceId) await showWorkspace(workspaceId);
      const result = await testCredentials(deps, { apiKey, workspaceId });
      // New credentials start with a clean slate: no backoff or Retry-After carried over from the old
      // ones (a person saving the key is the one way out of every wait).
      await pollStateItem.setValue({
        ...(await pollStateItem.getValue()),
        failures: 0,
        nextAllowedAt: 0,
        retryAt: 0,
      });
      if (result.ok) await pollOnce(deps, { force: true });
      else if ((result.status === 'keyRejected' || result.status === 'apiRefused') && workspaceId)
        await setStatusPart(
          workspaceId,
          'api',
          makeStatus(result.status, result.message, deps.now()),
          deps.now(),
        );
      return result;
    },

    async testConnection(data) {
      const settings = await settingsItem.getValue();
      return testCredentials(deps, {
        apiKey: data.apiKey ?? (await apiKeyItem.getValue()),
        workspaceId: data.workspaceId ?? settings.workspaceId,
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

    async getAppCosts(data) {
      return buildAppCosts(deps, data.workspaceId);
    },

    async getAppNames() {
      const apps = await appWorkspacesItem.getValue();
      return Object.fromEntries(Object.entries(apps).map(([id, a]) => [id, a.name]));
    },

    async deleteAllData() {
      // A poll in flight checks the epoch in the same queue before writing, so its answer is dropped.
      await exclusive('ingest', async () => {
        await dataEpochItem.setValue((await dataEpochItem.getValue()) + 1);
        await deleteAll(deps.db);
      });
      await apiKeyItem.removeValue();
      const settings = await settingsItem.getValue();
      await settingsItem.setValue({ ...settings, workspaceId: '' });
      await Promise.all([
        publishedItem.removeValue(),
        statusPartsItem.removeValue(),
        storageStatusItem.removeValue(),
        activeWorkspaceItem.removeValue(),
        workspacesItem.removeValue(),
        pollStateItem.removeValue(),
        appWorkspacesItem.removeValue(),
        authStateItem.removeValue(),
        builderModelItem.removeValue(),
        focusedAppItem.removeValue(),
        diagnosticsItem.removeValue(),
      ]);
      markChanged('all');
    },
  });
}
