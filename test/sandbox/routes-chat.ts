/**
 * The builder's app and chat endpoints (base44/cli `core/resources/apps/api.ts`): a chat turn held
 * open until it settles, queued turns, the paywall, stop, parked questions, the conversation, new
 * apps with `initial_message`, and the invented streams the page can use. Error statuses and texts
 * not cited here are invented; the error body's shape is errors.ts's (http.ts `sendError`).
 */
import { randomBytes } from 'node:crypto';
import { isRecord, readJson, sendError, sendJson, sendText, type Req, type Res } from './http';
import { applyFault } from './faults-apply';
import { authorized } from './routes-auth';
import { messageJson } from './conversation';
import { openEventStream } from './sse';
import { EDGE_ERROR_PAGE } from './page';
import type { ChatMode } from './cost';
import type { Turn, TurnKind } from './turns';
import type { World } from './world';

// docs (integration credits): LLM calls, file uploads, images, SMS, API calls, DB ops, email.
const INTEGRATION_KINDS = ['llm', 'upload', 'image', 'sms', 'api', 'db', 'email', 'email_custom_domain'];
const APP_PATH = /^\/api\/apps\/([0-9a-f]{24})(\/.*)?$/;
/** invented: the limit when the query names none (the CLI always sends one). */
const DEFAULT_CONVERSATION_LIMIT = 50;
/** invented: the page's "Credits Used" number, read when More Actions opens (see messageUsage). */
const MESSAGE_USAGE = /^\/messages\/([0-9a-f-]{36})\/usage$/;

/**
 * The ChatTurn answer: `{status: {state, message, error_source}, conversation: {messages: [{role,
 * content}]}}` (api.ts ChatTurnSchema). "ready" on success is inferred from send.ts
 * (`status?.state ?? "ready"`); "error" + error_source "paywall" is send.ts's paywall. The other
 * error sources and "stopped" are invented.
 */
export function chatTurnJson(world: World, turn: Turn): Record<string, unknown> {
  const s = turn.backendStatus;
  const status =
    s === 'error_paywall'
      ? { state: 'error', message: turn.paywall?.message ?? null, error_source: 'paywall' }
      : s === 'error_build'
        ? { state: 'error', message: 'The build failed.', error_source: 'build' }
        : s === 'error_backend'
          ? { state: 'error', message: 'Something went wrong on our side.', error_source: 'backend' }
          : s === 'stopped'
            ? { state: 'stopped', message: null, error_source: null }
            : { state: 'ready', message: null, error_source: null };
  const out: Record<string, unknown> = {
    status,
    // `conversation_messages=current_turn`: this turn's messages only.
    conversation: {
      messages: world
        .conversation(turn.appId)
        .filter((m) => m.turnId === turn.id && !m.hidden)
        .map((m) => ({ role: m.role, content: m.content })),
    },
  };
  // invented (control report-cost, off by default): no per-prompt cost field has been seen.
  if (world.reportCost && s !== 'error_paywall') out.credits_used = turn.cost;
  return out;
}

function modeOf(body: Record<string, unknown>): ChatMode {
  // Seen in public userscripts: `additional_message_params.mode`; the CLI sends `{content}` only.
  const params = isRecord(body.additional_message_params) ? body.additional_message_params : {};
  return params.mode === 'discuss' ? 'discuss' : 'build';
}

/**
 * Starts a turn and answers the request: at once `{queued: true}` when another turn runs (facts
 * file), at once for a paywalled turn, otherwise when the turn settles (api.ts: "the request stays
 * open until the turn finishes") — or 504 from the "edge" if that takes longer than its timeout
 * (facts file), while the turn keeps running.
 */
function runTurn(
  world: World,
  res: Res,
  appId: string,
  kind: TurnKind,
  content: string,
  mode: ChatMode,
): void {
  const app = world.app(appId)!;
  const busy = world.engine.running(appId) !== undefined;
  const turn = world.engine.submit(appId, app.workspaceId, kind, content, mode);
  if (busy) return sendJson(res, 200, { queued: true });
  if (turn.state === 'settled') return sendJson(res, 200, chatTurnJson(world, turn));
  let answered = false;
  const finish = () => {
    answered = true;
    clearTimeout(edge);
    world.timers.delete(edge);
    world.openResponses.delete(abandon);
  };
  // A reset or stop while the turn is held: the edge gives up on it (invented).
  const abandon = () => {
    if (answered) return;
    finish();
    sendText(res, 502, 'text/html; charset=utf-8', EDGE_ERROR_PAGE(502));
  };
  const edge = world.later(world.edgeTimeoutMs, () => {
    if (answered) return;
    finish();
    sendText(res, 504, 'text/html; charset=utf-8', EDGE_ERROR_PAGE(504));
  });
  world.openResponses.add(abandon);
  turn.onSettle.push((t) => {
    if (answered) return;
    finish();
    sendJson(res, 200, chatTurnJson(world, t));
  });
  // The client gave up: the turn runs on regardless.
  res.on('close', finish);
}

