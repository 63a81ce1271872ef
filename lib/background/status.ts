import type { Status } from '../credits/types';
import { statusPartsItem, storageStatusItem, type StatusParts } from './items';
import { markChanged } from './publish';
import { combineStatus } from './status-messages';
import { exclusive } from './lock';

export type StatusChannel = keyof StatusParts;

/** Set (or clear, with null) one channel's status for a workspace; returns the combined status. */
export function setStatusPart(
  workspaceId: string,
  channel: StatusChannel,
  status: Status | null,
  now: number,
  /** Only replace the current value when it passes (e.g. clear pageChanged but not signedOut). */
  onlyIf?: (current: Status | null) => boolean,
): Promise<Status> {
  return exclusive('status', async () => {
    const all = await statusPartsItem.getValue();
    const parts: StatusParts = all[workspaceId] ?? { api: null, page: null };
    const store = await storageStatusItem.getValue();
    if (onlyIf && !onlyIf(parts[channel] ?? null))
      return combineStatus([parts.api, parts.page, parts.credits, store], now);
    const next: StatusParts = { ...parts, [channel]: status };
    const combined = combineStatus([next.api, next.page, next.credits, store], now);
    await statusPartsItem.setValue({ ...all, [workspaceId]: next });
    markChanged(workspaceId);
    return combined;
  });
}

export async function currentStatus(workspaceId: string, now: number): Promise<Status> {
  const [all, store] = await Promise.all([statusPartsItem.getValue(), storageStatusItem.getValue()]);
  const parts = all[workspaceId];
  return combineStatus([parts?.api, parts?.page, parts?.credits, store], now);
}

/** Set (or clear) the database's status, shared by every workspace. `onlyIf` as for setStatusPart. */
export function setStorageStatus(
  status: Status | null,
  onlyIf?: (current: Status | null) => boolean,
): Promise<void> {
  return exclusive('status', async () => {
    const current = await storageStatusItem.getValue();
    if (onlyIf && !onlyIf(current)) return;
    if (current === null && status === null) return;
    await storageStatusItem.setValue(status);
    markChanged('all');
  });
}

export async function statusParts(workspaceId: string): Promise<StatusParts> {
  return (await statusPartsItem.getValue())[workspaceId] ?? { api: null, page: null };
}
