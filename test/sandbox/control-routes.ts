/**
 * The control API under `/__sandbox/*` (tests and the demo drive the simulated world through it).
 * Every call is a POST with a JSON body except `GET /__sandbox/state[?workspaceId=]`; bad input is a
 * 400 saying why. Calls about one workspace take an optional `workspaceId` (default: workspace A).
 */
import { isRecord, readJson, sendJson, type Req, type Res } from './http';
import { isSandboxPlan, SANDBOX_PLANS } from './plans';
import { isPoolVariant } from './variants';
import { isFaultEndpoint, type Fault } from './faults';
import { isTerminalStatus } from './conversation';
import { isWorkspaceRole, type Workspace } from './workspaces';
import type { BalancePatch } from './account';
import type { World } from './world';

class BadRequest extends Error {}

const num = (v: unknown, name: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new BadRequest(`${name} must be a finite number`);
  return v;
};
const optNum = (v: unknown, name: string): number | undefined => (v === undefined ? undefined : num(v, name));
const bool = (v: unknown, name: string): boolean => {
  if (typeof v !== 'boolean') throw new BadRequest(`${name} must be a boolean`);
  return v;
};

function workspaceOf(w: World, b: Record<string, unknown>): Workspace {
  if (b.workspaceId !== undefined && typeof b.workspaceId !== 'string')
    throw new BadRequest('workspaceId must be a string');
  const ws = w.workspace(b.workspaceId);
  if (!ws) throw new BadRequest(`no workspace '${String(b.workspaceId)}'`);
  return ws;
}

function balancePatch(b: Record<string, unknown>): BalancePatch {
  const patch: BalancePatch = {};
  for (const k of [
    'messageUsed',
    'messageLimit',
    'integrationUsed',
    'integrationLimit',
    'dailyUsed',
    'bonus',
  ] as const) {
    const v = optNum(b[k], k);
    if (v !== undefined) patch[k] = v;
  }
  if (b.dailyLimit === null) patch.dailyLimit = null;
  else if (b.dailyLimit !== undefined) patch.dailyLimit = num(b.dailyLimit, 'dailyLimit');
  return patch;
}

function fault(b: Record<string, unknown>): Fault {
  if (!isFaultEndpoint(b.endpoint)) throw new BadRequest('fault.endpoint is not a known endpoint');
  if (b.body !== undefined && b.body !== 'malformed' && b.body !== 'html')
    throw new BadRequest("fault.body must be 'malformed' or 'html'");
  const f: Fault = { endpoint: b.endpoint };
  const status = optNum(b.status, 'status');
  if (status !== undefined) f.status = status;
  if (b.body !== undefined) f.body = b.body;
  const delayMs = optNum(b.delayMs, 'delayMs');
  if (delayMs !== undefined) f.delayMs = delayMs;
  const times = optNum(b.times, 'times');
  if (times !== undefined) f.times = times;
  const retryAfter = optNum(b.retryAfter, 'retryAfter');
  if (retryAfter !== undefined) f.retryAfter = retryAfter;
  return f;
}

type Action = (world: World, body: Record<string, unknown>) => void;

