/**
 * Builder bodies shaped like the ones Base44's own CLI reads (base44/cli apps/api.ts, 2026), with
 * made-up values. Shared by the recogniser, installer and property tests.
 */
export const APP = '64b7f1a2c3d4e5f60718293a';
export const NEW_APP = '65c0ffee00112233445566aa';
export const WS = '64b7f1a2c3d4e5f607180000';
export const OTHER_WS = '64b7f1a2c3d4e5f607189999';
export const ORIGIN = 'https://app.base44.com';

export const urls = {
  chat: `${ORIGIN}/api/apps/${APP}/chat/message?conversation_messages=current_turn`,
  toolAnswer: `${ORIGIN}/api/apps/${APP}/chat/submit-tool-call-input`,
  stop: `${ORIGIN}/api/apps/${APP}/chat/stop`,
  conversation: `${ORIGIN}/api/apps/${APP}/chat/full-conversation?limit=30`,
  app: `${ORIGIN}/api/apps/${APP}`,
  createApp: `${ORIGIN}/api/apps`,
  me: `${ORIGIN}/api/auth/me`,
  workspaces: `${ORIGIN}/api/workspace/workspaces`,
};

export const turn = {
  settled: {
    status: { state: 'completed', message: null, error_source: null },
    conversation: {
      messages: [
        { role: 'user', content: 'Add a login page' },
        { role: 'assistant', content: 'I added a login page with email and password fields.' },
      ],
    },
  },
  queued: { queued: true },
  paywalled: {
    status: {
      state: 'error',
      message: 'The workspace is out of credits — nothing ran',
      error_source: 'paywall',
    },
    conversation: { messages: [] },
  },
  failed: { status: { state: 'error', message: 'The agent hit an error', error_source: 'agent' } },
};

export const conversation = {
  messages: [
    {
      id: 'b0a1c3d2-0000-4000-8000-000000000001',
      role: 'user',
      content: 'Build a recipe box',
      outcome: { backend_status: 'success_build' },
    },
    { id: 'b0a1c3d2-0000-4000-8000-000000000002', role: 'assistant', content: 'Done.', tool_calls: [] },
    { id: 'b0a1c3d2-0000-4000-8000-000000000003', role: 'user', hidden: true, content: '[auto-fix]' },
    { id: 'b0a1c3d2-0000-4000-8000-000000000004', role: 'user', content: 'Add tags', outcome: null },
    {
      id: 'b0a1c3d2-0000-4000-8000-000000000005',
      role: 'assistant',
      content: 'Working…',
      reasoning: { content: 'hm' },
    },
    {
      id: 'b0a1c3d2-0000-4000-8000-000000000006',
      role: 'user',
      content: 'Make it blue',
      outcome: { backend_status: 'pending' },
    },
  ],
};

export const appRecord = {
  id: APP,
  name: 'Recipe Box',
  organization_id: WS,
  app_type: 'user_app',
  status: { state: 'ready', message: null, error_source: null },
  created_date: '2026-11-02T09:12:00.000Z',
};

export const me = {
  id: '64b7f1a2c3d4e5f607181111',
  email: 'sam@example.com',
  full_name: 'Sam Sandbox',
  role: 'user',
  builder_model: 'claude-sonnet-4.5',
};

export const createAppRequest = {
  name: 'Habit tracker',
  organization_id: OTHER_WS,
  initial_message: { content: 'A habit tracker with streaks and reminders' },
};

export const createdApp = { id: NEW_APP, name: 'Habit tracker', organization_id: OTHER_WS };

export const workspaces = {
  workspaces: [
    { id: WS, name: "Sam's workspace", user_role: 'owner', subscription_tier: 'pro' },
    { id: OTHER_WS, name: 'Team', user_role: 'editor', subscription_tier: 'business', is_enterprise: false },
  ],
};

export const creditBalance = {
  workspace_id: WS,
  credits: {
    credit_pool: {
      messages: { limit: 500, used: 120, remaining: 380 },
      integration: { limit: 20000, used: 35, remaining: 19965 },
    },
  },
};

export const backendError = {
  message: 'Token expired',
  error_type: 'auth_error',
  extra_data: { reason: 'expired', errors: [] },
};
