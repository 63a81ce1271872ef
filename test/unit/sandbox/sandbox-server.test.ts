/**
 * The simulated Base44 (test/sandbox) on its own, over real HTTPS from Node: chat turns held open,
 * queued and paywalled, the edge's 504, conversation outcomes, stop, parked questions, new apps,
 * workspaces, token refresh, the Monitoring API's refusals and event-stream bookkeeping.
 */
import { connect } from 'node:http2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server';
import { createControlClient, sandboxRequest, type RawResponse } from '../../sandbox/control-client';
import {
  DEFAULT_API_KEY,
  DEFAULT_APP_ID,
  DEFAULT_WORKSPACE_ID,
  REFRESH_TOKEN,
  SECOND_APP_ID,
  SESSION_TOKEN,
  TEAM_APP_ID,
  TEAM_WORKSPACE_ID,
} from '../../sandbox/ids';
import type { SandboxControl, SandboxState } from '../../sandbox/control-types';

let server: SandboxServer;
let control: SandboxControl;

beforeAll(async () => {
  server = await startSandboxServer();
  control = createControlClient(server.port, server.cert);
});
afterAll(() => server?.stop());
beforeEach(async () => {
  await control.reset();
  await control.setTurn({ durationMs: 300 });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function call(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  const token = init.token === undefined ? SESSION_TOKEN : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return sandboxRequest(server.port, server.cert, path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const json = (r: RawResponse) => JSON.parse(r.text) as Json;
const send = (appId: string, content: string, extra: Json = {}) =>
  call(`/api/apps/${appId}/chat/message?conversation_messages=current_turn`, { body: { content, ...extra } });
const conversation = async (appId: string) =>
  json(await call(`/api/apps/${appId}/chat/full-conversation?limit=30`)).messages as Json[];
const userOutcomes = async (appId: string) =>
  (await conversation(appId)).filter((m) => m.role === 'user').map((m) => m.outcome?.backend_status);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await sleep(25);
  }
}

describe('a chat turn', () => {
  it('is held open until the turn settles, then answered with a ChatTurn; charged at the settle', async () => {
    await control.setTurn({ durationMs: 600 });
    await control.setNextCost(0.7);
    const pending = send(DEFAULT_APP_ID, 'make the title bold', {
      role: 'user',
      additional_message_params: { mode: 'build' },
    });
    // While it runs: the user message is "pending" and nothing is charged yet.
    const running = await until(
      () => control.state(),
      (s) => s.turns.length === 1,
    );
    expect(running.turns[0]).toMatchObject({
      state: 'running',
      backendStatus: 'pending',
      cost: 0,
      kind: 'message',
    });
    expect(running.message.used).toBe(0);
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['pending']);

    const r = await pending;
    const answeredAt = Date.now();
    expect(r.status).toBe(200);
    expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const turn = json(r);
    expect(turn.status).toEqual({ state: 'ready', message: null, error_source: null });
    expect(turn.conversation.messages.map((m: Json) => m.role)).toEqual(['user', 'assistant']);
    expect(turn).not.toHaveProperty('credits_used');
    const s = await control.state();
    expect(s.turns[0]).toMatchObject({ state: 'settled', backendStatus: 'success_build', cost: 0.7 });
    // Answered only once the turn had settled (the sandbox clock is wall time after a reset).
    expect(answeredAt).toBeGreaterThanOrEqual(s.turns[0]!.settledAt!);
    expect(s.message.used).toBe(0.7);
    expect(s.messages).toEqual([
      { appId: DEFAULT_APP_ID, content: 'make the title bold', cost: 0.7, mode: 'build' },
    ]);
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['success_build']);
    // The reply carries its steps as tool calls with a summary, and no cost field by default; the
    // page's "Credits Used" number comes from the (invented) usage endpoint.
    const reply = (await conversation(DEFAULT_APP_ID))[1]!;
    expect(reply.role).toBe('assistant');
    expect(reply).not.toHaveProperty('credits_used');
    expect(JSON.parse(reply.tool_calls[0].arguments_string)).toHaveProperty('summary');
    const usage = await call(`/api/apps/${DEFAULT_APP_ID}/messages/${reply.id}/usage`);
    expect(json(usage)).toEqual({ message_id: reply.id, credits_used: 0.7 });
    const user = (await conversation(DEFAULT_APP_ID))[0]!;
    expect((await call(`/api/apps/${DEFAULT_APP_ID}/messages/${user.id}/usage`)).status).toBe(404);
  });

  it('states credits_used in the ChatTurn and on replies in the conversation only with report-cost on', async () => {
    await control.setReportCost(true);
    await control.setNextCost(1.2);
    expect(json(await send(DEFAULT_APP_ID, 'add a filter'))).toMatchObject({ credits_used: 1.2 });
    expect((await conversation(DEFAULT_APP_ID))[1]).toMatchObject({ role: 'assistant', credits_used: 1.2 });
    await control.setReportCost(false);
    expect((await conversation(DEFAULT_APP_ID))[1]).not.toHaveProperty('credits_used');
  });

  it('queues a message while a turn runs: answered at once, run next with its own charge and outcome', async () => {
    await control.setTurn({ durationMs: 500 });
    await control.setNextCost(1);
    const first = send(DEFAULT_APP_ID, 'first prompt');
    await until(
      () => control.state(),
      (s) => s.turns.length === 1,
    );
    const second = await send(DEFAULT_APP_ID, 'second prompt');
    expect(json(second)).toEqual({ queued: true });
    // Answered at once: the first turn is still running.
    let s = await control.state();
    expect(s.turns.map((x) => x.state)).toEqual(['running', 'queued']);
    // invented: a queued message is not in the conversation until its turn starts.
    expect((await conversation(DEFAULT_APP_ID)).map((m) => m.content)).toEqual(['first prompt']);
    await first;
    s = await until(
      () => control.state(),
      (x) => x.turns[1]!.state === 'settled',
    );
    expect(s.turns.map((x) => [x.state, x.backendStatus])).toEqual([
      ['settled', 'success_build'],
      ['settled', 'success_build'],
    ]);
    expect(s.turns[0]!.cost).toBe(1);
    expect(s.turns[1]!.cost).toBeGreaterThan(0);
    expect(s.message.used).toBe(Math.round((1 + s.turns[1]!.cost) * 10) / 10);
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['success_build', 'success_build']);
    // Another app is not busy: its turn runs at once.
    await control.setTurn({ durationMs: 300 });
    const other = send(SECOND_APP_ID, 'other app');
    const a = send(DEFAULT_APP_ID, 'again');
    expect(json(await other).status.state).toBe('ready');
    expect(json(await a).status.state).toBe('ready');
  });

  it('is paywalled when the pool (plus bonus) is empty or the free daily cap is used up: 200, nothing charged', async () => {
    await control.setBalances({ messageUsed: 25 });
    const r = await send(DEFAULT_APP_ID, 'add a page');
    expect(r.status).toBe(200);
    expect(json(r).status).toMatchObject({ state: 'error', error_source: 'paywall' });
    expect(json(r).status.message).toMatch(/out of credits/);
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['error_paywall']);
    let s = await control.state();
    expect([s.message.used, s.messages, s.turns[0]!.backendStatus, s.turns[0]!.cost]).toEqual([
      25,
      [],
      'error_paywall',
      0,
    ]);
    // Bonus credits keep it going.
    await control.setBalances({ bonus: 2 });
    expect(json(await send(DEFAULT_APP_ID, 'add a page')).status.state).toBe('ready');

    await control.reset();
    await control.setTurn({ durationMs: 50 });
    await control.setBalances({ dailyUsed: 5 });
    const daily = json(await send(DEFAULT_APP_ID, 'add a form'));
    expect(daily.status).toMatchObject({ state: 'error', error_source: 'paywall' });
    expect(daily.status.message).toMatch(/daily limit of 5/);
    s = await control.state();
    expect(s.daily).toEqual({ used: 5, limit: 5 });
  });

  it('gets a 504 from the edge when it outlasts the edge timeout, and keeps running to its settle', async () => {
    await control.setTurn({ durationMs: 700 });
    await control.setEdge({ timeoutMs: 200 });
    await control.setNextCost(0.5);
    const r = await send(DEFAULT_APP_ID, 'a long one');
    expect(r.status).toBe(504);
    expect(String(r.headers['content-type'])).toMatch(/text\/html/);
    expect(r.text).toContain('504 Gateway Timeout');
    expect((await control.state()).turns[0]!.state).toBe('running');
    const s = await until(
      () => control.state(),
      (x) => x.turns[0]!.state === 'settled',
    );
    expect(s.turns[0]).toMatchObject({ backendStatus: 'success_build', cost: 0.5 });
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['success_build']);
  });

  it('ends with the outcome set by turn-outcome, once', async () => {
    await control.setTurnOutcome('error_build');
    const r = json(await send(DEFAULT_APP_ID, 'break it'));
    expect(r.status).toMatchObject({ state: 'error' });
    json(await send(DEFAULT_APP_ID, 'fix it'));
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['error_build', 'success_build']);
  });

  it('stops on chat/stop: outcome "stopped", half the cost charged', async () => {
    await control.setTurn({ durationMs: 5000 });
    await control.setNextCost(1.5);
    const pending = send(DEFAULT_APP_ID, 'a big change');
    await until(
      () => control.state(),
      (s) => s.turns.length === 1,
    );
    const stop = await call(`/api/apps/${DEFAULT_APP_ID}/chat/stop`, { method: 'POST' });
    expect(json(stop)).toEqual({ stopped: true });
    expect(json(await pending).status.state).toBe('stopped');
    const s = await control.state();
    expect(s.turns[0]).toMatchObject({ backendStatus: 'stopped', cost: 0.8 });
    expect(s.message.used).toBe(0.8);
    expect(await userOutcomes(DEFAULT_APP_ID)).toEqual(['stopped']);
    expect(json(await call(`/api/apps/${DEFAULT_APP_ID}/chat/stop`, { method: 'POST' }))).toEqual({
      stopped: false,
    });
  });

  it('parks a question; a message is refused while it waits; the answer starts a new held turn', async () => {
    await control.setPark(true);
    await send(DEFAULT_APP_ID, 'build a task list');
    const parked = (await conversation(DEFAULT_APP_ID))
      .flatMap((m) => m.tool_calls ?? [])
      .find((c: Json) => c.status === 'waiting_for_user_input');
    expect(parked).toMatchObject({ name: 'ask_clarifying_questions', waiting_on: { kind: 'choice' } });
    expect(JSON.parse(parked.arguments_string).questions[0].options.length).toBeGreaterThan(1);

    const refused = await send(DEFAULT_APP_ID, 'something else');
    expect(refused.status).toBe(409);
    expect(json(refused)).toMatchObject({
      error_type: 'conflict',
      extra_data: { reason: 'waiting_for_user_input' },
    });

    const wrong = await call(`/api/apps/${DEFAULT_APP_ID}/chat/submit-tool-call-input`, {
      body: { tool_call_id: 'nope', action: 'approved', extra_user_input: {} },
    });
    expect(wrong.status).toBe(404);

    const answer = await call(`/api/apps/${DEFAULT_APP_ID}/chat/submit-tool-call-input`, {
      body: {
        tool_call_id: parked.id,
        action: 'approved',
        extra_user_input: { answers: [{ question_index: 0, selected_label: 'Cards' }] },
      },
    });
    expect(json(answer).status.state).toBe('ready');
    const s = await control.state();
    expect(s.turns.map((t) => [t.kind, t.backendStatus])).toEqual([
      ['message', 'success_build'],
      ['toolAnswer', 'success_build'],
    ]);
    const messages = await conversation(DEFAULT_APP_ID);
    expect(messages.flatMap((m) => m.tool_calls ?? []).find((c: Json) => c.id === parked.id).status).toBe(
      'success',
    );
    // The answer's user message is hidden (invented) but carries the turn's outcome.
    expect(
      messages.filter((m) => m.role === 'user').map((m) => [m.hidden ?? false, m.outcome.backend_status]),
    ).toEqual([
      [false, 'success_build'],
      [true, 'success_build'],
    ]);
    expect(s.messages.map((m) => m.content)).toEqual(['build a task list']);
  });
});

