import type { CreditMeterDb } from '../db/database';

/**
 * What the background's logic needs from the outside world, passed in so tests can use a fake
 * fetch, a fixed clock and their own database.
 */
export interface RuntimeDeps {
  db: CreditMeterDb;
  fetch: typeof fetch;
  now: () => number;
  /** Monitoring API request timeout (ms). */
  timeoutMs?: number;
}
