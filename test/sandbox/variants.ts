/**
 * The field spellings the sandbox can use for `credit_pool`. Base44 documents only
 * `credit_pool.tier` by name, so the extension must cope with each of these (base44-facts.md, "Not known").
 */
export type PoolVariant = 'canonical' | 'singular' | 'suffixed' | 'camel' | 'totals';
export const POOL_VARIANTS: readonly PoolVariant[] = ['canonical', 'singular', 'suffixed', 'camel', 'totals'];

export interface PoolNumbers {
  limit: number;
  used: number;
  remaining: number;
}

/** The account's credit state, independent of spelling. */
export interface PoolSnapshot {
  tier: string;
  message: PoolNumbers;
  integration: PoolNumbers;
  dailyLimit: number | null;
  dailyUsed: number;
  bonus: number;
  periodStart: number;
  periodEnd: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function isPoolVariant(v: unknown): v is PoolVariant {
  return typeof v === 'string' && (POOL_VARIANTS as readonly string[]).includes(v);
}

/** `credit_pool` as one JSON object in the chosen spelling. */
export function spellCreditPool(p: PoolSnapshot, variant: PoolVariant): Record<string, unknown> {
  switch (variant) {
    case 'canonical':
      return {
        tier: p.tier,
        messages: { ...p.message },
        integration: { ...p.integration },
        daily_message_limit: p.dailyLimit,
        daily_messages_used: p.dailyUsed,
        bonus_credits: p.bonus,
        over_limit: p.message.remaining <= 0,
        period_start: iso(p.periodStart),
        period_end: iso(p.periodEnd),
      };
    case 'singular':
      return {
        tier: p.tier,
        message: { ...p.message },
        integrations: { ...p.integration },
        daily_message_limit: p.dailyLimit,
        daily_messages_used: p.dailyUsed,
        bonus_credits: p.bonus,
        period_start: iso(p.periodStart),
        reset_at: iso(p.periodEnd),
      };
    case 'suffixed':
      return {
        tier: p.tier,
        message_credits: { ...p.message },
        integration_credits: { ...p.integration },
        daily_message_limit: p.dailyLimit,
        daily_message_used: p.dailyUsed,
        bonus_credits: p.bonus,
        period_start: iso(p.periodStart),
        period_end: iso(p.periodEnd),
      };
    case 'camel':
      return {
        tier: p.tier,
        messageCredits: { ...p.message },
        integrationCredits: { ...p.integration },
        dailyMessageLimit: p.dailyLimit,
        dailyMessagesUsed: p.dailyUsed,
        bonusCredits: p.bonus,
        periodStart: iso(p.periodStart),
        periodEnd: iso(p.periodEnd),
      };
    case 'totals': {
      const t = (n: PoolNumbers) => ({ total: n.limit, usage: n.used, available: n.remaining });
      return {
        tier: p.tier,
        messages: t(p.message),
        integration: t(p.integration),
        daily_message_limit: p.dailyLimit,
        daily_messages_used: p.dailyUsed,
        bonus_credits: p.bonus,
        period_start: iso(p.periodStart),
        next_reset: iso(p.periodEnd),
      };
    }
  }
}

/** The top-level key for the pool: `creditPool` in the camel variant, `credit_pool` otherwise. */
export function poolKey(variant: PoolVariant): string {
  return variant === 'camel' ? 'creditPool' : 'credit_pool';
}
