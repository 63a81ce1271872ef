/**
 * The control API under `/__sandbox/*` (tests and the demo drive the simulated account through it).
 * Every call is a POST with a JSON body except `GET /__sandbox/state`; bad input is a 400 saying why.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord, readJson, sendJson } from './http';
import { isSandboxPlan } from './plans';
import { isPoolVariant } from './variants';
import { isFaultEndpoint, type Fault } from './faults';
import type { BalancePatch } from './account';
import type { World } from './world';

class BadRequest extends Error {}

const num = (v: unknown, name: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new BadRequest(`${name} must be a finite number`);
  return v;
};
const optNum = (v: unknown, name: string): number | undefined => (v === undefined ? undefined : num(v, name));

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
    w.account.setPlan(b.plan);
  },
  balances: (w, b) => w.account.setBalances(balancePatch(b)),
  clock: (w, b) => {
    if (b.freeze !== undefined && typeof b.freeze !== 'boolean')
      throw new BadRequest('freeze must be a boolean');
    w.account.setClock({
      now: optNum(b.now, 'now'),
      advanceMs: optNum(b.advanceMs, 'advanceMs'),
      freeze: b.freeze,
    });
  },
  anchor: (w, b) => {
    const day = num(b.day, 'day');
    const hour = num(b.hour, 'hour');
    const minute = num(b.minute, 'minute');
    if (day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
      throw new BadRequest('anchor out of range (day 1-31, hour 0-23, minute 0-59)');
    w.account.setAnchor({ day, hour, minute });
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
    w.account.nextCost = cost;
  },
  'api-key': (w, b) => {
    if (typeof b.key !== 'string' || b.key === '') throw new BadRequest('key must be a non-empty string');
    w.apiKey = b.key;
  },
  'report-cost': (w, b) => {
    if (typeof b.on !== 'boolean') throw new BadRequest('on must be a boolean');
    w.reportCost = b.on;
  },
  composer: (w, b) => {
    if (b.kind !== 'textarea' && b.kind !== 'contenteditable')
      throw new BadRequest("kind must be 'textarea' or 'contenteditable'");
    w.composer = b.kind;
  },
};

export async function handleControl(
  world: World,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  if (name === 'state' && req.method === 'GET') return sendJson(res, 200, world.state());
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