describe('apps and workspaces', () => {
  it('creates an app whose initial_message starts the first turn server-side', async () => {
    const r = await call('/api/apps', {
      body: {
        name: 'Habits',
        organization_id: TEAM_WORKSPACE_ID,
        initial_message: { content: 'A habit tracker' },
      },
    });
    expect(r.status).toBe(201);
    const { id, name } = json(r);
    expect([id, name]).toEqual([expect.stringMatching(/^[0-9a-f]{24}$/), 'Habits']);
    expect(await userOutcomes(id)).toEqual(['pending']);
    const app = json(await call(`/api/apps/${id}`));
    expect(app).toMatchObject({
      id,
      organization_id: TEAM_WORKSPACE_ID,
      app_type: 'user_app',
      status: { state: 'processing' },
    });
    const s = await until(
      () => control.state({ workspaceId: TEAM_WORKSPACE_ID }),
      (x) => x.turns[0]?.state === 'settled',
    );
    expect(s.turns[0]).toMatchObject({ kind: 'initialMessage', workspaceId: TEAM_WORKSPACE_ID, appId: id });
    // Workspace B paid, not A.
    expect(s.message.used).toBe(s.turns[0]!.cost);
    expect((await control.state()).message.used).toBe(0);
    expect(json(await call(`/api/apps/${id}`)).status.state).toBe('ready');
    expect((await call('/api/apps', { body: { organization_id: '000000000000000000000000' } })).status).toBe(
      404,
    );
  });

  it('lists the workspaces personal first, with tiers any string, and apps by workspace', async () => {
    await control.setTier({
      workspaceId: TEAM_WORKSPACE_ID,
      tier: 'enterprise_custom',
      messageLimit: 3000,
      integrationLimit: 80000,
    });
    const list = json(await call('/api/workspace/workspaces')).workspaces as Json[];
    expect(list).toEqual([
      {
        id: DEFAULT_WORKSPACE_ID,
        name: "Sam's workspace",
        user_role: 'owner',
        subscription_tier: 'free',
        is_enterprise: false,
      },
      {
        id: TEAM_WORKSPACE_ID,
        name: 'Acme team',
        user_role: 'member',
        subscription_tier: 'enterprise_custom',
        is_enterprise: false,
      },
    ]);
    const b = await control.state({ workspaceId: TEAM_WORKSPACE_ID });
    expect([b.plan, b.message.limit, b.integration.limit, b.daily]).toEqual([
      'enterprise_custom',
      3000,
      80000,
      null,
    ]);
    expect(json(await call(`/api/apps/${TEAM_APP_ID}`)).organization_id).toBe(TEAM_WORKSPACE_ID);
    expect(json(await call(`/api/apps/${DEFAULT_APP_ID}`)).organization_id).toBe(DEFAULT_WORKSPACE_ID);
    expect((await call('/api/apps/000000000000000000000000')).status).toBe(404);
    // Each workspace has its own balance.
    await control.setBalances({ workspaceId: TEAM_WORKSPACE_ID, messageUsed: 12 });
    const balance = json(await call(`/api/workspace/${TEAM_WORKSPACE_ID}/credit-balance`));
    expect(balance).toMatchObject({
      workspace_id: TEAM_WORKSPACE_ID,
      credits: { messages: { used: 12, limit: 3000 } },
    });
    const billing = json(await call(`/api/billing/credits?workspace_id=${DEFAULT_WORKSPACE_ID}`));
    expect(billing).toMatchObject({
      data: { organization_id: DEFAULT_WORKSPACE_ID, credit_pool: { tier: 'free' } },
    });
  });

  it('reports the builder model on /api/auth/me', async () => {
    expect(json(await call('/api/auth/me')).builder_model).toBeNull();
    await control.setModel('claude-sonnet');
    expect(json(await call('/api/auth/me'))).toMatchObject({
      email: 'sam@example.com',
      builder_model: 'claude-sonnet',
    });
  });
});

