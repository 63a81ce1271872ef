import Dexie from 'dexie';
import type { CreditMeterDb } from '../db/database';
import { settingsItem } from '../settings/items';
import {
  activeWorkspaceItem,
  statusItem,
  statusPartsItem,
  workspacesItem,
  type KnownWorkspace,
} from './items';

/** Where numbers go before any workspace is known. */
export const DEFAULT_WORKSPACE = 'default';

/** Monitoring settings win; else what the builder's workspaces list said; else 'default'. */
export async function activeWorkspaceId(): Promise<string> {
  const settings = await settingsItem.getValue();
  if (settings.workspaceId) return settings.workspaceId;
  return (await activeWorkspaceItem.getValue()) || DEFAULT_WORKSPACE;
}

export async function knownWorkspace(id: string): Promise<KnownWorkspace | undefined> {
  return (await workspacesItem.getValue()).find((w) => w.id === id);
}

/**
 * Remember the builder's list. The first (personal) workspace becomes active unless one is set
 * already; whatever was recorded under 'default' until now belonged to it, so it moves there.
 */
export async function rememberWorkspaces(db: CreditMeterDb, list: KnownWorkspace[]): Promise<void> {
  await workspacesItem.setValue(list);
  const first = list[0];
  if (!first || (await activeWorkspaceItem.getValue())) return;
  await activeWorkspaceItem.setValue(first.id);
  if ((await settingsItem.getValue()).workspaceId) return;
  await adoptDefault(db, first.id);
}

async function adoptDefault(db: CreditMeterDb, id: string): Promise<void> {
  const range = [
    [DEFAULT_WORKSPACE, Dexie.minKey],
    [DEFAULT_WORKSPACE, Dexie.maxKey],
  ] as const;
  await db.transaction('rw', db.snapshots, db.ledger, db.events, async () => {
    await db.snapshots
      .where('[workspaceId+at]')
      .between(...range)
      .modify({ workspaceId: id });
    await db.ledger
      .where('[workspaceId+at]')
      .between(...range)
      .modify({ workspaceId: id });
    await db.events
      .where('[workspaceId+at]')
      .between(...range)
      .modify({ workspaceId: id });
  });
  const parts = await statusPartsItem.getValue();
  const status = await statusItem.getValue();
  const { [DEFAULT_WORKSPACE]: movedParts, ...otherParts } = parts;
  const { [DEFAULT_WORKSPACE]: movedStatus, ...otherStatus } = status;
  if (movedParts && !otherParts[id]) await statusPartsItem.setValue({ ...otherParts, [id]: movedParts });
  if (movedStatus && !otherStatus[id]) await statusItem.setValue({ ...otherStatus, [id]: movedStatus });
}
