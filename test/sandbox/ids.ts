/** Fixed ids the tests and the demo agree on (common brief, "Shared e2e contracts"). */
export const DEFAULT_APP_ID = '64b7f1a2c3d4e5f60718293a';
export const SECOND_APP_ID = '64b7f1a2c3d4e5f60718293b';
export const DEFAULT_WORKSPACE_ID = '64b7f1a2c3d4e5f607180000';
export const DEFAULT_API_KEY = 'sandbox-api-key';
/** The builder page's session token; the builder's API calls carry it as `Authorization: Bearer …`. */
export const SESSION_TOKEN = 'sandbox-session-token';
export const SANDBOX_HOST = 'app.base44.com';
export const SANDBOX_ORIGIN = 'https://app.base44.com' as const;