const ACTIONS: Record<string, Action> = {
  reset: (w) => w.reset(),
  plan: (w, b) => {
    if (!isSandboxPlan(b.plan)) throw new BadRequest('plan must be free, starter, builder, pro or elite');
    workspaceOf(w, b).account.setTier(b.plan, SANDBOX_PLANS[b.plan]);
  },
  tier: (w, b) => {
    if (typeof b.tier !== 'string' || b.tier === '') throw new BadRequest('tier must be a non-empty string');
    const daily =
      b.dailyLimit === undefined || b.dailyLimit === null ? null : num(b.dailyLimit, 'dailyLimit');
    workspaceOf(w, b).account.setTier(b.tier, {
      message: num(b.messageLimit, 'messageLimit'),
      integration: num(b.integrationLimit, 'integrationLimit'),
      daily,
    });
  },
  balances: (w, b) => workspaceOf(w, b).account.setBalances(balancePatch(b)),
  clock: (w, b) => {
    if (b.freeze !== undefined) bool(b.freeze, 'freeze');
    w.setClock({
      now: optNum(b.now, 'now'),
      advanceMs: optNum(b.advanceMs, 'advanceMs'),
      freeze: b.freeze as boolean | undefined,
    });
  },
  anchor: (w, b) => {
    const day = num(b.day, 'day');
    const hour = num(b.hour, 'hour');
    const minute = num(b.minute, 'minute');
    if (day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
      throw new BadRequest('anchor out of range (day 1-31, hour 0-23, minute 0-59)');
    workspaceOf(w, b).account.setAnchor({ day, hour, minute });
  },
  variant: (w, b) => {
    if (!isPoolVariant(b.variant)) throw new BadRequest('unknown variant');
    w.variant = b.variant;
  },
  fault: (w, b) => w.faults.add(fault(b)),
  'clear-faults': (w) => w.faults.clear(),
  'next-cost': (w, b) => {
    const cost = num(b.cost, 'cost');
    if (cost < 0) throw new BadRequest('cost must not be negative');
    w.nextCost = cost;
  },
  'api-key': (w, b) => {
    if (typeof b.key !== 'string' || b.key === '') throw new BadRequest('key must be a non-empty string');
    w.apiKey = b.key;
  },
  'report-cost': (w, b) => {
    w.reportCost = bool(b.on, 'on');
  },
  composer: (w, b) => {
    if (b.kind !== 'textarea' && b.kind !== 'contenteditable')
      throw new BadRequest("kind must be 'textarea' or 'contenteditable'");
    w.composer = b.kind;
  },
  turn: (w, b) => {
    const ms = num(b.durationMs, 'durationMs');
    if (ms < 0) throw new BadRequest('durationMs must not be negative');
    w.turnDurationMs = ms;
  },
  edge: (w, b) => {
    const ms = num(b.timeoutMs, 'timeoutMs');
    if (ms <= 0) throw new BadRequest('timeoutMs must be positive');
    w.edgeTimeoutMs = ms;
  },
  'turn-outcome': (w, b) => {
    if (!isTerminalStatus(b.status)) throw new BadRequest('status must be a terminal backend_status');
    w.nextOutcome = b.status;
  },
  park: (w, b) => {
    w.park = bool(b.on, 'on');
  },
  'page-follow': (w, b) => {
    if (b.mode !== 'poll' && b.mode !== 'stream') throw new BadRequest("mode must be 'poll' or 'stream'");
    w.pageFollow = b.mode;
  },
  'balance-endpoint': (w, b) => {
    if (b.shape !== 'workspace' && b.shape !== 'billing' && b.shape !== 'none')
      throw new BadRequest("shape must be 'workspace', 'billing' or 'none'");
    w.balanceEndpoint = b.shape;
  },
  model: (w, b) => {
    if (b.model !== null && (typeof b.model !== 'string' || b.model === ''))
      throw new BadRequest('model must be a non-empty string or null');
    w.builderModel = b.model;
  },
  'expire-token': (w) => {
    w.session.valid = false;
  },
  'sign-out': (w) => {
    w.session.valid = false;
    w.session.signedOut = true;
  },
  enterprise: (w, b) => {
    workspaceOf(w, b).isEnterprise = bool(b.on, 'on');
  },
  'workspace-key': (w, b) => {
    if (b.key !== null && (typeof b.key !== 'string' || !b.key.startsWith('b44k_')))
      throw new BadRequest("key must start with 'b44k_' (or be null)");
    workspaceOf(w, b).workspaceKey = b.key;
  },
  workspace: (w, b) => {
    if (typeof b.workspaceId !== 'string') throw new BadRequest('workspaceId is required');
    const ws = workspaceOf(w, b);
    if (b.name !== undefined) {
      if (typeof b.name !== 'string' || b.name === '')
        throw new BadRequest('name must be a non-empty string');
      ws.name = b.name;
    }
    if (b.role !== undefined) {
      if (!isWorkspaceRole(b.role)) throw new BadRequest("role must be 'owner', 'admin' or 'member'");
      ws.userRole = b.role;
    }
    if (b.enterprise !== undefined) ws.isEnterprise = bool(b.enterprise, 'enterprise');
  },
};

export async function handleControl(world: World, req: Req, res: Res, name: string): Promise<void> {
  if (name === 'state' && req.method === 'GET') {
    const q = new URL(req.url ?? '/', 'https://x').searchParams.get('workspaceId') ?? undefined;
    const state = world.state(q);
    if (!state) return sendJson(res, 404, { error: 'not_found', message: `no workspace '${q}'` });
    return sendJson(res, 200, state);
  }
  const action = ACTIONS[name];
  if (!action) return sendJson(res, 404, { error: 'not_found', message: `no control action '${name}'` });
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'method_not_allowed', message: 'use POST' });
  const body = await readJson(req);
  if (body !== undefined && !isRecord(body))
    return sendJson(res, 400, { error: 'bad_request', message: 'body must be a JSON object' });
  try {
    action(world, body ?? {});
  } catch (e) {
    if (e instanceof BadRequest) return sendJson(res, 400, { error: 'bad_request', message: e.message });
    throw e;
  }
  sendJson(res, 200, { ok: true });
}
