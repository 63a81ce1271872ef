import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCreditPoolByShape, parseCreditPool, parseTimestamp } from '../../../lib/base44/credit-pool';
import type { BalanceReading, Pool } from '../../../lib/credits/types';

function ok(json: unknown): BalanceReading {
  const r = parseCreditPool(json);
  if (!r.ok) throw new Error(`expected a reading, got ${r.reason}: ${r.detail}`);
  return r.reading;
}

function fail(json: unknown): { reason: string; detail: string } {
  const r = parseCreditPool(json);
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.reading)}`);
  return r;
}

const pool = (limit: number, used: number, remaining: number, bonus: number | null = null): Pool => ({
  limit,
  used,
  remaining,
  bonus,
});

describe('parseCreditPool: the documented shape', () => {
  it('reads credit_pool.messages / .integration / .tier', () => {
    const r = ok({
      summary: { total_messages: 3 },
      credit_pool: {
        tier: 'pro',
        messages: { limit: 500, used: 120, remaining: 380 },
        integration: { limit: 20000, used: 1500, remaining: 18500 },
      },
      member_allocations: [],
    });
    expect(r).toEqual({
      message: pool(500, 120, 380),
      integration: pool(20000, 1500, 18500),
      daily: null,
      tier: 'pro',
      periodStart: null,
      periodEnd: null,
      dailyResetAt: null,
    });
  });

  it('keeps fractional credits (Discuss costs 0.3)', () => {
    const r = ok({ credit_pool: { messages: { limit: 25, used: 0.3, remaining: 24.7 } } });
    expect(r.message).toEqual(pool(25, 0.3, 24.7));
    expect(r.integration).toBeNull();
  });
});

describe('parseCreditPool: every spelling', () => {
  const messageKeys = ['messages', 'message', 'message_credits', 'messageCredits'];
  const integrationKeys = ['integration', 'integrations', 'integration_credits', 'integrationCredits'];
  const limitKeys = ['limit', 'total'];
  const usedKeys = ['used', 'usage'];
  const remainingKeys = ['remaining', 'available'];
  const containers: ((inner: object) => object)[] = [
    (inner) => ({ credit_pool: inner }),
    (inner) => ({ creditPool: inner }),
    (inner) => inner,
    (inner) => ({ data: { credit_pool: inner } }),
  ];
  const cases: [string, string, string, string, string, number][] = [];
  for (const m of messageKeys)
    for (const i of integrationKeys)
      for (const l of limitKeys)
        for (const u of usedKeys)
          for (const rem of remainingKeys) cases.push([m, i, l, u, rem, cases.length % containers.length]);

  it.each(cases)('%s + %s with %s/%s/%s (container %i)', (m, i, l, u, rem, c) => {
    const inner = {
      [m]: { [l]: 250, [u]: 40.5, [rem]: 209.5 },
      [i]: { [l]: 10000, [u]: 12, [rem]: 9988 },
    };
    const r = ok(containers[c]!(inner));
    expect(r.message).toEqual(pool(250, 40.5, 209.5));
    expect(r.integration).toEqual(pool(10000, 12, 9988));
  });

  it.each([
    ['limit+used', { limit: 100, used: 30 }, pool(100, 30, 70)],
    ['limit+remaining', { limit: 100, remaining: 70 }, pool(100, 30, 70)],
    ['used+remaining', { used: 30, remaining: 70 }, pool(100, 30, 70)],
    ['total+usage', { total: 100, usage: 100 }, pool(100, 100, 0)],
    ['over the limit a little', { limit: 100, used: 104 }, pool(100, 104, 0)],
  ])('derives the third number from %s', (_name, numbers, expected) => {
    expect(ok({ credit_pool: { messages: numbers } }).message).toEqual(expected);
  });

  it.each([
    ['snake flat', { message_limit: 100, message_used: 10, integration_limit: 2000, integration_used: 5 }],
    [
      'camel flat',
      {
        messageCreditsLimit: 100,
        messageCreditsUsed: 10,
        integrationCreditsLimit: 2000,
        integrationCreditsUsed: 5,
      },
    ],
    [
      'number first',
      {
        limit_message_credits: 100,
        remaining_message_credits: 90,
        used_integration_credits: 5,
        limit_integration_credits: 2000,
      },
    ],
    [
      'plural flat',
      { messages_total: 100, messages_remaining: 90, integrations_total: 2000, integrations_available: 1995 },
    ],
  ])('reads %s pools beside each other', (_name, inner) => {
    const r = ok({ credit_pool: inner });
    expect(r.message).toEqual(pool(100, 10, 90));
    expect(r.integration).toEqual(pool(2000, 5, 1995));
  });

  it('does not read total_message_credits (credits spent, in the users endpoint) as a limit', () => {
    expect(fail({ total_message_credits: 40, total_integration_credits: 3 }).reason).toBe('unrecognised');
  });

  it.each([
    ['credit_pool.tier', { credit_pool: { tier: 'builder', messages: { limit: 1, used: 0 } } }, 'builder'],
    [
      'creditPool.subscriptionTier',
      { creditPool: { subscriptionTier: 'Pro', messages: { limit: 1, used: 0 } } },
      'Pro',
    ],
    ['tier beside credit_pool', { tier: 'elite', credit_pool: { messages: { limit: 1, used: 0 } } }, 'elite'],
    ['blank tier', { credit_pool: { tier: '  ', messages: { limit: 1, used: 0 } } }, null],
    ['numeric tier', { credit_pool: { tier: 3, messages: { limit: 1, used: 0 } } }, null],
  ])('tier from %s', (_name, json, tier) => {
    expect(ok(json).tier).toBe(tier);
  });
});

describe('parseCreditPool: daily cap, period and bonus', () => {
  const base = { messages: { limit: 25, used: 3, remaining: 22 } };

  it.each([
    ['daily_message_limit / daily_messages_used', { daily_message_limit: 5, daily_messages_used: 2 }],
    ['dailyMessageLimit / dailyMessagesUsed', { dailyMessageLimit: 5, dailyMessagesUsed: 2 }],
    ['daily_limit / daily_used', { daily_limit: 5, daily_used: 2 }],
    ['daily_limit / daily_remaining', { daily_limit: 5, daily_remaining: 3 }],
    ['daily object', { daily: { limit: 5, used: 2 } }],
    ['dailyMessages object with remaining', { dailyMessages: { total: 5, remaining: 3 } }],
  ])('daily cap from %s', (_name, fields) => {
    expect(ok({ credit_pool: { ...base, ...fields } }).daily).toEqual({ limit: 5, used: 2 });
  });

  it('reads a daily cap placed inside the message pool', () => {
    const r = ok({ credit_pool: { messages: { ...base.messages, daily_limit: 5, daily_used: 4 } } });
    expect(r.daily).toEqual({ limit: 5, used: 4 });
  });

  it('a null daily limit means no daily cap', () => {
    expect(
      ok({ credit_pool: { ...base, daily_message_limit: null, daily_messages_used: 0 } }).daily,
    ).toBeNull();
  });

  it('rejects a daily cap far exceeded', () => {
    expect(fail({ credit_pool: { ...base, daily_limit: 5, daily_used: 50 } }).reason).toBe('outOfRange');
  });

  it('reads the daily reset time from the daily object or beside it', () => {
    const t = '2026-11-22T00:00:00Z';
    expect(ok({ credit_pool: { ...base, daily: { limit: 5, used: 1, reset_at: t } } }).dailyResetAt).toBe(
      Date.parse(t),
    );
    expect(
      ok({ credit_pool: { ...base, daily_limit: 5, daily_used: 1, dailyResetAt: t } }).dailyResetAt,
    ).toBe(Date.parse(t));
  });

  const end = Date.UTC(2026, 11, 5, 14, 30);
  it.each([
    ['period_end ISO', { period_end: '2026-12-05T14:30:00Z' }],
    ['reset_at ISO with offset', { reset_at: '2026-12-05T15:30:00+01:00' }],
    ['next_reset ISO without zone is UTC', { next_reset: '2026-12-05T14:30:00' }],
    ['periodEnd epoch seconds', { periodEnd: end / 1000 }],
    ['nextResetAt epoch ms', { nextResetAt: end }],
    ['current_period_end in the message pool', { messages: { ...base.messages, current_period_end: end } }],
  ])('period end from %s', (_name, fields) => {
    expect(ok({ credit_pool: { ...base, ...fields } }).periodEnd).toBe(end);
  });

  it('reads period start and drops one that is not before the end', () => {
    expect(
      ok({ credit_pool: { ...base, period_start: '2026-11-05T14:30:00Z', period_end: end } }).periodStart,
    ).toBe(Date.UTC(2026, 10, 5, 14, 30));
    expect(ok({ credit_pool: { ...base, period_start: end + 1, period_end: end } }).periodStart).toBeNull();
  });

  it.each([['garbage'], [-5], [0], ['2026-13-45'], [{}], [1e20], ['12/05/2026']])(
    'an unusable period end (%j) is null, not a guess',
    (v) => {
      expect(ok({ credit_pool: { ...base, period_end: v } }).periodEnd).toBeNull();
    },
  );

  it('accepts remaining that includes bonus credits, and records the bonus', () => {
    const r = ok({ credit_pool: { messages: { limit: 100, used: 90, remaining: 30, bonus_credits: 20 } } });
    expect(r.message).toEqual(pool(100, 90, 30, 20));
  });

  it('applies top-up credits beside the pools to the message pool', () => {
    const r = ok({
      credit_pool: {
        messages: { limit: 100, used: 100, remaining: 15 },
        top_up_credits: 15,
        gift_card_balance: 3,
      },
    });
    expect(r.message).toEqual(pool(100, 100, 15, 15));
  });

  it('applies integration-named bonus to the integration pool only', () => {
    const r = ok({
      credit_pool: {
        messages: { limit: 10, used: 1 },
        integration: { limit: 100, used: 0 },
        integrationBonus: 50,
      },
    });
    expect(r.message?.bonus).toBeNull();
    expect(r.integration).toEqual(pool(100, 0, 150, 50));
  });

  it('ignores a malformed bonus field instead of trusting it', () => {
    const r = ok({ credit_pool: { messages: { limit: 100, used: 10, bonus: '50' } } });
    expect(r.message).toEqual(pool(100, 10, 90));
  });
});

describe('parseCreditPool: malformed input never becomes a reading', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ messages: { limit: 1, used: 0 } }]],
    ['a number', 42],
    ['HTML text', '<!doctype html><html><body>Sign in</body></html>'],
    ['JSON text', '{"credit_pool":{"messages":{"limit":1,"used":0}}}'],
    ['an empty object', {}],
    ['credit_pool null', { credit_pool: null }],
    ['credit_pool a string', { credit_pool: 'n/a' }],
    ['credit_pool empty', { credit_pool: {} }],
    ['messages as chat messages', { messages: [{ role: 'user', content: 'hi' }] }],
    ['a pool with one number', { credit_pool: { messages: { limit: 100 } } }],
    ['a pool of strings', { credit_pool: { messages: { limit: '100', used: '5', remaining: '95' } } }],
    ['a numeric string among numbers', { credit_pool: { messages: { limit: 100, used: '5' } } }],
    ['a boolean', { credit_pool: { messages: { limit: 100, used: true } } }],
  ])('%s → unrecognised', (_name, json) => {
    const r = fail(json);
    expect(r.reason).toBe('unrecognised');
    expect(r.detail.length).toBeGreaterThan(5);
  });

  it.each([
    ['NaN', { limit: 100, used: Number.NaN }],
    ['Infinity', { limit: Number.POSITIVE_INFINITY, used: 1 }],
    ['negative used', { limit: 100, used: -1 }],
    ['negative remaining', { limit: 100, remaining: -3 }],
    ['used far beyond the limit', { limit: 100, used: 1000 }],
    ['used beyond 1.5 × limit + 1', { limit: 10, used: 16.5 }],
    ['remaining that does not add up', { limit: 100, used: 10, remaining: 50 }],
    ['remaining above the limit', { limit: 100, remaining: 150 }],
    ['absurdly large', { limit: 1e12, used: 1 }],
  ])('%s → outOfRange', (_name, numbers) => {
    expect(fail({ credit_pool: { messages: numbers } }).reason).toBe('outOfRange');
  });

  it('one bad pool spoils the reading even if the other is fine', () => {
    const r = fail({
      credit_pool: { messages: { limit: 100, used: 5 }, integration: { limit: 100, used: -5 } },
    });
    expect(r.reason).toBe('outOfRange');
    expect(r.detail).toContain('integration');
  });

  it('does not throw on a cyclic object', () => {
    const a: Record<string, unknown> = { name: 'x' };
    a.self = a;
    a.data = a;
    expect(fail(a).reason).toBe('unrecognised');
  });

  it('does not look more than a few envelopes deep', () => {
    let json: object = { credit_pool: { messages: { limit: 10, used: 1 } } };
    for (let i = 0; i < 6; i++) json = { data: json };
    expect(fail(json).reason).toBe('unrecognised');
  });
});

describe('parseTimestamp', () => {
  it.each([
    [1764950400, 1764950400000],
    [1764950400000, 1764950400000],
    ['2025-12-05', Date.UTC(2025, 11, 5)],
    ['2025-12-05 10:00', Date.UTC(2025, 11, 5, 10)],
    ['2025-12-05T10:00:00.500Z', Date.UTC(2025, 11, 5, 10, 0, 0, 500)],
    ['2025-12-05T10:00:00-0500', Date.UTC(2025, 11, 5, 15)],
    ['1764950400', null],
    ['tomorrow', null],
    [Number.NaN, null],
    [true, null],
    [Date.UTC(2250, 0, 1), null],
  ])('%j → %j', (input, expected) => {
    expect(parseTimestamp(input)).toBe(expected);
  });
});

describe('findCreditPoolByShape', () => {
  const poolBlock = {
    messages: { limit: 250, used: 7, remaining: 243 },
    integration: { limit: 10000, used: 0 },
  };

  it('finds a pool nested in an arbitrary response', () => {
    const r = findCreditPoolByShape({ user: { id: 'u1', workspace: { billing: { credits: poolBlock } } } });
    expect(r?.message).toEqual(pool(250, 7, 243));
    expect(r?.integration).toEqual(pool(10000, 0, 10000));
  });

  it('finds a pool inside an array element', () => {
    expect(findCreditPoolByShape({ items: [{ id: 1 }, { credits: poolBlock }] })?.message?.used).toBe(7);
  });

  it('prefers the shallowest pool', () => {
    const r = findCreditPoolByShape(
      { a: { b: { c: { messages: { limit: 1, used: 1 } } } }, messages: { limit: 2, used: 1 } },
      { balanceEndpoint: true },
    );
    expect(r?.message?.limit).toBe(2);
  });

  it('stops at a bounded depth', () => {
    let json: object = poolBlock;
    for (let i = 0; i < 5; i++) json = { level: json };
    expect(findCreditPoolByShape(json, { balanceEndpoint: true })).not.toBeNull();
    json = { level: json };
    expect(findCreditPoolByShape(json, { balanceEndpoint: true })).toBeNull();
  });

  it('app data shaped like a pool is not a balance without a credit name or a balance endpoint', () => {
    const appData = { records: [{ messages: { total: 50, used: 10 } }] };
    expect(findCreditPoolByShape(appData)).toBeNull();
    expect(findCreditPoolByShape({ items: [{ usage: poolBlock }] })).toBeNull();
    expect(findCreditPoolByShape({ messages: { limit: 2, used: 1 } })).toBeNull();
    // The same numbers under a credit name, or from a balance endpoint, are one.
    expect(findCreditPoolByShape({ credits: appData.records[0] })?.message?.limit).toBe(50);
    expect(findCreditPoolByShape(appData, { balanceEndpoint: true })?.message?.used).toBe(10);
    expect(findCreditPoolByShape({ data: { message_credits: { total: 25, used: 2 } } })?.message?.used).toBe(
      2,
    );
  });

  it('a found pool is consistent: remaining ≈ limit + bonus − used, or it is not a balance', () => {
    const inconsistent = { credits: { messages: { limit: 100, used: 10, remaining: 50 } } };
    expect(findCreditPoolByShape(inconsistent)).toBeNull();
    const withBonus = { credits: { messages: { limit: 100, used: 10, remaining: 110, bonus: 20 } } };
    expect(findCreditPoolByShape(withBonus)?.message).toEqual({
      limit: 100,
      used: 10,
      remaining: 110,
      bonus: 20,
    });
    // Two of three given: the third is derived, so the three always agree.
    const derived = findCreditPoolByShape({ credits: { messages: { limit: 100, remaining: 30, bonus: 5 } } });
    expect(derived?.message).toEqual({ limit: 100, used: 75, remaining: 30, bonus: 5 });
    // Remaining above limit + bonus is garbage.
    expect(findCreditPoolByShape({ credits: { messages: { limit: 100, remaining: 500 } } })).toBeNull();
  });

  it('stops after a bounded number of nodes', () => {
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++) wide['k' + i] = { n: i };
    wide.zzz = { credit_pool: poolBlock };
    expect(findCreditPoolByShape(wide)).toBeNull();
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = { a };
    a.b = b;
    a.list = [a, b];
    expect(findCreditPoolByShape(a)).toBeNull();
    b.credits = poolBlock;
    expect(findCreditPoolByShape(a)?.message?.used).toBe(7);
  });

  it('skips invalid pools and keeps looking', () => {
    const r = findCreditPoolByShape({
      first: { messages: { limit: 10, used: 900 } },
      second: { deeper: { message_credits: { total: 25, used: 2 } } },
    });
    expect(r?.message).toEqual(pool(25, 2, 23));
  });

  it('ignores chat-like messages and integration counts that are not credits', () => {
    expect(findCreditPoolByShape({ messages: [{ id: 'm', content: 'hi', used: 1 }] })).toBeNull();
    expect(findCreditPoolByShape({ message: { id: 'x', content: 'Editing App.jsx' } })).toBeNull();
    expect(findCreditPoolByShape({ app: { integrations: { total: 10, available: 3 } } })).toBeNull();
  });

  it('accepts an integration pool alone under a credit-named key', () => {
    expect(
      findCreditPoolByShape({ app: { credit_usage: { integrations: { total: 100, used: 3 } } } })
        ?.integration,
    ).toEqual(pool(100, 3, 97));
    expect(
      findCreditPoolByShape({ integration_credits: { limit: 100, used: 3 } })?.integration?.remaining,
    ).toBe(97);
  });

  it.each([[null], [undefined], ['text'], [5], [[]]])('returns null for %j', (v) => {
    expect(findCreditPoolByShape(v)).toBeNull();
  });
});

/** Invariants every accepted reading must satisfy, whatever the input. */
function assertInvariants(r: BalanceReading): void {
  for (const p of [r.message, r.integration]) {
    if (!p) continue;
    for (const n of [p.limit, p.used, p.remaining]) {
      expect(typeof n).toBe('number');
      expect(Number.isFinite(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
    }
    expect(p.used).toBeLessThanOrEqual((p.limit + (p.bonus ?? 0)) * 1.5 + 1);
    expect(p.remaining).toBeLessThanOrEqual(p.limit + (p.bonus ?? 0) + Math.max(1, p.limit * 0.02) + 1e-9);
    // remaining agrees with limit − used (with or without the bonus), clamped at zero.
    const tol = Math.max(1, p.limit * 0.02) + 1e-9;
    const gaps = [p.limit - p.used, p.limit + (p.bonus ?? 0) - p.used].map((e) =>
      Math.abs(p.remaining - Math.max(0, e)),
    );
    expect(Math.min(...gaps)).toBeLessThanOrEqual(tol);
  }
  expect(r.message !== null || r.integration !== null).toBe(true);
  if (r.daily) {
    expect(Number.isFinite(r.daily.limit) && r.daily.limit >= 0).toBe(true);
    expect(Number.isFinite(r.daily.used) && r.daily.used >= 0).toBe(true);
  }
  for (const t of [r.periodStart, r.periodEnd, r.dailyResetAt]) {
    if (t !== null) expect(Number.isInteger(t)).toBe(true);
  }
}

describe('properties', () => {
  const keyLike = fc.constantFrom(
    'credit_pool',
    'creditPool',
    'messages',
    'message',
    'message_credits',
    'integration',
    'integrationCredits',
    'limit',
    'total',
    'used',
    'usage',
    'remaining',
    'available',
    'tier',
    'daily_limit',
    'daily_used',
    'period_end',
    'bonus',
    'data',
  );
  const valueLike = fc.oneof(
    fc.double(),
    fc.integer({ min: -10, max: 2000 }),
    fc.string(),
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom('100', 'NaN', '-1', '2026-12-01T00:00:00Z'),
  );
  const poolish = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      valueLike,
      fc.dictionary(keyLike, tie('node'), { maxKeys: 5 }),
      fc.array(tie('node'), { maxLength: 3 }),
    ),
  })).node;

  const numberish = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 600 }) },
    { weight: 2, arbitrary: fc.double({ min: -5, max: 600 }) },
    { weight: 1, arbitrary: valueLike },
  );
  const poolObject = fc.dictionary(
    fc.constantFrom('limit', 'total', 'used', 'usage', 'remaining', 'available', 'bonus', 'reset_at'),
    numberish,
    { minKeys: 1, maxKeys: 4 },
  );
  const block = fc.dictionary(
    fc.constantFrom(
      'messages',
      'message_credits',
      'integration',
      'integrationCredits',
      'tier',
      'daily_limit',
      'daily_used',
      'daily',
      'period_end',
      'bonus_credits',
      'message_limit',
      'message_used',
      'other',
    ),
    fc.oneof(
      { weight: 4, arbitrary: poolObject },
      { weight: 2, arbitrary: numberish },
      { weight: 1, arbitrary: poolish },
    ),
    { minKeys: 1, maxKeys: 5 },
  );
  const document = fc.oneof(
    block,
    fc.record({ credit_pool: block }),
    fc.record({ data: fc.record({ creditPool: block }) }),
    fc.record({ a: fc.record({ b: fc.record({ credits: block }) }) }),
    poolish,
  );

  it('never throws, and every accepted reading satisfies the invariants (pool-like input)', () => {
    const seen = { accepted: 0, outOfRange: 0, unrecognised: 0, found: 0 };
    fc.assert(
      fc.property(document, (json) => {
        const r = parseCreditPool(json);
        if (r.ok) {
          seen.accepted++;
          assertInvariants(r.reading);
        } else {
          seen[r.reason]++;
        }
        const found = findCreditPoolByShape(json);
        if (found) {
          seen.found++;
          assertInvariants(found);
        }
      }),
      { numRuns: 5000 },
    );
    // The generator must reach every outcome, or the invariants above were never exercised.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.found).toBeGreaterThan(20);
    expect(seen.outOfRange).toBeGreaterThan(20);
    expect(seen.unrecognised).toBeGreaterThan(20);
  });

  it('accepted readings from valid-looking pools with random numbers obey the invariants', () => {
    const num = fc.oneof(
      fc.double({ min: -10, max: 5000 }),
      fc.integer({ min: 0, max: 5000 }),
      fc.constant(Number.NaN),
    );
    let accepted = 0;
    fc.assert(
      fc.property(num, num, num, num, fc.boolean(), (a, b, c, bonus, withBonus) => {
        const messages: Record<string, number> = { limit: a, used: b, remaining: c };
        if (withBonus) messages.bonus = bonus;
        const r = parseCreditPool({ credit_pool: { messages } });
        if (r.ok) {
          accepted++;
          assertInvariants(r.reading);
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(10);
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const r = parseCreditPool(json);
        if (r.ok) assertInvariants(r.reading);
        const found = findCreditPoolByShape(json);
        if (found) assertInvariants(found);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any valid pool in any spelling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('messages', 'message', 'message_credits', 'messageCredits'),
        fc.constantFrom('limit', 'total'),
        fc.constantFrom('used', 'usage'),
        fc.constantFrom('remaining', 'available'),
        fc.boolean(),
        (limit, share, poolKey, l, u, rem, camelContainer) => {
          const used = Math.round(limit * share * 10) / 10;
          const remaining = Math.round((limit - used) * 10) / 10;
          const json = {
            [camelContainer ? 'creditPool' : 'credit_pool']: {
              [poolKey]: { [l]: limit, [u]: used, [rem]: remaining },
            },
          };
          const r = parseCreditPool(json);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.reading.message).toEqual(pool(limit, used, remaining));
        },
      ),
      { numRuns: 500 },
    );
  });
});
