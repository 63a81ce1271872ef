/**
 * Signed out only when the builder's own session is gone: Base44's clients refresh an expired token
 * on a 401 and retry (base44-facts.md, "Errors"), so one 401 says nothing. Several with no success
 * in between, or the sign-in page, do.
 */
import { authStateItem } from './items';
import { setStatusPart } from './status';
import { MESSAGES, makeStatus } from './status-messages';

const SIGNED_OUT_AFTER = 3;

const isSignedOut = (s: { kind: string } | null) => s?.kind === 'signedOut';

export async function onAuthFailed(workspaceId: string, now: number): Promise<void> {
  const state = await authStateItem.getValue();
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
