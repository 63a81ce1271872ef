import Dexie from 'dexie';
import type { CreditMeterDb } from './database';

/** Moves every snapshot, ledger row and event filed under workspace `from` to `to`, in one transaction. */
export async function refileWorkspace(db: CreditMeterDb, from: string, to: string): Promise<void> {
  const range = [
    [from, Dexie.minKey],
    [from, Dexie.maxKey],
  ] as const;
  await db.transaction('rw', db.snapshots, db.ledger, db.events, async () => {
    await db.snapshots
      .where('[workspaceId+at]')
      .between(...range)
      .modify({ workspaceId: to });
    await db.ledger
      .where('[workspaceId+at]')
      .between(...range)
      .modify({ workspaceId: to });
    await db.events
      .where('[workspaceId+at]')
      .between(...range)
      .modify({ workspaceId: to });
  });
}
