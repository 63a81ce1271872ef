/**
 * The database handle for a page that wants it after its first paint: loaded on demand, so Dexie
 * stays out of the script the popup's numbers wait for.
 */
import type { CreditMeterDb } from './database';

export const openDb = (): Promise<CreditMeterDb> => import('./instance').then((m) => m.db);
