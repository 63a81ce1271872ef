import Dexie, { type EntityTable } from 'dexie';
import type { EventRow, LedgerRow, SnapshotRow } from './rows';
import { workspaceWrites } from './writes';

const DB_NAME = 'credit-meter';

/** Version 1 (the first release). Kept verbatim: upgrade tests open a database at exactly this. */
export const SCHEMA_V1 = {
  snapshots: '++id, [workspaceId+at], at',
  ledger: '++id, &sendId, at, [workspaceId+at]',
  events: '++id, [workspaceId+at], [workspaceId+key], at',
} as const;

/**
 * Version 2: `lastEvent` and "newest prompt of this app" become single index lookups
 * (`[workspaceId+key+at]`, `[workspaceId+appId+at]`); snapshots gain optional `periodStart` and
 * `dailyResetAt`, filled as null on old rows so every row has the same shape.
 */
export const SCHEMA_V2 = {
  snapshots: '++id, [workspaceId+at], at',
  ledger: '++id, &sendId, at, [workspaceId+at], [workspaceId+appId+at]',
  events: '++id, [workspaceId+at], [workspaceId+key+at], at',
} as const;

/**
 * Version 3: a ledger row is a chat turn. `[appId+at]` finds an app's turns whatever workspace they
 * were filed under (an app's workspace can be learned after its first turn); old rows get a state
 * from whether a reply was seen.
 */
export const SCHEMA_V3 = {
  snapshots: '++id, [workspaceId+at], at',
  ledger: '++id, &sendId, at, [workspaceId+at], [workspaceId+appId+at], [appId+at]',
  events: '++id, [workspaceId+at], [workspaceId+key+at], at',
} as const;

/** The extension's IndexedDB. Schema changes are new versions with an upgrade test. */
export class CreditMeterDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  ledger!: EntityTable<LedgerRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // The background publishes the summaries of the workspaces each write touched.
    this.use(workspaceWrites(this));
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table<SnapshotRow>('snapshots')
          .toCollection()
          .modify((row) => {
            row.periodStart ??= null;
            row.dailyResetAt ??= null;
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx
          .table<LedgerRow>('ledger')
          .toCollection()
          .modify((row) => {
            row.start ??= 'message';
            row.state ??= row.repliedAt !== null ? 'settled' : 'sent';
            row.runningAt ??= row.at;
            row.settledAt ??= row.repliedAt;
            row.settledBy ??= row.repliedAt !== null ? 'chatResponse' : null;
            row.messageId ??= null;
          });
      });
  }
}
