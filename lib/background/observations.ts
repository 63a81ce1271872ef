/**
 * What the builder page reported (validated by the caller), applied to the store. `tabAppId` is the
 * app open in the reporting tab, from the sender's URL, never from the page's claims.
 */
import { setActualCost } from '../db/repo';
import type { PageObservation } from '../schema/observation';
import { onAuthFailed, onAuthOk } from './auth';
import type { RuntimeDeps } from './deps';
import { noteBalanceSource, noteTurnEnd, noteUnrecognised, noteUnattributed } from './diagnostics';
import { ingestReading } from './ingest';
import { activeWorkspaceItem, builderModelItem } from './items';
import { markChanged, publishChanges } from './publish';
import { pollOnce } from './poller';
import { onConversation, onTurnResult, onTurnStop } from './turns';
import {
  activeWorkspaceId,
  followIfFocused,
  followWorkspace,
  rememberApp,
  rememberWorkspaces,
  resolveWorkspace,
} from './workspace';

/** Kinds that prove the builder's session works (they come from 2xx responses). */
const SUCCESS_KINDS = new Set<PageObservation['kind']>([
  'balance',
  'workspaces',
  'appInfo',
  'me',
  'conversation',
  'authOk',
]);

export async function applyObservation(
  deps: RuntimeDeps,
  obs: PageObservation,
  tabAppId: string | null,
  tabId?: number,
): Promise<void> {
  const now = deps.now();
  const tabWorkspace = await resolveWorkspace(tabAppId);
  await followIfFocused(tabId, tabWorkspace);
  const ws = tabWorkspace ?? (await activeWorkspaceId());
  if (SUCCESS_KINDS.has(obs.kind)) await onAuthOk(ws, now);

  switch (obs.kind) {
    case 'balance': {
      const target = await resolveWorkspace(tabAppId, obs.workspaceId ?? null);
      if (!target) {
        // Several workspaces and nothing says whose balance this is: never file it under another's.
        await noteUnattributed();
        return;
      }
      await noteBalanceSource(obs.urlShape ?? null, 'page', now);
      // With no builder tab to follow yet, the workspace the page shows is the one to show.
      if (!(await activeWorkspaceItem.getValue())) await followWorkspace(target);
      await ingestReading(deps, target, 'page', obs.reading);
      return;
    }
    case 'workspaces':
      await rememberWorkspaces(deps.db, obs.workspaces);
      return;
    case 'appInfo':
      if (obs.workspaceId) {
        await rememberApp(deps.db, obs.appId, obs.workspaceId, obs.name);
        if (obs.appId === tabAppId) await followIfFocused(tabId, obs.workspaceId);
      }
      return;
    case 'me':
      await builderModelItem.setValue(obs.builderModel);
      // The chip shows the model: builder tabs get their context again.
      markChanged(ws);
      return;
    case 'chatSend':
    case 'appCreated':
    case 'toolAnswer':
      // Recorded through promptSent (with the estimate) by the content script.
      return;
    case 'turnResult':
      await noteTurnEnd(await onTurnResult(deps, obs.appId, obs.outcome), now);
      afterTurnChange(deps);
      return;
    case 'conversation':
      await noteTurnEnd(await onConversation(deps, obs.appId, obs.users), now);
      afterTurnChange(deps);
      return;
    case 'turnStop':
      await noteTurnEnd(await onTurnStop(deps, obs.appId), now);
      afterTurnChange(deps);
      return;
    case 'chatCost':
      // No such field has been seen; if one appears it fills only a cost nothing measured.
      await setActualCost(deps.db, {
        workspaceId: (await resolveWorkspace(obs.appId)) ?? ws,
        appId: obs.appId,
        cost: obs.cost,
        source: 'builder',
        at: now,
      });
      return;
    case 'authFailed':
      await onAuthFailed(ws, now);
      return;
    case 'authOk':
      // onAuthOk (above) cleared a sign-out, if there was one.
      return;
    case 'unrecognised':
      await noteUnrecognised(obs.urlShape, obs.keys, now);
      return;
  }
}

/**
 * A turn moved: read the account API soon so its cost can be settled (not awaited: later page
 * messages are not held up; a worker stopped meanwhile resumes it at start-up), and publish what
 * that poll wrote. The page decides when turns end, so this polls at most once per 30 s and never
 * inside a backoff.
 */
function afterTurnChange(deps: RuntimeDeps): void {
  void pollOnce(deps, { turnEnd: true })
    .then(() => publishChanges(deps))
    .catch(() => undefined);
}
