/**
 * The sandbox (test/sandbox) serves `credit_pool` in five spellings; the e2e tests depend on the
 * parser reading every one of them, from the Monitoring API and from the builder's own responses.
 */
import { describe, expect, it } from 'vitest';
import { findCreditPoolByShape, parseCreditPool } from '../../../lib/base44/credit-pool';
import { POOL_VARIANTS, poolKey, spellCreditPool, type PoolSnapshot } from '../../sandbox/variants';

const periodStart = Date.UTC(2026, 10, 3, 8, 15);
const periodEnd = Date.UTC(2026, 11, 3, 8, 15);

const accounts: [string, PoolSnapshot][] = [
  [
    'free with a daily cap',
    {
      tier: 'free',
      message: { limit: 25, used: 3.3, remaining: 21.7 },
      integration: { limit: 100, used: 0, remaining: 100 },
      dailyLimit: 5,
      dailyUsed: 1.3,
      bonus: 0,
      periodStart,
      periodEnd,
    },
  ],
  [
    'pro over its limit on bonus credits',
    {
      tier: 'pro',
      message: { limit: 500, used: 540, remaining: 0 },
      integration: { limit: 20000, used: 19999, remaining: 1 },
      dailyLimit: null,
      dailyUsed: 0,
      bonus: 100,
      periodStart,
      periodEnd,
    },
  ],
];

describe.each(POOL_VARIANTS)('sandbox variant %s', (variant) => {
  it.each(accounts)('%s: Monitoring API body and builder body give the same reading', (_name, account) => {
    const pool = spellCreditPool(account, variant);
    const monitoring = parseCreditPool({
      workspace_id: 'w',
      summary: { total_messages: 4, total_message_credits: 3.3 },
      [poolKey(variant)]: pool,
      member_allocations: [],
      credits: { by_day: [{ date: '2026-11-20', message_credits: 1, integration_credits: 0 }] },
    });
    expect(monitoring.ok).toBe(true);
    if (!monitoring.ok) return;
    const r = monitoring.reading;
    expect(r.tier).toBe(account.tier);
    expect(r.message).toMatchObject(account.message);
    expect(r.integration).toMatchObject(account.integration);
    expect(r.message?.bonus).toBe(account.bonus);
    expect(r.daily).toEqual(
      account.dailyLimit === null ? null : { limit: account.dailyLimit, used: account.dailyUsed },
    );
    expect(r.periodStart).toBe(periodStart);
    expect(r.periodEnd).toBe(periodEnd);
    expect(findCreditPoolByShape({ workspace_id: 'w', credits: pool })).toEqual(r);
  });
});
