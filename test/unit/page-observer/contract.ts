/**
 * The page-observation contract of types.ts, stated independently of validate.ts, and a generator of
 * raw observations near and far from valid. Shared by the property tests.
 */
import fc from 'fast-check';
import * as fx from './fixtures';

export const NOW = Date.UTC(2026, 10, 21, 12);

const HEX24 = /^[0-9a-f]{24}$/;
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const TOKEN = /^[\w.:-]{1,64}$/;
const KEY = /^[A-Za-z0-9_$-]{1,40}$/;
const SHAPE_SEGMENT = /^(?:[A-Za-z0-9_.-]{1,40}|:id)$/;

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const exactKeys = (o: Record<string, unknown>, keys: string[]) =>
  Object.keys(o).sort().join(',') === [...keys].sort().join(',');
const nullOr = (v: unknown, ok: (x: unknown) => boolean) => v === null || ok(v);
const hex = (v: unknown) => typeof v === 'string' && HEX24.test(v);
const token = (v: unknown) => typeof v === 'string' && TOKEN.test(v);
const shape = (v: unknown) =>
  typeof v === 'string' &&
  (v === '/' ||
    (v.startsWith('/') &&
      v.slice(1).split('/').length <= 12 &&
      v
        .slice(1)
        .split('/')
        .every((s) => SHAPE_SEGMENT.test(s))));
const count = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The contract of types.ts, stated independently of validate.ts. */
export function satisfiesContract(o: unknown): boolean {
  if (!isRec(o)) return false;
  const timed = (keys: string[]) => exactKeys(o, [...keys, 'kind', 'at']) && o.at === NOW;
  switch (o.kind) {
    case 'balance': {
      const keys = ['kind', 'reading'];
      if ('workspaceId' in o) keys.push('workspaceId');
      if ('urlShape' in o) keys.push('urlShape');
      if (!exactKeys(o, keys) || !isRec(o.reading)) return false;
      if ('workspaceId' in o && !nullOr(o.workspaceId, hex)) return false;
      if ('urlShape' in o && !shape(o.urlShape)) return false;
      const r = o.reading;
      const pool = (p: unknown) =>
        p === null ||
        (isRec(p) &&
          exactKeys(p, ['limit', 'used', 'remaining', 'bonus']) &&
          count(p.limit) &&
          count(p.used) &&
          count(p.remaining) &&
          nullOr(p.bonus, count));
      return (
        pool(r.message) &&
        pool(r.integration) &&
        (r.message !== null || r.integration !== null || r.daily !== null)
      );
    }
    case 'workspaces':
      return (
        exactKeys(o, ['kind', 'workspaces']) &&
        Array.isArray(o.workspaces) &&
        o.workspaces.length > 0 &&
        o.workspaces.length <= 200 &&
        o.workspaces.every(
          (w) =>
            isRec(w) &&
            exactKeys(w, ['id', 'name', 'tier']) &&
            typeof w.id === 'string' &&
            MESSAGE_ID.test(w.id) &&
            nullOr(w.name, (n) => typeof n === 'string' && n.length <= 200) &&
            nullOr(w.tier, (t) => typeof t === 'string' && t.length <= 64),
        )
      );
    case 'chatSend':
      return (
        timed(['appId', 'text']) && hex(o.appId) && typeof o.text === 'string' && o.text.length <= 20_000
      );
    case 'appCreated':
      return (
        timed(['appId', 'workspaceId', 'text']) &&
        hex(o.appId) &&
        nullOr(o.workspaceId, hex) &&
        typeof o.text === 'string' &&
        o.text.length <= 20_000
      );
    case 'toolAnswer':
    case 'turnStop':
      return timed(['appId']) && hex(o.appId);
    case 'turnResult':
      return (
        timed(['appId', 'start', 'outcome']) &&
        hex(o.appId) &&
        ['message', 'initialMessage', 'toolAnswer'].includes(o.start as string) &&
        ['queued', 'settled', 'paywalled', 'failed', 'edgeTimeout'].includes(o.outcome as string)
      );
    case 'conversation':
      return (
        timed(['appId', 'users']) &&
        hex(o.appId) &&
        Array.isArray(o.users) &&
        o.users.length <= 10 &&
        o.users.every(
          (u) =>
            isRec(u) &&
            exactKeys(u, ['id', 'status']) &&
            typeof u.id === 'string' &&
            MESSAGE_ID.test(u.id) &&
            nullOr(u.status, token),
        )
      );
    case 'appInfo':
      return (
        exactKeys(o, ['kind', 'appId', 'workspaceId', 'name']) &&
        hex(o.appId) &&
        nullOr(o.workspaceId, hex) &&
        nullOr(o.name, (n) => typeof n === 'string' && n.length <= 200)
      );
    case 'me':
      return exactKeys(o, ['kind', 'builderModel']) && nullOr(o.builderModel, token);
    case 'chatCost':
      return timed(['appId', 'cost']) && hex(o.appId) && count(o.cost) && (o.cost as number) <= 100;
    case 'authFailed':
    case 'authOk':
      return timed([]);
    case 'unrecognised':
      return (
        timed(['urlShape', 'keys']) &&
        shape(o.urlShape) &&
        Array.isArray(o.keys) &&
        o.keys.length <= 20 &&
        o.keys.every((k) => typeof k === 'string' && KEY.test(k))
      );
    default:
      return false;
  }
}

