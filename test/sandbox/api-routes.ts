/**
 * The simulated Base44 HTTP API: the builder's own calls (Bearer token) and the documented
 * Monitoring API (`api_key` header). Faults from the control API are applied first.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord, readJson, sendJson, sendText, sleep } from './http';
import { HTML_ERROR_PAGE } from './page';
import { replyFor } from './replies';
import { poolKey, spellCreditPool } from './variants';
import { DEFAULT_WORKSPACE_ID, SESSION_TOKEN } from './ids';
import type { FaultEndpoint } from './faults';
import type { ChatMode } from './cost';
import type { World } from './world';

const INTEGRATION_KINDS = ['llm', 'upload', 'image', 'sms', 'api', 'db', 'email', 'email_custom_domain'];

const iso = (ms: number) => new Date(ms).toISOString();
const jitter = () => 300 + Math.floor(Math.random() * 300);

/** Applies an injected fault; true when the fault already answered the request. */
async function applyFault(world: World, endpoint: FaultEndpoint, res: ServerResponse): Promise<boolean> {
  const f = world.faults.take(endpoint);
  if (!f) return false;
  if (f.delayMs) await sleep(f.delayMs);
  if (f.status === undefined && f.body === undefined) return false;
  const headers: Record<string, string> = {};
  if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
  if (f.body === 'malformed') {
    sendText(
      res,
      f.status ?? 200,
      'application/json',
      '{"credit_pool": {"messages": {"limit": 25, "us',
      headers,
    );
  } else if (f.body === 'html') {
    sendText(res, f.status ?? 502, 'text/html; charset=utf-8', HTML_ERROR_PAGE, headers);
  } else {
    const status = f.status ?? 500;
    sendJson(res, status, { error: 'injected_fault', message: `Sandbox fault: HTTP ${status}` }, headers);
  }
  return true;
}

function bearerOk(req: IncomingMessage): boolean {
  return req.headers.authorization === `Bearer ${SESSION_TOKEN}`;
}

function unauthorized(res: ServerResponse): void {
  sendJson(res, 401, { error: 'unauthorized', message: 'Authentication required. Please sign in again.' });
}

/** Per-UTC-day usage between two YYYY-MM-DD dates (inclusive), from the prompts sent. */
function creditsByDay(world: World, from: string | null, to: string | null) {
  const days = new Map<string, number>();
  for (const m of world.account.messages) {
    if (m.role !== 'user') continue;
    const day = iso(m.at).slice(0, 10);
    if ((from && day < from) || (to && day > to)) continue;
    days.set(day, Math.round(((days.get(day) ?? 0) + m.cost) * 10) / 10);
  }
  return [...days].sort().map(([date, used]) => ({ date, message_credits: used, integration_credits: 0 }));
}

async function monitoringAnalytics(
  world: World,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ws: string,
) {
  if (await applyFault(world, 'monitoring', res)) return;
  const key = req.headers['api_key'];
  if (typeof key !== 'string' || key === '')
    return sendJson(res, 401, { error: 'unauthorized', message: 'Missing api_key header.' });
  const limit = world.limiter.take(key, world.account.now());
  if (!limit.ok)
    return sendJson(
      res,
      429,
      { error: 'rate_limited', message: 'Too Many Requests: 50 requests per minute.' },
      { 'retry-after': String(limit.retryAfterSeconds) },
    );
  if (key !== world.apiKey) return sendJson(res, 401, { error: 'unauthorized', message: 'Invalid API key.' });
  if (ws !== DEFAULT_WORKSPACE_ID)
    return sendJson(res, 401, {
      error: 'unauthorized',
      message: 'You are not an owner or admin of this workspace.',
    });
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const snap = world.account.snapshot();
  const byDay = creditsByDay(world, from, to);
  const total = Math.round(byDay.reduce((s, d) => s + d.message_credits, 0) * 10) / 10;
  sendJson(res, 200, {
    workspace_id: ws,
    from,
    to,
    summary: {
      total_messages: world.account.messages.filter((m) => m.role === 'user').length,
      total_message_credits: total,
      active_users: 1,
    },
    [poolKey(world.variant)]: spellCreditPool(snap, world.variant),
    member_allocations: [],
    credits: { by_day: byDay },
  });
}

async function chatMessage(world: World, req: IncomingMessage, res: ServerResponse, appId: string) {
  if (await applyFault(world, 'chat', res)) return;
  if (!bearerOk(req)) return unauthorized(res);
  const body = await readJson(req);
  if (!isRecord(body) || typeof body.content !== 'string' || body.content.trim() === '')
    return sendJson(res, 400, { error: 'bad_request', message: 'content is required' });
  const params = isRecord(body.additional_message_params) ? body.additional_message_params : {};
  const mode: ChatMode = params.mode === 'discuss' ? 'discuss' : 'build';
  const charge = world.account.charge(body.content, mode);
  if (!charge.ok) return sendJson(res, charge.status, { error: charge.error, message: charge.message });
  const now = world.account.now();
  const user = {
    id: randomUUID(),
    appId,
    role: 'user' as const,
    content: body.content,
    mode,
    cost: charge.cost,
    at: now,
  };
  const reply = replyFor(body.content, mode, world.appName(appId), Math.random);
  const ai = {
    id: randomUUID(),
    appId,
    role: 'assistant' as const,
    content: reply.content,
    mode,
    cost: charge.cost,
    at: now,
    steps: reply.steps,
    thoughtSeconds: reply.thoughtSeconds,
  };
  world.account.messages.push(user, ai);
  // The AI "works" for a moment before answering.
  await sleep(jitter());
  sendJson(res, 200, messageJson(world, ai, user));
}

