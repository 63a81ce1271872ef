/**
 * Every Base44 URL and route pattern the extension relies on, in one place (see
 * ../shared/base44-facts.md for where each was seen). Base44 can change any of them without notice.
 */

export const BASE44_ORIGIN = 'https://app.base44.com';

/** Base44 ids (apps, workspaces) are 24 hex characters (Mongo-style object ids). */
export const OBJECT_ID = /^[0-9a-f]{24}$/i;

/** `POST /api/apps/{appId}/chat/message` sends a prompt (seen in public userscripts, 2025). */
const CHAT_MESSAGE_PATH = /^\/api\/apps\/([0-9a-f]{24})\/chat\/message\/?$/i;

/** `GET /api/workspace/workspaces` lists the user's workspaces with their tier. */
export const WORKSPACES_PATH = '/api/workspace/workspaces';

/** `GET /api/auth/me`: the signed-in user. */
export const AUTH_ME_PATH = '/api/auth/me';

/** Editor routes: `/apps/{appId}/editor/...` (preview, workspace/code, data, …). */
const EDITOR_ROUTE = /^\/apps\/([0-9a-f]{24})\/editor(?:\/|$)/i;

/**
 * Base44's sign-in routes (invented: the real paths are not documented; `/login` is what the
 * simulated builder uses). Landing on one means the builder's session is gone.
 */
const SIGN_IN_ROUTE = /^\/(login|signin|sign-in|auth\/login)(\/|$)/i;

export function isSignInRoute(url: string): boolean {
  const u = toUrl(url);
  return !!u && u.origin === BASE44_ORIGIN && SIGN_IN_ROUTE.test(u.pathname);
}

/** Base44's own settings page with the credit usage view, for "see it on Base44" links. */
export const CREDIT_USAGE_URL = `${BASE44_ORIGIN}/settings/credit-usage`;

/** Parse an absolute or page-relative URL against the Base44 origin; null when unparseable. */
function toUrl(url: string): URL | null {
  try {
    return new URL(url, BASE44_ORIGIN);
  } catch {
    return null;
  }
}

export function isBase44Url(url: string): boolean {
  return toUrl(url)?.origin === BASE44_ORIGIN;
}

/** The app id when `url` is the chat-message endpoint on app.base44.com, else null. */
export function chatMessageAppId(url: string): string | null {
  const u = toUrl(url);
  if (!u || u.origin !== BASE44_ORIGIN) return null;
  return CHAT_MESSAGE_PATH.exec(u.pathname)?.[1]?.toLowerCase() ?? null;
}

/** True when `url` is the builder's own API (anything under /api/ on app.base44.com). */
export function isBuilderApiUrl(url: string): boolean {
  const u = toUrl(url);
  return !!u && u.origin === BASE44_ORIGIN && u.pathname.startsWith('/api/') && !isMonitoringPath(u.pathname);
}

function isMonitoringPath(pathname: string): boolean {
  return pathname.startsWith('/api/v1/monitoring/');
}

export function isWorkspacesUrl(url: string): boolean {
  const u = toUrl(url);
  return !!u && u.origin === BASE44_ORIGIN && u.pathname.replace(/\/$/, '') === WORKSPACES_PATH;
}

/** The app id of an editor route (`/apps/{id}/editor/...`), else null. */
export function editorAppId(url: string): string | null {
  const u = toUrl(url);
  if (!u || u.origin !== BASE44_ORIGIN) return null;
  return EDITOR_ROUTE.exec(u.pathname)?.[1]?.toLowerCase() ?? null;
}

/** Monitoring API (documented): credit pool state for the current period. */
export function monitoringAnalyticsUrl(workspaceId: string, range?: { from: string; to: string }): string {
  const u = new URL(`/api/v1/monitoring/analytics/${encodeURIComponent(workspaceId)}`, BASE44_ORIGIN);
  if (range) {
    u.searchParams.set('from', range.from);
    u.searchParams.set('to', range.to);
  }
  return u.toString();
}

/** Monitoring API health check; needs no key. */
export function monitoringHealthUrl(): string {
  return `${BASE44_ORIGIN}/api/v1/monitoring/health`;
}
