/**
 * Signed out only when the builder's own session is gone: Base44's clients refresh an expired token
 * on a 401 and retry (base44-facts.md, "Errors"), so one 401 says nothing. Several with no success
 * in between, or the sign-in page, do. One expiry answers every request in flight with a 401 at
 * once, so 401s closer together than `ONE_EXPIRY_MS` count as one.
 */
import { authStateItem } from './items';
import { setStatusPart } from './status';
import { MESSAGES, makeStatus } from './status-messages';

const SIGNED_OUT_AFTER = 3;
const ONE_EXPIRY_MS = 5_000;

const isSignedOut = (s: { kind: string } | null) => s?.kind === 'signedOut';

export async function onAuthFailed(workspaceId: string, now: number): Promise<void> {
  const state = await authStateItem.getValue();
  const since = now - state.lastFailureAt;
  // A clock set back (since < 0) starts a new count rather than swallowing every later 401.
  if (state.failures > 0 && since >= 0 && since < ONE_EXPIRY_MS) return;
  const failures = state.failures + 1;
  await authStateItem.setValue({ failures, lastFailureAt: now });
  if (failures >= SIGNED_OUT_AFTER) await markSignedOut(workspaceId, now);
}

export function markSignedOut(workspaceId: string, now: number): Promise<unknown> {
  return setStatusPart(workspaceId, 'page', makeStatus('signedOut', MESSAGES.signedOut, now), now);
}

/** Any success from the builder's API: the session is alive. */
export async function onAuthOk(workspaceId: string, now: number): Promise<void> {
  if ((await authStateItem.getValue()).failures > 0)
    await authStateItem.setValue({ failures: 0, lastFailureAt: 0 });
  await setStatusPart(workspaceId, 'page', null, now, isSignedOut);
}
