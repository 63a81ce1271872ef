/**
 * The user's workspaces and their apps. Every app belongs to a workspace (`organization_id` on
 * `GET /api/apps/{id}`), each workspace has its own pool, and the list puts the personal workspace
 * first (base44-facts.md, "Which workspace pays").
 */
import { Account } from './account';
import type { SandboxClock } from './clock';
import { DEFAULT_APP_ID, DEFAULT_WORKSPACE_ID, SECOND_APP_ID, TEAM_APP_ID, TEAM_WORKSPACE_ID } from './ids';

export type WorkspaceRole = 'owner' | 'admin' | 'member';

export interface Workspace {
  id: string;
  name: string;
  personal: boolean;
  userRole: WorkspaceRole;
  /** `is_enterprise` in the workspaces list; the Monitoring API answers only Enterprise workspaces (docs). */
  isEnterprise: boolean;
  /** A workspace API key (`b44k_…`, facts file "API keys"), valid for this workspace only. */
  workspaceKey: string | null;
  account: Account;
}

export interface App {
  id: string;
  name: string;
  workspaceId: string;
}

export function isWorkspaceRole(v: unknown): v is WorkspaceRole {
  return v === 'owner' || v === 'admin' || v === 'member';
}

/**
 * The default world: A (personal, free, owner) with two apps; B ("Acme team", pro, member) with one.
 * invented: names, tiers, roles and ids (test fixtures).
 */
export function defaultWorkspaces(clock: SandboxClock): { workspaces: Workspace[]; apps: App[] } {
  return {
    workspaces: [
      {
        id: DEFAULT_WORKSPACE_ID,
        name: "Sam's workspace",
        personal: true,
        userRole: 'owner',
        isEnterprise: false,
        workspaceKey: null,
        account: new Account(clock, 'free'),
      },
      {
        id: TEAM_WORKSPACE_ID,
        name: 'Acme team',
        personal: false,
        userRole: 'member',
        isEnterprise: false,
        workspaceKey: null,
        account: new Account(clock, 'pro'),
      },
    ],
    apps: [
      { id: DEFAULT_APP_ID, name: 'Task Tracker', workspaceId: DEFAULT_WORKSPACE_ID },
      { id: SECOND_APP_ID, name: 'Recipe Box', workspaceId: DEFAULT_WORKSPACE_ID },
      { id: TEAM_APP_ID, name: 'Acme CRM', workspaceId: TEAM_WORKSPACE_ID },
    ],
  };
}

/**
 * Whether the Monitoring API serves this workspace: Enterprise by flag or by tier (docs: Enterprise
 * only). invented: that a tier starting with "enterprise" counts.
 */
export function isEnterprise(w: Workspace): boolean {
  return w.isEnterprise || w.account.tier.startsWith('enterprise');
}