describe('the session', () => {
  it('expires the token (401), refreshes it once, and after sign-out refuses the refresh too', async () => {
    await control.expireToken();
    const expired = await call('/api/auth/me');
    expect(expired.status).toBe(401);
    expect(json(expired)).toMatchObject({
      error_type: 'authentication_error',
      extra_data: { reason: 'token_expired', errors: [] },
    });
    expect(expired.headers['x-request-id']).toBeTruthy();
    const refreshed = json(
      await call('/api/auth/refresh', { token: null, body: { refresh_token: REFRESH_TOKEN } }),
    );
    expect(refreshed.access_token).not.toBe(SESSION_TOKEN);
    expect((await call('/api/auth/me', { token: refreshed.access_token })).status).toBe(200);
    expect((await call('/api/auth/me')).status).toBe(401);

    await control.signOut();
    expect((await call('/api/auth/me', { token: refreshed.access_token })).status).toBe(401);
    expect(
      (await call('/api/auth/refresh', { token: null, body: { refresh_token: REFRESH_TOKEN } })).status,
    ).toBe(401);
    // Signed out, the page has no token and goes to the sign-in page.
    const page = await call('/apps/' + DEFAULT_APP_ID + '/editor/preview', { token: null });
    expect(page.text).toContain('"token":null');
    expect((await call('/login', { token: null })).status).toBe(200);
  });
});

