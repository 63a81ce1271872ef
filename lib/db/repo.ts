/**
 * The store's whole API in one import. Every function takes the database as its first argument
 * (the background passes `db` from ./instance; tests pass a fresh CreditMeterDb).
 */
export {
  DEFAULT_HEARTBEAT_MS,
  latestSnapshot,
  recordSnapshot,
  restampFutureSnapshots,
  RESET_EVENT_KEYS,
  snapshotAtOrBefore,
  snapshotReading,
} from './snapshots';
export {
  appLedgerBetween,
  calibrationPairs,
  EXCERPT_MAX,
  ledgerBetween,
  ledgerPage,
  rollingWindowFirstUse,
  recordPrompt,
  setActualCost,
  spentBetween,
} from './ledger';
export { eventsWithPrefix, lastEvent, recordEvent } from './events';
export { thinSnapshots, THIN_AFTER_MS } from './thin';
export { csvField, deleteAll, exportAll, ledgerToCsv } from './export';