async function chatMessage(world: World, req: Req, res: Res, appId: string): Promise<void> {
  const body = await readJson(req);
  if (!isRecord(body) || typeof body.content !== 'string' || body.content.trim() === '')
    return sendError(res, 400, 'content is required', 'validation_error', 'missing_content');
  // send.ts: "The backend refuses a message while a call is parked" (status and text invented).
  if (world.engine.parked(appId).length > 0)
    return sendError(
      res,
      409,
      'The builder is waiting for your answer before it can take a new message.',
      'conflict',
      'waiting_for_user_input',
    );
  runTurn(world, res, appId, 'message', body.content, modeOf(body));
}

async function toolAnswer(world: World, req: Req, res: Res, appId: string): Promise<void> {
  const body = await readJson(req);
  // api.ts answerToolCall: {tool_call_id, action: approved|rejected, extra_user_input, message_id?}.
  if (
    !isRecord(body) ||
    typeof body.tool_call_id !== 'string' ||
    (body.action !== 'approved' && body.action !== 'rejected')
  )
    return sendError(res, 400, 'tool_call_id and action are required', 'validation_error', 'bad_tool_input');
  const input = isRecord(body.extra_user_input) ? body.extra_user_input : {};
  if (!world.engine.answer(appId, body.tool_call_id, body.action, input))
    return sendError(res, 404, 'No question is waiting with this id.', 'not_found', 'tool_call_not_found');
  const answers = Array.isArray(input.answers) ? input.answers : [];
  const labels = answers
    .map((a) => (isRecord(a) && typeof a.selected_label === 'string' ? a.selected_label : null))
    .filter((l): l is string => l !== null);
  runTurn(
    world,
    res,
    appId,
    'toolAnswer',
    labels.length ? `Answer: ${labels.join(', ')}` : `Answer: ${body.action}`,
    'build',
  );
}

async function createApp(world: World, req: Req, res: Res): Promise<void> {
  const body = await readJson(req);
  const b = isRecord(body) ? body : {};
  // api.ts createApp: {name?, organization_id?, initial_message?: {content}}.
  const wsId = typeof b.organization_id === 'string' ? b.organization_id : undefined;
  const ws = world.workspace(wsId);
  if (!ws) return sendError(res, 404, 'Workspace not found', 'not_found', 'workspace_not_found');
  const name = typeof b.name === 'string' && b.name.trim() ? b.name.trim() : 'New App';
  const id = randomBytes(12).toString('hex');
  world.apps.push({ id, name, workspaceId: ws.id });
  const initial = isRecord(b.initial_message) ? b.initial_message.content : undefined;
  // api.ts: "A prompt auto-starts the first turn in the background; poll the conversation to follow it."
  if (typeof initial === 'string' && initial.trim())
    world.engine.submit(id, ws.id, 'initialMessage', initial, 'build');
  // api.ts CreatedAppSchema: {id, name?}. invented: the status (the CLI accepts any 2xx).
  sendJson(res, 201, { id, name });
}

function conversationJson(world: World, appId: string, limit: number) {
  const opts = { reportCost: world.reportCost };
  return {
    messages: world
      .conversation(appId)
      .slice(-limit)
      .map((m) => messageJson(m, opts)),
  };
}

/**
 * invented: the docs show "Credits Used" under More Actions, not where its number comes from. The
 * sandbox page asks this endpoint when the user opens More Actions, so no chat response carries a
 * per-prompt cost by default. `credits_used` is null until the reply's turn has settled.
 */
function messageUsage(world: World, res: Res, appId: string, messageId: string): void {
  const m = world.conversation(appId).find((x) => x.id === messageId && x.role === 'assistant');
  if (!m) return sendError(res, 404, 'Message not found', 'not_found', 'message_not_found');
  sendJson(res, 200, { message_id: m.id, credits_used: m.creditsUsed ?? null });
}

