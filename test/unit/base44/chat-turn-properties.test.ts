/**
 * Property tests of the chat-turn and app readers: whatever the builder (or something posing as it)
 * answers, they never throw and return only short ids, tokens and names of the allowed forms. Each
 * property states the expected result independently of the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CONVERSATION_USERS,
  outcomeOfStatus,
  readAppInfo,
  readChatMessageRequest,
  readChatTurn,
  readConversationUsers,
  readCreateAppRequest,
  readCreatedApp,
  readMe,
} from '../../../lib/base44/chat-turn';

const RUNS = 10_000;
const HEX24_LOWER = /^[0-9a-f]{24}$/;
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const TOKEN = /^[\w.:-]{1,64}$/;
const APP = '64b7f1a2c3d4e5f60718293a';

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const odd = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    NaN,
    'paywall',
    'error',
    'user',
    'assistant',
    'success_build',
    APP,
    APP.toUpperCase(),
    `${APP}0`,
    'm-1',
    '<img src=x onerror=alert(1)>',
    'x'.repeat(65),
    ' ',
    '',
  ),
  fc.string({ maxLength: 70 }),
  fc.integer(),
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
);
const obj = (keys: string[], inner: fc.Arbitrary<unknown> = odd) =>
  fc.dictionary(fc.constantFrom(...keys), inner, { maxKeys: keys.length });

const status = fc.oneof(odd, obj(['state', 'error_source', 'message']));
const chatTurn = fc.oneof(
  {
    weight: 3,
    arbitrary: obj(['queued', 'status', 'conversation', 'id']).chain((o) =>
      status.map((s) => ({ ...o, status: s })),
    ),
  },
  { weight: 2, arbitrary: obj(['queued', 'status', 'conversation']) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }) },
);
const message = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.uuid(), odd),
        role: fc.constantFrom<unknown>('user', 'assistant', 'system', 'USER', null),
        hidden: fc.constantFrom<unknown>(true, false, undefined, 'true', 1),
        outcome: fc.oneof(fc.record({ backend_status: odd }, { requiredKeys: [] }), odd),
        content: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: odd },
);
const conversation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ messages: fc.array(message, { maxLength: 40 }) }) },
  { weight: 1, arbitrary: obj(['messages', 'id']) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);
const jsonText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom<string | null>(null, '', 'null', '{', '[]', '{"content":1}', '{"initial_message":{}}'),
  obj(['content', 'initial_message', 'organization_id', 'name']).map((o) => JSON.stringify(o) ?? ''),
  fc
    .record({
      initial_message: fc.oneof(obj(['content']), fc.record({ content: fc.string({ maxLength: 30 }) })),
      organization_id: odd,
    })
    .map((o) => JSON.stringify(o) ?? ''),
  fc.record({ content: fc.oneof(fc.string(), odd) }).map((o) => JSON.stringify(o) ?? ''),
);

function prop<T>(arb: fc.Arbitrary<T>, check: (v: T) => void) {
  fc.assert(
    fc.property(arb, (v) => {
      check(v);
    }),
    { numRuns: RUNS },
  );
}

describe('chat-turn readers (property)', () => {
  it(`readChatTurn: never throws; the outcome follows from queued / status alone (${RUNS} cases)`, () => {
    const seen = new Set<string>();
    prop(chatTurn, (json) => {
      const r = readChatTurn(json);
      seen.add(r.value);
      let expected = 'settled';
      if (isRec(json)) {
        const s = json.status;
        if (json.queued === true) expected = 'queued';
        else if (isRec(s) && s.error_source === 'paywall') expected = 'paywalled';
        else if (isRec(s) && s.state === 'error') expected = 'failed';
      }
      expect(r.value).toBe(expected);
      if (r.recognised) {
        expect(isRec(json)).toBe(true);
        const o = json as Record<string, unknown>;
        expect(o.queued === undefined || typeof o.queued === 'boolean').toBe(true);
      }
    });
    expect([...seen].sort()).toEqual(['failed', 'paywalled', 'queued', 'settled']);
  });

  it(`readConversationUsers: only the newest visible user messages, ids and tokens of the allowed forms (${RUNS} cases)`, () => {
    let nonEmpty = 0;
    prop(conversation, (json) => {
      const out = readConversationUsers(json);
      if (!isRec(json) || !Array.isArray(json.messages)) {
        expect(out).toBeNull();
        return;
      }
      const expected = (json.messages as unknown[])
        .slice(-500)
        .filter(
          (m): m is Record<string, unknown> =>
            isRec(m) &&
            m.role === 'user' &&
            m.hidden !== true &&
            typeof m.id === 'string' &&
            MESSAGE_ID.test(m.id),
        )
        .slice(-MAX_CONVERSATION_USERS)
        .map((m) => ({
          id: m.id,
          status:
            isRec(m.outcome) &&
            typeof m.outcome.backend_status === 'string' &&
            TOKEN.test(m.outcome.backend_status)
              ? m.outcome.backend_status
              : null,
        }));
      expect(out).toEqual(expected);
      if (out!.length > 0) nonEmpty++;
    });
    expect(nonEmpty).toBeGreaterThan(RUNS / 20);
  });

  it(`readAppInfo / readCreatedApp / readMe: never throw; ids are 24 lowercase hex, names 1..200, models tokens (${RUNS} cases)`, () => {
    const body = fc.oneof(
      obj(['id', 'organization_id', 'name', 'email', 'builder_model']),
      fc.anything({ maxDepth: 3 }),
    );
    prop(body, (json) => {
      const info = readAppInfo(json);
      if (info) {
        expect(info.value.workspaceId === null || HEX24_LOWER.test(info.value.workspaceId)).toBe(true);
        const n = info.value.name;
        expect(n === null || (n.length >= 1 && n.length <= 200 && n === n.trim())).toBe(true);
      } else expect(isRec(json)).toBe(false);
      const created = readCreatedApp(json);
      if (created) {
        expect(created.appId).toMatch(HEX24_LOWER);
        expect(created.workspaceId === null || HEX24_LOWER.test(created.workspaceId)).toBe(true);
      }
      const me = readMe(json);
      if (me) expect(me.builderModel === null || TOKEN.test(me.builderModel)).toBe(true);
    });
  });

  it(`request bodies: never throw on any text; a prompt is returned only as the JSON's own string (${RUNS} cases)`, () => {
    prop(jsonText, (text) => {
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      const msg = readChatMessageRequest(text);
      expect(msg).toBe(isRec(parsed) && typeof parsed.content === 'string' ? parsed.content : null);
      const created = readCreateAppRequest(text);
      if (created) {
        const im = (parsed as { initial_message: { content: string } }).initial_message;
        expect(created.content).toBe(im.content);
        expect(created.content.trim()).not.toBe('');
        expect(created.workspaceId === null || HEX24_LOWER.test(created.workspaceId)).toBe(true);
      }
    });
  });

  it(`outcomeOfStatus: any integer, only the known outcomes (${RUNS} cases)`, () => {
    prop(fc.integer({ min: -1000, max: 10_000 }), (code) => {
      const o = outcomeOfStatus(code);
      const expected = [502, 503, 504].includes(code)
        ? 'edgeTimeout'
        : code >= 400 && code !== 401
          ? 'failed'
          : null;
      expect(o).toBe(expected);
    });
  });
});
