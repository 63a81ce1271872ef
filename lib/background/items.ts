import { storage } from 'wxt/utils/storage';
import type { Status } from '../credits/types';
import type { Workspace } from '../schema/reading';

/**
 * The background's own storage items. Other contexts never read these: they get summaries
 * published (lib/background/published.ts) or ask by message.
 */

/**
 * Where a status came from: the account API poll, the builder page, or the credits themselves (a
 * paywalled turn). Combined (status.ts) into the summary's status.
 */
export interface StatusParts {
  api: Status | null;
  page: Status | null;
  credits?: Status | null;
}

/**
 * The extension's own database (will not open, or full): one for all workspaces, combined into
 * each workspace's status.
 */
export const storageStatusItem = storage.defineItem<Status | null>('local:storageStatus', { fallback: null });
export const statusPartsItem = storage.defineItem<Record<string, StatusParts>>('local:statusParts', {
  fallback: {},
});

/** The workspace the numbers are for: settings, else the builder's workspaces list, else 'default'. */
export const activeWorkspaceItem = storage.defineItem<string>('local:activeWorkspace', { fallback: '' });

/** The builder's own workspaces list, as last observed. */
export const workspacesItem = storage.defineItem<Workspace[]>('local:workspaces', { fallback: [] });

/** Poll bookkeeping that must survive the service worker being stopped. */
export interface PollState {
  lastPollAt: number;
  /** Last time a builder tab showed signs of life (page observations, health pings, sends). */
  lastActiveAt: number;
  /** Consecutive failures, for exponential backoff. */
  failures: number;
  /** No automatic poll before this (error backoff). */
  nextAllowedAt: number;
  /** No poll at all before this (the server's Retry-After). */
  retryAt: number;
  /** Set when a poll starts, cleared when it ends: still set at start-up means it was cut off. */
  pending: boolean;
}
export const EMPTY_POLL_STATE: PollState = {
  lastPollAt: 0,
  lastActiveAt: 0,
  failures: 0,
  nextAllowedAt: 0,
  retryAt: 0,
  pending: false,
};
export const pollStateItem = storage.defineItem<PollState>('local:pollState', { fallback: EMPTY_POLL_STATE });

/** Which workspace owns each app (the app's `organization_id`), and the app's name. */
export interface AppInfo {
  workspaceId: string;
  name: string | null;
}
export const appWorkspacesItem = storage.defineItem<Record<string, AppInfo>>('local:appWorkspaces', {
  fallback: {},
});

/** The builder's own 401s since its last success: one is a token refresh, several are a sign-out. */
export interface AuthState {
  failures: number;
  lastFailureAt: number;
}
export const authStateItem = storage.defineItem<AuthState>('local:auth', {
  fallback: { failures: 0, lastFailureAt: 0 },
});

/** The builder model the user picked (`/api/auth/me` → `builder_model`); null = Base44 chooses. */
export const builderModelItem = storage.defineItem<string | null>('local:builderModel', { fallback: null });

/** The builder tab the user looked at or sent from last: its workspace is the one shown. */
export const focusedTabItem = storage.defineItem<number | null>('local:focusedTab', { fallback: null });
/** The app that tab shows (null: the home page or not an editor): its session is the one shown. */
export const focusedAppItem = storage.defineItem<string | null>('local:focusedApp', { fallback: null });

/**
 * Bumped by "Delete all data". Work that started before (a poll in flight) compares it before
 * writing, so nothing deleted comes back.
 */
export const dataEpochItem = storage.defineItem<number>('local:dataEpoch', { fallback: 0 });