describe('the Monitoring API', () => {
  const analytics = (ws: string, key?: string) =>
    call(`/api/v1/monitoring/analytics/${ws}?from=2026-01-01&to=2027-12-31`, {
      token: null,
      headers: key === undefined ? {} : { api_key: key },
    });

  it('refuses: missing/unknown key 401, wrong role 401, not Enterprise 403, unknown workspace 404', async () => {
    const missing = await analytics(DEFAULT_WORKSPACE_ID);
    expect([missing.status, json(missing)]).toEqual([
      401,
      {
        message: 'Invalid API key',
        error_type: 'authentication_error',
        extra_data: { reason: 'missing_api_key', errors: [] },
      },
    ]);
    expect((await analytics(DEFAULT_WORKSPACE_ID, 'nope')).status).toBe(401);
    const free = await analytics(DEFAULT_WORKSPACE_ID, DEFAULT_API_KEY);
    expect([free.status, json(free).error_type, json(free).extra_data.reason]).toEqual([
      403,
      'forbidden',
      'not_enterprise',
    ]);
    await control.setEnterprise(TEAM_WORKSPACE_ID, true);
    const member = await analytics(TEAM_WORKSPACE_ID, DEFAULT_API_KEY);
    expect([member.status, json(member).message, json(member).extra_data.reason]).toEqual([
      401,
      'You are not an owner or admin of this workspace.',
      'insufficient_role',
    ]);
    await control.setWorkspace({ workspaceId: TEAM_WORKSPACE_ID, role: 'admin' });
    expect((await analytics(TEAM_WORKSPACE_ID, DEFAULT_API_KEY)).status).toBe(200);
    const unknown = await analytics('000000000000000000000000', DEFAULT_API_KEY);
    expect([unknown.status, json(unknown).error_type]).toEqual([404, 'not_found']);
  });

  it('serves Enterprise workspaces (flag or tier); a workspace key only for its own workspace', async () => {
    await control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    await control.setNextCost(0.9);
    await send(DEFAULT_APP_ID, 'rename the app');
    const ok = json(await analytics(DEFAULT_WORKSPACE_ID, DEFAULT_API_KEY));
    expect(ok.credit_pool).toMatchObject({ tier: 'free', messages: { used: 0.9 } });
    expect(ok.summary).toMatchObject({ total_messages: 1, total_message_credits: 0.9 });

    await control.setTier({
      workspaceId: TEAM_WORKSPACE_ID,
      tier: 'enterprise',
      messageLimit: 3000,
      integrationLimit: 80000,
    });
    await control.setWorkspace({ workspaceId: TEAM_WORKSPACE_ID, role: 'owner' });
    await control.setWorkspaceKey(TEAM_WORKSPACE_ID, 'b44k_team');
    expect((await analytics(TEAM_WORKSPACE_ID, 'b44k_team')).status).toBe(200);
    expect((await analytics(DEFAULT_WORKSPACE_ID, 'b44k_team')).status).toBe(401);
  });
});

