/** One credit pool as Base44 reports it (or as we estimate it). */
export interface Pool {
  limit: number;
  used: number;
  remaining: number;
  /** Top-up / bonus / gift credits on top of the plan, when the source reports them. */
  bonus: number | null;
}

/** Free plans cap message credits per day as well as per month. */
export interface DailyCap {
  used: number;
  limit: number;
}

/** A validated balance reading from any source, before it is stored. */
export interface BalanceReading {
  message: Pool | null;
  integration: Pool | null;
  daily: DailyCap | null;
  tier: string | null;
  /** Epoch ms; the current credit period as the source states it. */
  periodStart: number | null;
  periodEnd: number | null;
  /** Epoch ms of the next daily reset, when the source states it. */
  dailyResetAt: number | null;
}

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
  status: Status;
}
