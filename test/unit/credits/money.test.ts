import { describe, expect, it } from 'vitest';
import { PLANS } from '../../../lib/base44/plans';
import {
  creditPrice,
  creditsToMoney,
  formatMoney,
  isCurrency,
  priceFromPlan,
  priceFromTopUp,
} from '../../../lib/credits/money';

/** Intl puts (narrow) no-break spaces and bidi marks around symbols; compare what a person reads. */
function plain(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
}

describe('priceFromPlan / priceFromTopUp', () => {
  it.each([
    ['pro', 50, 'USD', 0.1],
    ['builder', 40, 'usd', 0.16],
    ['Starter', 20, 'EUR', 0.2],
    ['elite_yearly', 160, 'USD', 160 / 1200],
  ])('%s at %s %s → %s a credit', (plan, price, currency, perCredit) => {
    const p = priceFromPlan(plan, price, currency)!;
    expect(p.perCredit).toBeCloseTo(perCredit, 10);
    expect(p.currency).toBe(currency.toUpperCase());
  });

  it('takes a plan object as well as a tier string', () => {
    expect(
      priceFromPlan(
        PLANS.find((p) => p.key === 'pro')!,
        50,
        'USD',
      ),
    ).toEqual({
      perCredit: 0.1,
      currency: 'USD',
    });
  });

  it.each([
    ['the free plan has no price', 'free', 0, 'USD'],
    ['an unknown plan', 'platinum', 50, 'USD'],
    ['a negative price', 'pro', -5, 'USD'],
    ['not a currency', 'pro', 50, 'XX1'],
    ['a made-up code', 'pro', 50, 'ABCD'],
  ])('null for %s', (_name, plan, price, currency) => {
    expect(priceFromPlan(plan, price, currency)).toBeNull();
  });

  it('prices a top-up by what it bought', () => {
    expect(priceFromTopUp(30, 100, 'ILS')).toEqual({ perCredit: 0.3, currency: 'ILS' });
    expect(priceFromTopUp(30, 0, 'ILS')).toBeNull();
    expect(priceFromTopUp(Number.NaN, 100, 'ILS')).toBeNull();
  });

  it('creditPrice follows the setting, and a reported plan wins over the stored one', () => {
    expect(creditPrice(null)).toBeNull();
    expect(creditPrice({ source: 'topUp', currency: 'EUR', price: 10, credits: 50 })).toEqual({
      perCredit: 0.2,
      currency: 'EUR',
    });
    const setting = { source: 'plan', currency: 'USD', monthlyPrice: 50, plan: 'pro' } as const;
    expect(creditPrice(setting)!.perCredit).toBeCloseTo(0.1);
    const builder = PLANS.find((p) => p.key === 'builder')!;
    expect(creditPrice(setting, builder)!.perCredit).toBeCloseTo(0.2);
  });

  it('isCurrency', () => {
    expect(isCurrency('JPY')).toBe(true);
    expect(isCurrency('brl')).toBe(true);
    expect(isCurrency('€')).toBe(false);
    expect(isCurrency('')).toBe(false);
  });
});

describe('formatMoney', () => {
  it.each([
    // credits, per credit, currency, locale, expected (after plain())
    [3.2, 0.1, 'USD', 'en-US', '≈ $0.32'],
    [2, 0.6, 'ILS', 'he-IL', '≈ 1.20 ₪'],
    [3.2, 0.1, 'EUR', 'de-DE', '≈ 0,32 €'],
    [1500, 1, 'EUR', 'de-DE', '≈ 1.500,00 €'],
    [2, 24, 'JPY', 'ja-JP', '≈ ￥48'],
    [2, 0.8, 'BRL', 'pt-BR', '≈ R$ 1,60'],
    [0.3, 0.1, 'USD', 'en-US', '≈ $0.03'],
    [0, 0.1, 'USD', 'en-US', '≈ $0.00'],
  ])('%s credits × %s %s in %s → %s', (credits, perCredit, currency, locale, expected) => {
    expect(plain(formatMoney(credits, { perCredit, currency }, locale))).toBe(expected);
  });

  it.each([
    [0.3, 0.01, 'USD', 'en-US', '< $0.01'],
    [0.3, 1, 'JPY', 'ja-JP', '< ￥1'],
    [0.3, 0.01, 'EUR', 'de-DE', '< 0,01 €'],
  ])(
    'an amount below the smallest coin: %s × %s %s in %s → %s',
    (credits, perCredit, currency, locale, expected) => {
      expect(plain(formatMoney(credits, { perCredit, currency }, locale))).toBe(expected);
    },
  );

  it('rounds half a coin up to the coin, not down to "<"', () => {
    expect(plain(formatMoney(1, { perCredit: 0.005, currency: 'USD' }, 'en-US'))).toBe('≈ $0.01');
  });

  it('multiplies without rounding', () => {
    expect(creditsToMoney(2.5, { perCredit: 0.16, currency: 'USD' })).toBeCloseTo(0.4, 12);
  });
});
