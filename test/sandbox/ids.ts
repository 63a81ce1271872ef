/**
 * Fixed ids the tests and the demo agree on (common brief, "Shared e2e contracts"). App and workspace
 * ids are 24 hex characters (facts file); the values, tokens and key are invented.
 */
export const DEFAULT_APP_ID = '64b7f1a2c3d4e5f60718293a';
export const SECOND_APP_ID = '64b7f1a2c3d4e5f60718293b';
/** Workspace A: the user's personal workspace (free, owner); it holds DEFAULT_APP_ID and SECOND_APP_ID. */
export const DEFAULT_WORKSPACE_ID = '64b7f1a2c3d4e5f607180000';
/** Workspace B: a team workspace (pro) where the user is a member; it holds TEAM_APP_ID. */
export const TEAM_WORKSPACE_ID = '64b7f1a2c3d4e5f607180001';
export const TEAM_APP_ID = '64b7f1a2c3d4e5f60718293c';
/** The personal Monitoring API key (Settings → Account → API key); valid for every workspace the user sees. */
export const DEFAULT_API_KEY = 'sandbox-api-key';
export const USER_ID = '64b7f1a2c3d4e5f607181111';
/** The builder page's session token; the builder's API calls carry it as `Authorization: Bearer …`. */
export const SESSION_TOKEN = 'sandbox-session-token';
/** invented: what the page trades for a new session token at POST /api/auth/refresh. */
export const REFRESH_TOKEN = 'sandbox-refresh-token';
export const SANDBOX_HOST = 'app.base44.com';
export const SANDBOX_ORIGIN = 'https://app.base44.com' as const;
