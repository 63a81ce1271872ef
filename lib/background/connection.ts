import { keyKind, keyKindLabel, type KeyKind } from '../base44/api-keys';
import { parseCreditPool } from '../base44/credit-pool';
import { getAnalytics, type MonitoringOutcome } from '../base44/monitoring-api';
import type { ConnectionResult } from '../messaging/protocol';
import type { RuntimeDeps } from './deps';

/** "Test connection": one analytics request, reported as exactly what happened. */
export async function testCredentials(
  deps: RuntimeDeps,
  creds: { apiKey: string; workspaceId: string },
): Promise<ConnectionResult> {
  if (!creds.apiKey.trim())
    return { ok: false, status: 'keyRejected', outcome: 'missingInput', message: 'Enter an API key first.' };
  if (!creds.workspaceId.trim())
    return {
      ok: false,
      status: 'keyRejected',
      outcome: 'missingInput',
      message: 'Enter a workspace id first.',
    };
  const outcome = await getAnalytics(
    { fetch: deps.fetch, now: deps.now(), timeoutMs: deps.timeoutMs },
    creds,
  );
  return describeOutcome(outcome, keyKind(creds.apiKey));
}

/** Said whenever the Monitoring API is out of reach, so nobody thinks the meter is broken. */
export const WITHOUT_MONITORING = 'Without it, the meter reads balances from the builder page.';

/**
 * What a person should know and do about one outcome. `kind` (the kind of key that was tried)
 * only sharpens the advice: a workspace key works in one workspace only. Never mentions the key.
 */
export function describeOutcome(outcome: MonitoringOutcome, kind: KeyKind = 'personal'): ConnectionResult {
  const workspaceKey = kind === 'workspace' ? keyKindLabel('workspace')!.toLowerCase() : null;
  const fail = (status: ConnectionResult['status'], message: string): ConnectionResult => ({
    ok: false,
    status,
    outcome: outcome.kind,
    message,
  });
  switch (outcome.kind) {
    case 'ok': {
      const parsed = parseCreditPool(outcome.json);
      if (!parsed.ok)
        return {
          ok: false,
          status: 'unrecognised',
          outcome: 'unrecognised',
          message: `Connected, but the answer was not recognised (${parsed.detail}).`,
        };
      const m = parsed.reading.message;
      return {
        ok: true,
        status: 'ok',
        outcome: 'ok',
        message: m ? `Connected — ${m.remaining} of ${m.limit} message credits left.` : 'Connected.',
      };
    }
    case 'keyRejected':
      return fail(
        'keyRejected',
        workspaceKey
          ? `Key rejected — a ${workspaceKey} works only in the workspace it was made in: check the workspace id, or use a personal API key.`
          : 'Key rejected — Base44 does not accept this API key: copy it again from Base44 (Settings → Account → API key).',
      );
    case 'roleDenied':
      return fail(
        'apiRefused',
        'Your role in this workspace cannot use the Monitoring API — ask an owner or admin.',
      );
    case 'notEnterprise':
      return fail(
        'apiRefused',
        outcome.certain
          ? `This workspace is not on Enterprise: the Monitoring API is for Enterprise workspaces. ${WITHOUT_MONITORING}`
          : `Base44 refused: this workspace is not on Enterprise, or your role in it cannot use the Monitoring API (Enterprise workspaces, owners and admins only). ${WITHOUT_MONITORING}`,
      );
    case 'notFound':
      return fail(
        'keyRejected',
        workspaceKey
          ? `Workspace not found — check the workspace id (a ${workspaceKey} works only in its own workspace).`
          : 'Workspace not found — check the workspace id.',
      );
    case 'rateLimited':
      return fail('rateLimited', 'Rate limited by Base44 — try again in a minute.');
    case 'unreachable':
      return fail('unreachable', `Base44 unreachable (${outcome.detail}).`);
    case 'unrecognised':
      return fail('unrecognised', `Unrecognised response (${outcome.detail}).`);
  }
}
