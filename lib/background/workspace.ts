import type { CreditMeterDb } from '../db/database';
import { refileWorkspace } from '../db/refile-workspace';
import { refileAppTurns } from '../db/turns';
import { settingsItem } from '../settings/items';
import { markChanged } from './publish';
import {
  activeWorkspaceItem,
  appWorkspacesItem,
  focusedAppItem,
  focusedTabItem,
  statusPartsItem,
  workspacesItem,
} from './items';
import type { Workspace } from '../schema/reading';

/** Where a turn goes while the workspace of its app is not known yet. */
export const DEFAULT_WORKSPACE = 'default';
/** Apps remembered; the oldest are forgotten first (an app's workspace is learned again on open). */
const MAX_APPS = 1000;

/**
 * The workspace whose numbers are shown: the one of the builder tab used last, else the Monitoring
 * API's, else 'default'.
 */
export async function activeWorkspaceId(): Promise<string> {
  const active = await activeWorkspaceItem.getValue();
  if (active) return active;
  return (await settingsItem.getValue()).workspaceId || DEFAULT_WORKSPACE;
}

export async function knownWorkspace(id: string): Promise<Workspace | undefined> {
  return (await workspacesItem.getValue()).find((w) => w.id === id);
}

/**
 * The workspace that owns `appId`, or the one a response names; with neither, the only workspace
 * the user has. null when it cannot be known: such numbers are never filed under another workspace.
 */
export async function resolveWorkspace(
  appId: string | null,
  named: string | null = null,
): Promise<string | null> {
  if (named) return named;
  if (appId) {
    const owner = (await appWorkspacesItem.getValue())[appId];
    if (owner) return owner.workspaceId;
  }
  const list = await workspacesItem.getValue();
  return list.length === 1 ? list[0]!.id : null;
}

/** The builder tab the user works in shows this workspace: the popup and badge follow it. */
export async function followWorkspace(workspaceId: string | null): Promise<void> {
  if (workspaceId && workspaceId !== (await activeWorkspaceItem.getValue())) await showWorkspace(workspaceId);
}

/** The popup and the badge show this workspace from now on. */
export async function showWorkspace(workspaceId: string): Promise<void> {
  await activeWorkspaceItem.setValue(workspaceId);
  markChanged(workspaceId);
}

/** The user looked at or sent from this tab (showing `appId`): it is the one to follow. */
export async function focusTab(
  tabId: number | undefined,
  workspaceId: string | null,
  appId?: string | null,
): Promise<void> {
  if (tabId !== undefined && tabId !== (await focusedTabItem.getValue()))
    await focusedTabItem.setValue(tabId);
  if (appId !== undefined && appId !== (await focusedAppItem.getValue()))
    await focusedAppItem.setValue(appId);
  await followWorkspace(workspaceId);
}

/**
 * A report from a tab: follow its workspace only when it is the tab the user used last (a builder
 * tab left open in the background keeps talking to its server), or when nothing is shown yet.
 */
export async function followIfFocused(tabId: number | undefined, workspaceId: string | null): Promise<void> {
  const focused = await focusedTabItem.getValue();
  if (focused === null || focused === tabId || !(await activeWorkspaceItem.getValue()))
    await followWorkspace(workspaceId);
}

/**
 * An app's owner became known: remember it, and move the app's turns filed under 'default' there.
 */
export async function rememberApp(
  db: CreditMeterDb,
  appId: string,
  workspaceId: string,
  name: string | null,
): Promise<void> {
  const all = await appWorkspacesItem.getValue();
  const prev = all[appId];
  if (!prev || prev.workspaceId !== workspaceId || (name && prev.name !== name)) {
    const { [appId]: _old, ...rest } = all;
    const kept = Object.entries(rest).slice(-(MAX_APPS - 1));
    await appWorkspacesItem.setValue({
      ...Object.fromEntries(kept),
      [appId]: { workspaceId, name: name ?? prev?.name ?? null },
    });
  }
  await refileAppTurns(db, appId, DEFAULT_WORKSPACE, workspaceId);
}

/**
 * Remember the builder's list. The first (personal) workspace is shown until a builder tab says
 * otherwise. With a single workspace, whatever was filed under 'default' can only be its own.
 */
export async function rememberWorkspaces(db: CreditMeterDb, list: Workspace[]): Promise<void> {
  await workspacesItem.setValue(list);
  // Names and tiers come from this list.
  markChanged('all');
  const first = list[0];
  if (!first) return;
  if (!(await activeWorkspaceItem.getValue())) await showWorkspace(first.id);
  if (list.length === 1) await adoptDefault(db, first.id);
}

async function adoptDefault(db: CreditMeterDb, id: string): Promise<void> {
  await refileWorkspace(db, DEFAULT_WORKSPACE, id);
  const parts = await statusPartsItem.getValue();
  const { [DEFAULT_WORKSPACE]: movedParts, ...otherParts } = parts;
  if (movedParts && !otherParts[id]) {
    await statusPartsItem.setValue({ ...otherParts, [id]: movedParts });
    markChanged(id);
  }
}
