/**
 * Every Base44 URL and route pattern the extension relies on, in one place (see
 * ../shared/base44-facts.md for where each was seen). Base44 can change any of them without notice.
 */

export const BASE44_ORIGIN = 'https://app.base44.com';

/** Base44 ids (apps, workspaces) are 24 hex characters (Mongo-style object ids). */
export const OBJECT_ID = /^[0-9a-f]{24}$/i;

/** An object id, lowercased; null when `v` is not one. */
export function objectIdOf(v: unknown): string | null {
  return typeof v === 'string' && OBJECT_ID.test(v) ? v.toLowerCase() : null;
}

/**
 * The one workspace-id rule: an object id, lowercased (an app's `organization_id`, the workspaces
 * list, URLs, the Monitoring API's path and the options page all name workspaces this way).
 */
export const workspaceIdOf = objectIdOf;

/** `POST /api/apps/{appId}/chat/message` sends a prompt (seen in public userscripts, 2025). */

/**
 * Per-app builder endpoints, `/api/apps/{appId}/…` (base44/cli `core/resources/apps/api.ts`, 2026):
 * `chat/message` (a turn; the request stays open until it ends), `chat/submit-tool-call-input`
 * (answering a parked question starts a turn), `chat/stop`, `chat/full-conversation` (the
 * messages with each user message's `outcome.backend_status`), and the app itself (`organization_id`).
 */
const APP_PATH = /^\/api\/apps\/([0-9a-f]{24})(\/[^?#]*)?$/i;
const APP_SUBPATHS = {
  '/chat/message': { method: 'POST', kind: 'chatMessage' },
  '/chat/submit-tool-call-input': { method: 'POST', kind: 'toolAnswer' },
  '/chat/stop': { method: 'POST', kind: 'chatStop' },
  '/chat/full-conversation': { method: 'GET', kind: 'fullConversation' },
  '': { method: 'GET', kind: 'app' },
} as const;

/** `POST /api/apps` creates an app; with `initial_message: {content}` its first turn starts server-side. */
const CREATE_APP_PATH = '/api/apps';

/** `GET /api/workspace/workspaces` lists the user's workspaces with their tier. */
const WORKSPACES_PATH = '/api/workspace/workspaces';

/** `GET /api/auth/me`: the signed-in user. */
const AUTH_ME_PATH = '/api/auth/me';

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

/** True when `url` is the builder's own API (anything under /api/ on app.base44.com). */
export function isBuilderApiUrl(url: string): boolean {
  const u = toUrl(url);
  return !!u && u.origin === BASE44_ORIGIN && u.pathname.startsWith('/api/') && !isMonitoringPath(u.pathname);
}

function isMonitoringPath(pathname: string): boolean {
  return pathname.startsWith('/api/v1/monitoring/');
}

/** A builder endpoint the page observer reads, with the app id its path names. */
export type BuilderEndpoint =
  | { kind: 'chatMessage' | 'toolAnswer' | 'chatStop' | 'fullConversation' | 'app'; appId: string }
  | { kind: 'createApp' | 'authMe' | 'workspaces' };

/** Which known builder endpoint a request is (method and path; any query string); null for others. */
export function builderEndpoint(method: string, url: string): BuilderEndpoint | null {
  const u = toUrl(url);
  if (!u || u.origin !== BASE44_ORIGIN) return null;
  const verb = method.toUpperCase();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : u.pathname;
  if (path === CREATE_APP_PATH) return verb === 'POST' ? { kind: 'createApp' } : null;
  if (path === AUTH_ME_PATH) return verb === 'GET' ? { kind: 'authMe' } : null;
  if (path === WORKSPACES_PATH) return verb === 'GET' ? { kind: 'workspaces' } : null;
  const m = APP_PATH.exec(path);
  if (!m) return null;
  const sub = (m[2] ?? '').toLowerCase();
  const known = Object.hasOwn(APP_SUBPATHS, sub) ? APP_SUBPATHS[sub as keyof typeof APP_SUBPATHS] : null;
  if (!known || known.method !== verb) return null;
  return { kind: known.kind, appId: m[1]!.toLowerCase() };
}

/** The requests whose body the observer reads: a prompt (`chat/message`) or a new app's first prompt. */
export function isTurnStartRequest(method: string, url: string): boolean {
  const kind = builderEndpoint(method, url)?.kind;
  return kind === 'chatMessage' || kind === 'createApp';
}

/** 24-hex object ids, UUIDs and plain numbers: the path segments that vary per request. */
const VARIABLE_SEGMENT =
  /^(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;
/** Segments kept as they are in a URL shape; anything else (names, encoded text) is masked too. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_.-]{1,40}$/;
const MAX_SHAPE_SEGMENTS = 12;

/**
 * A URL's path with ids replaced by `:id` and no query (`/api/workspace/:id/credit-balance`), for
 * diagnostics: it names an endpoint without carrying anything of the user's.
 */
export function urlShape(url: string): string {
  const u = toUrl(url);
  if (!u) return '/';
  const segments = u.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .slice(0, MAX_SHAPE_SEGMENTS)
    .map((s) => (VARIABLE_SEGMENT.test(s) || !PLAIN_SEGMENT.test(s) ? ':id' : s));
  return '/' + segments.join('/');
}

/** Path segments after which a workspace id follows (`/api/workspace/{id}/credit-balance`). */
const WORKSPACE_PATH_WORDS = new Set(['workspace', 'workspaces', 'organization', 'organizations']);
/** Query parameters that name a workspace. */
const WORKSPACE_QUERY_PARAMS = ['workspace_id', 'workspaceId', 'organization_id', 'organizationId'];

/**
 * The workspace a builder URL names: a 24-hex id right after `workspace(s)`/`organization(s)` in the
 * path, else a `workspace_id` / `organization_id` query parameter; null when it names none.
 */
export function workspaceIdInUrl(url: string): string | null {
  const u = toUrl(url);
  if (!u || u.origin !== BASE44_ORIGIN) return null;
  const segments = u.pathname.split('/');
  for (let i = 0; i + 1 < segments.length; i++) {
    const next = segments[i + 1]!;
    const id = WORKSPACE_PATH_WORDS.has(segments[i]!.toLowerCase()) ? workspaceIdOf(next) : null;
    if (id) return id;
  }
  for (const name of WORKSPACE_QUERY_PARAMS) {
    const id = workspaceIdOf(u.searchParams.get(name));
    if (id) return id;
  }
  return null;
}

/**
 * A builder endpoint whose answer is about credits (`/api/workspace/{id}/credit-balance`,
 * `/api/billing/…`): a pool-shaped object there is a balance even without a credit-named key.
 */
export function isBalanceUrl(url: string): boolean {
  const u = toUrl(url);
  return !!u && u.origin === BASE44_ORIGIN && /credit|billing/i.test(u.pathname);
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
