import Dexie, { type EntityTable } from 'dexie';
import type { EventRow, LedgerRow, SnapshotRow } from './rows';

export const DB_NAME = 'credit-meter';

/** The extension's IndexedDB. Schema changes are new versions with an upgrade test. */
export class CreditMeterDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  ledger!: EntityTable<LedgerRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      snapshots: '++id, [workspaceId+at], at',
      ledger: '++id, &sendId, at, [workspaceId+at]',
      events: '++id, [workspaceId+at], [workspaceId+key], at',
    });
  }
}
