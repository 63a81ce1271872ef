/**
 * Property tests: whatever the page (or a changed Base44) sends, validation and the recognisers
 * never throw, and nothing malformed gets through. Validation is checked against an independent
 * statement of the contract; every recogniser output must survive validation unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  recogniseRequest,
  recogniseResponse,
  type ObservedResponse,
  type ResponseBody,
} from '../../../lib/page-observer/recognise';
import type { PageObservation } from '../../../lib/schema/observation';
import { validateObservation } from '../../../lib/schema/observation';
import * as fx from './fixtures';
import { NOW, rawObservation, satisfiesContract } from './contract';

const RUNS = 10_000;

describe('validateObservation (property)', () => {
  it(`never throws, and accepts only what the contract allows (${RUNS} cases)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(rawObservation, (raw) => {
        const out = validateObservation(raw, NOW);
        if (out === null) return true;
        accepted++;
        expect(satisfiesContract(out)).toBe(true);
        // Validation is a fixed point: what it lets through passes again unchanged.
        expect(validateObservation(out, NOW)).toEqual(out);
        return true;
      }),
      { numRuns: RUNS },
    );
    // The generator reaches the accepting paths too, not only the rejections.
    expect(accepted).toBeGreaterThan(RUNS / 50);
  });
});

/** Bodies: the fixtures, the fixtures with fields swapped for odd values, and arbitrary JSON. */
const fixtureBodies: unknown[] = [
  fx.turn.settled,
  fx.turn.queued,
  fx.turn.paywalled,
  fx.turn.failed,
  fx.conversation,
  fx.appRecord,
  fx.me,
  fx.createdApp,
  fx.workspaces,
  fx.creditBalance,
  fx.backendError,
];
const oddValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, true, 'paywall', 'error', fx.APP.toUpperCase(), '<b>', 'x'.repeat(300)),
);
const mutatedFixture = fc
  .record({
    base: fc.constantFrom(...fixtureBodies),
    patch: fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'organization_id',
        'queued',
        'status',
        'messages',
        'builder_model',
        'workspace_id',
        'workspaces',
        'conversation',
        'credits',
        'credits_used',
        'email',
      ),
      oddValue,
      { maxKeys: 3 },
    ),
  })
  .map(({ base, patch }) => ({ ...(base as object), ...patch }));
const userMessages = fc.array(
  fc.record({
    id: fc.oneof(fc.uuid(), fc.string({ maxLength: 70 }), fc.integer()),
    role: fc.constantFrom('user', 'assistant', 'system', 7),
    hidden: fc.constantFrom(undefined, true, false, 'yes'),
    content: fc.string(),
    outcome: fc.oneof(
      fc.constant(null),
      fc.record({
        backend_status: fc.oneof(
          fc.constantFrom('pending', 'success_build', 'error_paywall'),
          fc.string({ maxLength: 70 }),
        ),
      }),
    ),
  }),
  { maxLength: 30 },
);
const jsonBody = fc.oneof(
  { weight: 3, arbitrary: mutatedFixture },
  { weight: 1, arbitrary: userMessages.map((messages) => ({ messages })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }) },
);
const body: fc.Arbitrary<ResponseBody> = fc.oneof(
  { weight: 5, arbitrary: jsonBody.map((j) => ({ text: JSON.stringify(j) ?? '' })) },
  { weight: 2, arbitrary: jsonBody.map((j) => ({ json: j })) },
  { weight: 1, arbitrary: fc.string().map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom<ResponseBody>('tooLarge', 'notJson', 'unread') },
);
const id = fc.oneof(
  fc.constantFrom(fx.APP, fx.APP.toUpperCase(), fx.WS),
  fc.stringMatching(/^[0-9a-f]{24}$/),
  fc.string({ maxLength: 30 }),
);
const url = fc.oneof(
  fc
    .record({
      origin: fc.constantFrom(
        fx.ORIGIN,
        fx.ORIGIN,
        fx.ORIGIN,
        'https://evil.example',
        'http://app.base44.com',
        '',
      ),
      path: fc.oneof(
        id.map((i) => `/api/apps/${i}/chat/message`),
        id.map((i) => `/api/apps/${i}/chat/submit-tool-call-input`),
        id.map((i) => `/api/apps/${i}/chat/stop`),
        id.map((i) => `/api/apps/${i}/chat/full-conversation`),
        id.map((i) => `/api/apps/${i}`),
        id.map((i) => `/api/workspace/${i}/credit-balance`),
        id.map((i) => `/api/v1/monitoring/analytics/${i}`),
        fc.constantFrom('/api/apps', '/api/auth/me', '/api/workspace/workspaces', '/apps/x/editor'),
        fc.webPath(),
      ),
      query: fc.oneof(
        fc.constant(''),
        fc.webQueryParameters().map((q) => `?${q}`),
        id.map((i) => `?workspace_id=${i}`),
      ),
    })
    .map(({ origin, path, query }) => `${origin}${path}${query}`),
  fc.string(),
);
const requestBody = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc
    .record({
      organization_id: fc.oneof(id, fc.constant(undefined)),
      initial_message: fc.oneof(
        fc.record({ content: fc.oneof(fc.string(), fc.integer()) }),
        fc.string(),
        fc.constant(null),
      ),
      content: fc.oneof(fc.string(), fc.constant(undefined)),
    })
    .map((b) => JSON.stringify(b)),
);
const status = fc.oneof(
  fc.constantFrom(200, 201, 204, 400, 401, 402, 404, 429, 500, 502, 503, 504),
  fc.integer({ min: 0, max: 999 }),
);
const randomResponse: fc.Arbitrary<ObservedResponse> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'post', 'PUT', 'DELETE'),
  url,
  status,
  body,
  requestBody,
});

