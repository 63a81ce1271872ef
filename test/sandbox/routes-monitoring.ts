/**
 * The documented Monitoring API (docs.base44.com): `api_key` header, workspace owner/admin only,
 * Enterprise, 50 requests a minute per key (token bucket; 429 past it), 401 for a missing key or
 * a wrong role. The 403 for a non-Enterprise workspace and the 404 for an unknown one are invented
 * statuses: the docs say who may call, not how a refusal looks.
 */
import { sendError, sendJson, type Req, type Res } from './http';
import { applyFault } from './faults-apply';
import { poolKey, spellCreditPool } from './variants';
import { isEnterprise, type Workspace } from './workspaces';
import type { World } from './world';

const iso = (ms: number) => new Date(ms).toISOString();
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Per-UTC-day usage between two YYYY-MM-DD dates (inclusive), from the workspace's settled turns.
 * invented: the docs name a `credits` block, not its contents; `by_day` and its fields are the sandbox's.
 */
function creditsByDay(world: World, ws: Workspace, from: string | null, to: string | null) {
  const days = new Map<string, number>();
  for (const t of world.engine.turns) {
    if (t.workspaceId !== ws.id || t.settledAt === null || t.cost <= 0) continue;
    const day = iso(t.settledAt).slice(0, 10);
    if ((from && day < from) || (to && day > to)) continue;
    days.set(day, round1((days.get(day) ?? 0) + t.cost));
  }
  return [...days].sort().map(([date, used]) => ({ date, message_credits: used, integration_credits: 0 }));
}

/** Which workspaces a key opens: a personal key every workspace the user sees, a `b44k_` key its own. */
function keyScope(world: World, key: string): Workspace[] | null {
  if (key === world.apiKey) return world.workspaces;
  const ws = world.workspaces.find((w) => w.workspaceKey === key);
  return ws ? [ws] : null;
}

async function analytics(world: World, req: Req, res: Res, url: URL, wsId: string): Promise<void> {
  if (await applyFault(world, 'monitoring', res)) return;
  const key = req.headers['api_key'];
  if (typeof key !== 'string' || key === '')
    return sendError(res, 401, 'Invalid API key', 'authentication_error', 'missing_api_key');
  const limit = world.limiter.take(key, world.clock.now());
  // docs: 429 Too Many Requests past 50 a minute. invented: the Retry-After header (the docs say
  // only "wait before retrying"), the order of the checks, and the texts.
  if (!limit.ok)
    return sendError(
      res,
      429,
      'Too Many Requests: 50 requests per minute.',
      'rate_limit_error',
      'rate_limited',
      {
        'retry-after': String(limit.retryAfterSeconds),
      },
    );
  const scope = keyScope(world, key);
  if (!scope) return sendError(res, 401, 'Invalid API key', 'authentication_error', 'invalid_api_key');
  const ws = world.workspace(wsId);
  if (!ws) return sendError(res, 404, 'Workspace not found', 'not_found', 'workspace_not_found');
  // invented: a workspace key used for another workspace is simply not valid there.
  if (!scope.includes(ws))
    return sendError(res, 401, 'Invalid API key', 'authentication_error', 'wrong_workspace');
  if (ws.userRole !== 'owner' && ws.userRole !== 'admin')
    return sendError(
      res,
      401,
      'You are not an owner or admin of this workspace.',
      'authorization_error',
      'insufficient_role',
    );
  if (!isEnterprise(ws))
    return sendError(
      res,
      403,
      'The Monitoring API is available on Enterprise plans only.',
      'forbidden',
      'not_enterprise',
    );
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const byDay = creditsByDay(world, ws, from, to);
  // docs: the answer has blocks summary, credit_pool, member_allocations, credits. invented: the
  // top-level workspace_id/from/to and everything inside summary and credits (only credit_pool's
  // `tier` is documented by name; its other spellings are variants.ts's).
  sendJson(res, 200, {
    workspace_id: ws.id,
    from,
    to,
    summary: {
      total_messages: world.engine.turns.filter(
        (t) => t.workspaceId === ws.id && t.settledAt !== null && t.backendStatus !== 'error_paywall',
      ).length,
      total_message_credits: round1(byDay.reduce((s, d) => s + d.message_credits, 0)),
      active_users: 1,
    },
    [poolKey(world.variant)]: spellCreditPool(ws.account.snapshot(), world.variant),
    // docs: member_allocations sums up per-member limits, and per-member fields are null when the
    // tier has none; the sandbox has no per-member limits.
    member_allocations: null,
    credits: { by_day: byDay },
  });
}

export async function handleMonitoring(
  world: World,
  req: Req,
  res: Res,
  method: string,
  url: URL,
): Promise<boolean> {
  const p = url.pathname;
  let m: RegExpExecArray | null;
  if (method === 'GET' && p === '/api/v1/monitoring/health') {
    if (await applyFault(world, 'health', res)) return true;
    // docs (Health check): no auth; its example answers `status: "healthy"`. invented: `timestamp`.
    sendJson(res, 200, { status: 'healthy', timestamp: iso(world.clock.now()) });
    return true;
  }
  if (method === 'GET' && (m = /^\/api\/v1\/monitoring\/analytics\/([^/]+)$/.exec(p))) {
    await analytics(world, req, res, url, decodeURIComponent(m[1]!));
    return true;
  }
  return false;
}
