/**
 * Page observations: what the page observer saw in the builder's own traffic (balances, workspaces,
 * turn results…) goes to the background, which pushes the context it changes (context-refresh.ts).
 * Observations that start a turn are send recording's, not this feature's.
 */
import type { PageObservation } from '../../schema/observation';
import type { ContentEnv } from '../env';

export function initPageObservations(
  env: ContentEnv,
  signal: AbortSignal,
): { observe(obs: PageObservation): void } {
  return {
    observe(obs) {
      if (signal.aborted) return;
      env.pageObservation(obs).catch(() => undefined);
    },
  };
}
