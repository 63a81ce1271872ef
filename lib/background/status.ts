import type { Status } from '../credits/types';
import { statusItem, statusPartsItem, storageStatusItem, type StatusParts } from './items';
import { combineStatus } from './status-messages';
import { serial } from './serial';

export type StatusChannel = keyof StatusParts;

/** Set (or clear, with null) one channel's status for a workspace and store the combined one. */
export function setStatusPart(
  workspaceId: string,
  channel: StatusChannel,
  status: Status | null,
  now: number,
  /** Only replace the current value when it passes (e.g. clear pageChanged but not signedOut). */
  onlyIf?: (current: Status | null) => boolean,
): Promise<Status> {
  return serial('status', async () => {
    const all = await statusPartsItem.getValue();
    const parts: StatusParts = all[workspaceId] ?? { api: null, page: null };
    const store = await storageStatusItem.getValue();
    if (onlyIf && !onlyIf(parts[channel] ?? null))
      return combineStatus([parts.api, parts.page, parts.credits, store], now);
    const next: StatusParts = { ...parts, [channel]: status };
    const combined = combineStatus([next.api, next.page, next.credits, store], now);
    await statusPartsItem.setValue({ ...all, [workspaceId]: next });
    const effective = await statusItem.getValue();
    await statusItem.setValue({ ...effective, [workspaceId]: combined });
    return combined;
  });
}

export async function currentStatus(workspaceId: string, now: number): Promise<Status> {
  const [all, store] = await Promise.all([statusPartsItem.getValue(), storageStatusItem.getValue()]);
  const parts = all[workspaceId];
  return combineStatus([parts?.api, parts?.page, parts?.credits, store], now);
}

/**
 * Set (or clear) the database's status, shared by every workspace, and store each workspace's
 * combined status again (the popup reloads on that change). `onlyIf` as for setStatusPart.
 */
export function setStorageStatus(
  status: Status | null,
  now: number,
  onlyIf?: (current: Status | null) => boolean,
): Promise<void> {
  return serial('status', async () => {
    const current = await storageStatusItem.getValue();
    if (onlyIf && !onlyIf(current)) return;
    if (current === null && status === null) return;
    await storageStatusItem.setValue(status);
    const all = await statusPartsItem.getValue();
    const effective: Record<string, Status> = { ...(await statusItem.getValue()) };
    for (const id of new Set([...Object.keys(all), ...Object.keys(effective)])) {
      const p = all[id];
      effective[id] = combineStatus([p?.api, p?.page, p?.credits, status], now);
    }
    await statusItem.setValue(effective);
  });
}

export async function statusParts(workspaceId: string): Promise<StatusParts> {
  return (await statusPartsItem.getValue())[workspaceId] ?? { api: null, page: null };
}
