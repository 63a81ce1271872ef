import { settingsItem } from '../settings/items';
import { activeWorkspaceItem, workspacesItem, type KnownWorkspace } from './items';

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

/** Remember the builder's list; the first (personal) workspace becomes active unless set already. */
export async function rememberWorkspaces(list: KnownWorkspace[]): Promise<void> {
  await workspacesItem.setValue(list);
  const first = list[0];
  if (first && !(await activeWorkspaceItem.getValue())) await activeWorkspaceItem.setValue(first.id);
}