/** invented: the page's alternative to polling — the conversation pushed on every change. */
function chatStream(world: World, res: Res, path: string, appId: string): void {
  const stream = openEventStream(world, res, path);
  const push = () => stream.send('conversation', conversationJson(world, appId, DEFAULT_CONVERSATION_LIMIT));
  push();
  const listener = (changed: string) => {
    if (changed === appId) push();
  };
  world.listeners.add(listener);
  const ping = setInterval(() => stream.comment('ping'), 5000);
  stream.onClose(() => {
    world.listeners.delete(listener);
    clearInterval(ping);
  });
}

/** invented: a never-ending event stream the page opens on each editor load; a ping every second. */
function appEvents(world: World, res: Res, path: string): void {
  const stream = openEventStream(world, res, path);
  let n = 0;
  const ping = setInterval(() => stream.send('ping', { n: ++n }), 1000);
  stream.onClose(() => clearInterval(ping));
}

/** Routes /api/apps and /api/apps/{id}/…; false when nothing matched. */
export async function handleApps(
  world: World,
  req: Req,
  res: Res,
  method: string,
  url: URL,
): Promise<boolean> {
  const p = url.pathname;
  if (p === '/api/apps' && method === 'POST') {
    if (await applyFault(world, 'apps', res)) return true;
    if (authorized(world, req, res)) await createApp(world, req, res);
    return true;
  }
  const m = APP_PATH.exec(p);
  if (!m) return false;
  const appId = m[1]!;
  const sub = m[2] ?? '';
  const known = new Set([
    '',
    '/chat/message',
    '/chat/submit-tool-call-input',
    '/chat/stop',
    '/chat/full-conversation',
    '/chat/stream',
    '/events',
  ]);
  const usage = MESSAGE_USAGE.exec(sub);
  if (!known.has(sub) && !usage && !/^\/integrations\/[a-z_]+$/.test(sub)) return false;
  const faultFor =
    sub === '/chat/full-conversation'
      ? 'conversation'
      : sub === ''
        ? 'apps'
        : sub.startsWith('/chat/')
          ? 'chat'
          : null;
  if (faultFor && (await applyFault(world, faultFor, res))) return true;
  if (!authorized(world, req, res)) return true;
  const app = world.app(appId);
  if (!app) return (sendError(res, 404, 'App not found', 'not_found', 'app_not_found'), true);

  if (method === 'GET' && sub === '') {
    // api.ts AppStateSchema; the app's status "flaps mid-turn" (stream.ts); "processing" is from send.ts.
    // organization_id: facts file, "Which workspace pays"; name as CreatedAppSchema names the app.
    const running = world.engine.running(appId) !== undefined;
    sendJson(res, 200, {
      id: app.id,
      name: app.name,
      organization_id: app.workspaceId,
      app_type: 'user_app',
      status: { state: running ? 'processing' : 'ready', message: null, error_source: null },
    });
  } else if (method === 'POST' && sub === '/chat/message') await chatMessage(world, req, res, appId);
  else if (method === 'POST' && sub === '/chat/submit-tool-call-input')
    await toolAnswer(world, req, res, appId);
  else if (method === 'POST' && sub === '/chat/stop') {
    // api.ts stopTurn; the answer body is invented (the CLI ignores it).
    const stopped = world.engine.stop(appId);
    sendJson(res, 200, { stopped: stopped !== null });
  } else if (method === 'GET' && sub === '/chat/full-conversation') {
    const n = Number(url.searchParams.get('limit'));
    const limit = Number.isInteger(n) && n > 0 ? Math.min(n, 200) : DEFAULT_CONVERSATION_LIMIT;
    sendJson(res, 200, conversationJson(world, appId, limit));
  } else if (method === 'GET' && sub === '/chat/stream') chatStream(world, res, p, appId);
  else if (method === 'GET' && sub === '/events') appEvents(world, res, p);
  else if (method === 'GET' && usage) messageUsage(world, res, appId, usage[1]!);
  else if (method === 'POST' && sub.startsWith('/integrations/')) {
    // invented: the built app calling a Base44 service (LLM, upload, image, SMS, API, DB op, email).
    const kind = sub.slice('/integrations/'.length);
    if (!INTEGRATION_KINDS.includes(kind))
      return (sendError(res, 404, `Unknown integration '${kind}'`, 'not_found', 'unknown_integration'), true);
    const ws = world.workspace(app.workspaceId)!;
    const charge = ws.account.chargeIntegration(kind === 'email_custom_domain' ? 2 : 1);
    if (!charge.ok)
      return (sendError(res, charge.status, charge.message, charge.errorType, charge.reason), true);
    // invented body, like the endpoint.
    sendJson(res, 200, { ok: true, kind, integration_credits_used: charge.cost });
  } else sendError(res, 405, `${method} is not allowed here`, 'method_not_allowed'); // invented status and text
  return true;
}
