import { CreditMeterDb } from './database';

/** The one database handle for extension pages and the background (content scripts use messages). */
export const db = new CreditMeterDb();
