import { parseCreditPool } from '../base44/credit-pool';
import { getAnalytics, type MonitoringOutcome } from '../base44/monitoring-api';
import type { ConnectionResult } from '../messaging/protocol';
import type { RuntimeDeps } from './deps';
import { MESSAGES } from './status-messages';

/** "Test connection": one analytics request, reported as exactly what happened. */
export async function testCredentials(
  deps: RuntimeDeps,
  creds: { apiKey: string; workspaceId: string },
): Promise<ConnectionResult> {
  if (!creds.apiKey.trim()) return { ok: false, status: 'keyRejected', message: 'Enter an API key first.' };
  if (!creds.workspaceId.trim())
    return { ok: false, status: 'keyRejected', message: 'Enter a workspace id first.' };
  const outcome = await getAnalytics(
    { fetch: deps.fetch, now: deps.now(), timeoutMs: deps.timeoutMs },
    creds,
  );
  return describeOutcome(outcome);
}

export function describeOutcome(outcome: MonitoringOutcome): ConnectionResult {
  switch (outcome.kind) {
    case 'ok': {
      const parsed = parseCreditPool(outcome.json);
      if (!parsed.ok)
        return {
          ok: false,
          status: 'unrecognised',
          message: `Connected, but the answer was not recognised (${parsed.detail}).`,
        };
      const m = parsed.reading.message;
      return {
        ok: true,
        status: 'ok',
        message: m ? `Connected — ${m.remaining} of ${m.limit} message credits left.` : 'Connected.',
      };
    }
    case 'keyRejected':
      return {
        ok: false,
        status: 'keyRejected',
        message: 'Key rejected — ' + MESSAGES.keyRejected.split('— ')[1],
      };
    case 'notFound':
      return { ok: false, status: 'keyRejected', message: 'Workspace not found — check the workspace id.' };
    case 'rateLimited':
      return { ok: false, status: 'rateLimited', message: 'Rate limited by Base44 — try again in a minute.' };
    case 'unreachable':
      return { ok: false, status: 'unreachable', message: `Base44 unreachable (${outcome.detail}).` };
    case 'unrecognised':
      return { ok: false, status: 'unrecognised', message: `Unrecognised response (${outcome.detail}).` };
  }
}