function messageJson(
  world: World,
  m: World['account']['messages'][number],
  user?: World['account']['messages'][number],
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: m.id,
    role: m.role,
    content: m.content,
    created_date: iso(m.at),
    additional_message_params: { mode: m.mode },
  };
  if (m.role === 'assistant') {
    out.steps = m.steps ?? [];
    out.thought_seconds = m.thoughtSeconds ?? 3;
    if (world.reportCost) out.credits_used = m.cost;
  }
  if (user) out.user_message = messageJson(world, user);
  return out;
}

/** Routes /api/**; false when no route matched. */
export async function handleApi(
  world: World,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const p = url.pathname;
  const method = req.method ?? 'GET';
  let m: RegExpExecArray | null;

  if (method === 'GET' && p === '/api/v1/monitoring/health') {
    if (await applyFault(world, 'health', res)) return true;
    sendJson(res, 200, { status: 'ok', timestamp: iso(world.account.now()) });
    return true;
  }
  if (method === 'GET' && (m = /^\/api\/v1\/monitoring\/analytics\/([^/]+)$/.exec(p))) {
    await monitoringAnalytics(world, req, res, url, decodeURIComponent(m[1]!));
    return true;
  }
  if (method === 'GET' && p === '/api/auth/me') {
    if (await applyFault(world, 'me', res)) return true;
    if (!bearerOk(req)) return (unauthorized(res), true);
    sendJson(res, 200, {
      id: '64b7f1a2c3d4e5f607181111',
      email: 'sam@example.com',
      full_name: 'Sam Sandbox',
      role: 'user',
      created_date: '2025-03-01T10:00:00.000Z',
    });
    return true;
  }
  if (method === 'GET' && p === '/api/workspace/workspaces') {
    if (await applyFault(world, 'workspaces', res)) return true;
    if (!bearerOk(req)) return (unauthorized(res), true);
    sendJson(res, 200, {
      workspaces: [
        {
          id: DEFAULT_WORKSPACE_ID,
          name: "Sam's workspace",
          user_role: 'owner',
          subscription_tier: world.account.plan,
        },
      ],
    });
    return true;
  }
  if (method === 'GET' && (m = /^\/api\/workspace\/([^/]+)\/credit-balance$/.exec(p))) {
    if (await applyFault(world, 'credits', res)) return true;
    if (!bearerOk(req)) return (unauthorized(res), true);
    if (m[1] !== DEFAULT_WORKSPACE_ID)
      return (sendJson(res, 404, { error: 'not_found', message: 'No such workspace' }), true);
    sendJson(res, 200, {
      workspace_id: m[1],
      credits: spellCreditPool(world.account.snapshot(), world.variant),
    });
    return true;
  }
  if (method === 'POST' && (m = /^\/api\/apps\/([0-9a-f]{24})\/chat\/message$/.exec(p))) {
    await chatMessage(world, req, res, m[1]!);
    return true;
  }
  if (method === 'GET' && (m = /^\/api\/apps\/([0-9a-f]{24})\/chat\/messages$/.exec(p))) {
    if (!bearerOk(req)) return (unauthorized(res), true);
    const appId = m[1]!;
    sendJson(res, 200, {
      messages: world.account.messages.filter((x) => x.appId === appId).map((x) => messageJson(world, x)),
    });
    return true;
  }
  // The built app calling a Base44 service (LLM, upload, image, SMS, API, DB op, email).
  if (method === 'POST' && (m = /^\/api\/apps\/([0-9a-f]{24})\/integrations\/([a-z_]+)$/.exec(p))) {
    if (!bearerOk(req)) return (unauthorized(res), true);
    const kind = m[2]!;
    if (!INTEGRATION_KINDS.includes(kind))
      return (sendJson(res, 404, { error: 'not_found', message: `Unknown integration '${kind}'` }), true);
    const charge = world.account.chargeIntegration(kind === 'email_custom_domain' ? 2 : 1);
    if (!charge.ok)
      return (sendJson(res, charge.status, { error: charge.error, message: charge.message }), true);
    sendJson(res, 200, { ok: true, kind, integration_credits_used: charge.cost });
    return true;
  }
  if (method === 'POST' && p === '/api/apps') {
    if (!bearerOk(req)) return (unauthorized(res), true);
    const body = await readJson(req);
    const name =
      isRecord(body) && typeof body.name === 'string' && body.name.trim() ? body.name.trim() : 'New App';
    const id = randomUUID().replace(/-/g, '').slice(0, 24);
    world.apps.push({ id, name });
    sendJson(res, 201, { id, name });
    return true;
  }
  return false;
}
