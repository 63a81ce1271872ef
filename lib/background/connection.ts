import { keyKind, type KeyKind } from '../base44/api-keys';
import { parseCreditPool } from '../base44/credit-pool';
import { getAnalytics, type MonitoringOutcome } from '../base44/monitoring-api';
import { connectionText } from '../i18n/connection-text';
import { uiT } from '../i18n/ui-messages';
import type { ConnectionNote, ConnectionOutcome, ConnectionResult } from '../messaging/protocol';
import type { RuntimeDeps } from './deps';

/** A result with its note, and the note in English for the status line (pages word `note` themselves). */
export function connectionResult(
  ok: boolean,
  status: ConnectionResult['status'],
  outcome: ConnectionOutcome,
  note: ConnectionNote,
): ConnectionResult {
  return { ok, status, outcome, note, message: connectionText(note, 'en') };
}

/** "Test connection": one analytics request, reported as exactly what happened. */
export async function testCredentials(
  deps: RuntimeDeps,
  creds: { apiKey: string; workspaceId: string },
): Promise<ConnectionResult> {
  if (!creds.apiKey.trim())
    return connectionResult(false, 'keyRejected', 'missingInput', { code: 'missingKey' });
  if (!creds.workspaceId.trim())
    return connectionResult(false, 'keyRejected', 'missingInput', { code: 'missingWorkspace' });
  const outcome = await getAnalytics(
    { fetch: deps.fetch, now: deps.now(), timeoutMs: deps.timeoutMs },
    creds,
  );
  return describeOutcome(outcome, keyKind(creds.apiKey));
}

/** Said whenever the Monitoring API is out of reach, so nobody thinks the meter is broken (English). */
export const WITHOUT_MONITORING = uiT('en')('conn.withoutMonitoring');

/**
 * What a person should know and do about one outcome. `kind` (the kind of key that was tried)
 * only sharpens the advice: a workspace key works in one workspace only. Never mentions the key.
 */
export function describeOutcome(outcome: MonitoringOutcome, kind: KeyKind = 'personal'): ConnectionResult {
  const workspaceKey = kind === 'workspace';
  const fail = (status: ConnectionResult['status'], note: ConnectionNote) =>
    connectionResult(false, status, outcome.kind, note);
  switch (outcome.kind) {
    case 'ok': {
      const parsed = parseCreditPool(outcome.json);
      if (!parsed.ok)
        return connectionResult(false, 'unrecognised', 'unrecognised', {
          code: 'answerUnrecognised',
          detail: parsed.detail,
        });
      const m = parsed.reading.message;
      return connectionResult(true, 'ok', 'ok', {
        code: 'connected',
        remaining: m ? m.remaining : null,
        limit: m ? m.limit : null,
      });
    }
    case 'keyRejected':
      return fail('keyRejected', { code: 'keyRejected', workspaceKey });
    case 'roleDenied':
      return fail('apiRefused', { code: 'roleDenied' });
    case 'notEnterprise':
      return fail('apiRefused', { code: 'notEnterprise', certain: outcome.certain === true });
    case 'notFound':
      return fail('keyRejected', { code: 'notFound', workspaceKey });
    case 'rateLimited':
      return fail('rateLimited', { code: 'rateLimited' });
    case 'unreachable':
      return fail('unreachable', { code: 'unreachable', detail: outcome.detail });
    case 'unrecognised':
      return fail('unrecognised', { code: 'unrecognised', detail: outcome.detail });
  }
}