describe('event streams', () => {
  it('records the open and the close when an HTTP/2 client cancels the stream', async () => {
    const session = connect(`https://127.0.0.1:${server.port}`, {
      ca: server.cert,
      servername: 'app.base44.com',
    });
    try {
      const stream = session.request({
        ':path': `/api/apps/${DEFAULT_APP_ID}/events`,
        authorization: `Bearer ${SESSION_TOKEN}`,
      });
      const headers = await new Promise<Json>((resolve) => stream.once('response', resolve));
      expect(headers['content-type']).toMatch(/text\/event-stream/);
      // A ping arrives within about a second.
      const ping = await new Promise<string>((resolve) => {
        let buf = '';
        stream.on('data', (c: Buffer) => {
          buf += c.toString();
          if (buf.includes('event: ping')) resolve(buf);
        });
      });
      expect(ping).toContain('data: {"n":1}');
      let s: SandboxState = await control.state();
      expect(s.streams).toEqual([
        { path: `/api/apps/${DEFAULT_APP_ID}/events`, openedAt: expect.any(Number), closedAt: null },
      ]);
      const cancelledAt = Date.now();
      stream.close();
      s = await until(
        () => control.state(),
        (x) => x.streams[0]!.closedAt !== null,
      );
      expect(s.streams[0]!.closedAt! - cancelledAt).toBeLessThan(1000);
      expect(s.streams[0]!.closedAt!).toBeGreaterThanOrEqual(cancelledAt);
    } finally {
      session.close();
    }
  });

  it('pushes the conversation on each change in the chat stream (page-follow stream mode)', async () => {
    const session = connect(`https://127.0.0.1:${server.port}`, {
      ca: server.cert,
      servername: 'app.base44.com',
    });
    try {
      const stream = session.request({
        ':path': `/api/apps/${DEFAULT_APP_ID}/chat/stream`,
        authorization: `Bearer ${SESSION_TOKEN}`,
      });
      const events: Json[] = [];
      let buf = '';
      stream.on('data', (c: Buffer) => {
        buf += c.toString();
        const parts = buf.split('\n\n');
        buf = parts.pop()!;
        for (const p of parts) {
          const line = p.split('\n').find((l) => l.startsWith('data: '));
          if (line) events.push(JSON.parse(line.slice(6)) as Json);
        }
      });
      await until(
        async () => events.length,
        (n) => n >= 1,
      );
      await send(DEFAULT_APP_ID, 'make it blue');
      await until(
        async () => events.length,
        (n) => n >= 3,
      );
      const outcomes = events.map(
        (e) => (e.messages as Json[]).find((m) => m.role === 'user')?.outcome?.backend_status,
      );
      expect(outcomes.slice(0, 3)).toEqual([undefined, 'pending', 'success_build']);
      stream.close();
    } finally {
      session.close();
    }
  });

  it('answers unknown control input with 400 and a reason', async () => {
    await expect(control.setTurnOutcome('pending' as never)).rejects.toThrow(/400/);
    await expect(control.setWorkspaceKey(DEFAULT_WORKSPACE_ID, 'plain-key')).rejects.toThrow(/b44k_/);
    await expect(control.state({ workspaceId: 'nope' })).rejects.toThrow(/404/);
  });
});
