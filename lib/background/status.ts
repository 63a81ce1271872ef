import type { Status } from '../credits/types';
import { statusItem, statusPartsItem, type StatusParts } from './items';
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
    if (onlyIf && !onlyIf(parts[channel] ?? null))
      return combineStatus([parts.api, parts.page, parts.credits, parts.storage], now);
    const next: StatusParts = { ...parts, [channel]: status };
    const combined = combineStatus([next.api, next.page, next.credits, next.storage], now);
    await statusPartsItem.setValue({ ...all, [workspaceId]: next });
    const effective = await statusItem.getValue();
    await statusItem.setValue({ ...effective, [workspaceId]: combined });
    return combined;
  });
}

export async function currentStatus(workspaceId: string, now: number): Promise<Status> {
  const all = await statusPartsItem.getValue();
  const parts = all[workspaceId];
  return combineStatus([parts?.api, parts?.page, parts?.credits, parts?.storage], now);
}

export async function statusParts(workspaceId: string): Promise<StatusParts> {
  return (await statusPartsItem.getValue())[workspaceId] ?? { api: null, page: null };
}