const KINDS = [
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
  'chatCost',
  'authFailed',
  'authOk',
  'unrecognised',
  'chatReply',
  'signedOut',
  'toString',
  '__proto__',
];

/** Values near and far from valid for every field the observations have. */
const fieldValue = fc.oneof(
  fc.constantFrom(
    fx.APP,
    fx.APP.toUpperCase(),
    fx.WS,
    `${fx.APP}0`,
    fx.APP.slice(1),
    'm1',
    'a b',
    '<img src=x>',
    '',
  ),
  fc.constantFrom(
    'message',
    'toolAnswer',
    'initialMessage',
    'settled',
    'queued',
    'edgeTimeout',
    'constructor',
  ),
  fc.constantFrom(
    'success_build',
    'pending',
    'claude-sonnet-4.5',
    'x'.repeat(65),
    '/api/apps/:id',
    '/api/x?y=1',
  ),
  fc.string({ maxLength: 80 }),
  fc.constantFrom('x'.repeat(20_000), 'y'.repeat(20_001)),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, true, NaN, Infinity, -1, 1e9),
  fc.array(fc.string({ maxLength: 45 }), { maxLength: 25 }),
  fc.array(
    fc.record({
      id: fc.oneof(fc.string({ maxLength: 70 }), fc.integer()),
      status: fc.oneof(fc.string(), fc.constant(null)),
    }),
    { maxLength: 12 },
  ),
  fc.array(
    fc.record({
      id: fc.string({ maxLength: 70 }),
      name: fc.oneof(fc.string(), fc.constant(null)),
      tier: fc.oneof(fc.string({ maxLength: 70 }), fc.constant(null)),
    }),
    { maxLength: 3 },
  ),
  fc.record({
    message: fc.oneof(
      fc.constant(null),
      fc.record({
        limit: fc.double(),
        used: fc.integer(),
        remaining: fc.integer(),
        bonus: fc.constantFrom(null, 5, -1),
      }),
    ),
    integration: fc.constant(null),
    daily: fc.constant(null),
    tier: fc.oneof(fc.string(), fc.constant(null)),
    periodStart: fc.constant(null),
    periodEnd: fc.constant(null),
    dailyResetAt: fc.constant(null),
  }),
  fc.anything({ maxDepth: 2 }),
);
const FIELDS = [
  'appId',
  'workspaceId',
  'text',
  'start',
  'outcome',
  'users',
  'name',
  'builderModel',
  'cost',
  'urlShape',
  'keys',
  'workspaces',
  'reading',
  'at',
  'extra',
];

export const rawObservation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        kind: fc.constantFrom(...KINDS),
        fields: fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 6 }),
      })
      .map(({ kind, fields }) => ({ ...fields, kind })),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);
