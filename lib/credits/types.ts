import type * as v from 'valibot';
import type { balanceReading, dailyCap, pool } from '../schema/reading';

/** One credit pool as Base44 reports it (or as we estimate it); `bonus`: top-up / gift credits on top of the plan, when the source reports them. */
export type Pool = v.InferOutput<typeof pool>;

/** The pools a balance has: the monthly message and integration pools, and the free plan's daily cap. */
export type PoolName = 'message' | 'integration' | 'daily';

/** Free plans cap message credits per day as well as per month. */
export type DailyCap = v.InferOutput<typeof dailyCap>;

/**
 * A validated balance reading from any source, before it is stored. Period boundaries are epoch ms
 * as the source states them; `dailyResetAt`: the next daily reset, when stated.
 */
export type BalanceReading = v.InferOutput<typeof balanceReading>;

/**
 * Where a number came from, most trusted first: the Monitoring API, the builder's own JSON, the
 * builder's visible text (logo menu, Credit usage page), or our estimate.
 */
export type BalanceSource = 'api' | 'page' | 'pageText' | 'estimated';

export type StatusKind =
  | 'ok'
  | 'stale'
  | 'signedOut'
  | 'outOfCredits'
  | 'keyRejected'
  /** The Monitoring API knows the key but refuses it here: not Enterprise, or not owner/admin. */
  | 'apiRefused'
  | 'rateLimited'
  | 'unreachable'
  | 'unrecognised'
  | 'pageChanged'
  /** The extension's database will not open (broken, blocked, or a newer version on disk). */
  | 'storageUnavailable'
  /** The browser refused a write: the disk quota is used up. */
  | 'storageFull';

/** A condition a person may need to act on; `message` is shown as is. */
export interface Status {
  kind: StatusKind;
  message: string;
  /** Epoch ms when the status was set. */
  at: number;
  /** Epoch ms of the next retry, for rateLimited / unreachable. */
  retryAt?: number;
}

/** Everything a glance needs for one workspace; computed by the background, shown everywhere. */
export interface Summary {
  workspaceId: string;
  workspaceName: string | null;
  /** Plan key (free, starter, builder, pro, elite, …) or the raw tier string. */
  tier: string | null;
  /** False when Base44 names a tier the plan table does not know: the numbers are Base44's own. */
  planKnown: boolean;
  source: BalanceSource;
  /** Epoch ms of the reading the numbers come from; null when purely estimated. */
  readAt: number | null;
  message: Pool;
  integration: Pool;
  daily: (DailyCap & { resetAt: number | null }) | null;
  /** Epoch ms of the next monthly reset, when it can be known. */
  nextReset: number | null;
  /**
   * Epoch ms where the current credit period began (credits/schedule `currentPeriod`): the window of
   * the ledger sums and of the pace chart.
   */
  periodStart: number;
  status: Status;
}