/** Each endpoint with its own method, a body near its own shape, and mostly a 2xx. */
const endpoints: [string, (i: string) => string, unknown][] = [
  ['POST', (i) => `/api/apps/${i}/chat/message?conversation_messages=current_turn`, fx.turn.settled],
  ['POST', (i) => `/api/apps/${i}/chat/submit-tool-call-input`, fx.turn.paywalled],
  ['POST', (i) => `/api/apps/${i}/chat/stop`, {}],
  ['GET', (i) => `/api/apps/${i}/chat/full-conversation?limit=30`, fx.conversation],
  ['GET', (i) => `/api/apps/${i}`, fx.appRecord],
  ['POST', () => '/api/apps', fx.createdApp],
  ['GET', () => '/api/auth/me', fx.me],
  ['GET', () => '/api/workspace/workspaces', fx.workspaces],
  ['GET', (i) => `/api/workspace/${i}/credit-balance`, fx.creditBalance],
];
const coherentResponse: fc.Arbitrary<ObservedResponse> = fc
  .record({
    endpoint: fc.constantFrom(...endpoints),
    id,
    status: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(200, 201) }, { weight: 1, arbitrary: status }),
    patch: fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'organization_id',
        'queued',
        'status',
        'messages',
        'builder_model',
        'workspace_id',
        'workspaces',
        'extra',
      ),
      oddValue,
      { maxKeys: 2 },
    ),
    asJson: fc.boolean(),
    other: body,
    useOther: fc.integer({ min: 0, max: 5 }),
    requestBody: fc.oneof(fc.constant(JSON.stringify(fx.createAppRequest)), requestBody),
  })
  .map(
    ({
      endpoint: [method, path, fixture],
      id: i,
      status: st,
      patch,
      asJson,
      other,
      useOther,
      requestBody: rb,
    }) => {
      const json = { ...(fixture as object), ...patch };
      const b: ResponseBody = useOther === 0 ? other : asJson ? { json } : { text: JSON.stringify(json) };
      return { method, url: `${fx.ORIGIN}${path(i)}`, status: st, body: b, requestBody: rb };
    },
  );
const response = fc.oneof(coherentResponse, randomResponse);

describe('recognisers (property)', () => {
  it(`never throw, and every observation they make passes validation unchanged (${RUNS} cases)`, () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(response, (res) => {
        const out: (PageObservation | null)[] = [
          ...recogniseResponse(res, NOW),
          recogniseRequest(res.method, res.url, res.requestBody ?? null, NOW),
        ];
        for (const o of out) {
          if (o === null) continue;
          kinds.add(o.kind);
          const validated = validateObservation(o, NOW);
          // The balance validator is stricter on numbers than the shape search; it may drop one.
          if (o.kind === 'balance' && validated === null) continue;
          expect(validated).toEqual(o);
          expect(satisfiesContract(o)).toBe(true);
        }
        return true;
      }),
      { numRuns: RUNS },
    );
    // Every kind the observer makes from traffic was reached.
    for (const k of [
      'balance',
      'workspaces',
      'chatSend',
      'appCreated',
      'toolAnswer',
      'turnResult',
      'turnStop',
      'conversation',
      'appInfo',
      'me',
      'unrecognised',
    ])
      expect(kinds).toContain(k);
  });
});
