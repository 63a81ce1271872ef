/**
 * The conversation's `outcome.backend_status` on a turn's user message (base44/cli
 * `core/resources/apps/stream.ts`, `turnSettled`): "pending" from the turn's start, then a terminal
 * value. Values not listed here are treated as a finished turn, since the CLI treats any
 * non-pending outcome as settled.
 */
export type TurnEnd = 'settled' | 'paywalled' | 'stopped' | 'failed';

const ENDS: Record<string, TurnEnd> = {
  success_build: 'settled',
  success_no_generation: 'settled',
  error_build: 'failed',
  error_backend: 'failed',
  error_paywall: 'paywalled',
  stopped: 'stopped',
};

const PENDING_STATUS = 'pending';

/** null while the turn runs; how it ended otherwise. */
export function turnEndFor(backendStatus: string | null): TurnEnd | null {
  if (backendStatus === null || backendStatus === PENDING_STATUS) return null;
  return ENDS[backendStatus] ?? 'settled';
}
