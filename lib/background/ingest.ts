import type { BalanceReading, BalanceSource, PoolName } from '../credits/types';
import { latestSnapshot, recordSnapshot, restampFutureSnapshots } from '../db/repo';
import { lastSeen } from '../db/rows';
import { settleTurnCosts } from '../db/turns';
import { clearOutOfCreditsIfRisen } from './credit-status';
import type { RuntimeDeps } from './deps';
import { markChanged } from './publish';
import { exclusive } from './lock';
import { guardedWrite } from './storage-fault';
import { knownWorkspace } from './workspace';

/**
 * While an account-API reading is this fresh, readings seen on the builder page are not stored:
 * the API is the more trusted source (api > page > estimated).
 */
export const API_FRESH_MS = 3 * 60_000;

/** More trusted sources first; a reading never replaces a fresh one from a more trusted source. */
const SOURCE_RANK: Record<Exclude<BalanceSource, 'estimated'>, number> = { api: 0, page: 1, pageText: 2 };

export interface IngestResult {
  stored: boolean;
  /** Skipped because a fresher, more trusted reading exists. */
  superseded: boolean;
  resets: PoolName[];
}

/**
 * Store a validated reading (recordSnapshot also records reset events), settle prompt costs from
 * the balance change; publishing follows. A full or broken database sets a status and throws.
 */
export function ingestReading(
  deps: RuntimeDeps,
  workspaceId: string,
  source: Exclude<BalanceSource, 'estimated'>,
  reading: BalanceReading,
  /** Already running inside the 'ingest' queue (the poller holds it to check the data epoch). */
  opts: { inIngestQueue?: boolean } = {},
): Promise<IngestResult> {
  const run = async (): Promise<IngestResult> => {
    const now = deps.now();
    const before = await latestSnapshot(deps.db, workspaceId);
    const beforeRank = before && before.source !== 'estimated' ? SOURCE_RANK[before.source] : 99;
    // A reading stamped in the future (the clock was set back) is not fresh.
    const seen = before ? lastSeen(before) : 0;
    const fresh = !!before && seen <= now && now - seen < API_FRESH_MS;
    if (before && beforeRank < SOURCE_RANK[source] && fresh) {
      return { stored: false, superseded: true, resets: [] };
    }
    // A page reading rarely names the tier; the builder's workspaces list does.
    const tier = reading.tier ?? (await knownWorkspace(workspaceId))?.tier ?? null;
    const filled: BalanceReading = { ...reading, tier };
    const result = await guardedWrite(deps, async () => {
      if (before && before.at > now) await restampFutureSnapshots(deps.db, workspaceId, now);
      await clearOutOfCreditsIfRisen(deps.db, workspaceId, filled, before, now);
      await settleTurnCosts(deps.db, workspaceId, filled, now);
      return recordSnapshot(deps.db, workspaceId, source, filled, now);
    });
    // The snapshot marked the workspace already; the resets it found ask for their notices.
    markChanged(workspaceId, result.resets);
    return { stored: result.stored, superseded: false, resets: result.resets };
  };
  return opts.inIngestQueue ? run() : exclusive('ingest', run);
}
