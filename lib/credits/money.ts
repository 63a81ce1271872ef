/**
 * Credits in money, in the user's currency. Base44 sells message credits only inside plans (and
 * top-ups on some plans) and prices vary by currency and billing period, so the price is what the
 * user enters: their plan's monthly price, or a top-up's price. Pure.
 */
import { planForTier, type PlanLimits } from '../base44/plans';

/** What the user entered in the settings; null = do not show money. */
export type MoneySetting =
  /** The plan's price per month (yearly plans: the monthly equivalent) and its message credits. */
  | { source: 'plan'; currency: string; monthlyPrice: number; plan: string }
  /** A top-up: `price` bought `credits` message credits. */
  | { source: 'topUp'; currency: string; price: number; credits: number };

export interface CreditPrice {
  /** Money per message credit. */
  perCredit: number;
  /** ISO 4217 code ("USD", "ILS", "EUR"). */
  currency: string;
}

/** True when `Intl` knows the code as a currency. */
export function isCurrency(code: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

function positive(n: number): boolean {
  return Number.isFinite(n) && n > 0;
}

/**
 * Price per credit from a plan: its monthly price ÷ its monthly message credits. Null for a free
 * plan, an unknown plan, or a price that is not a positive number.
 */
export function priceFromPlan(
  plan: PlanLimits | string,
  monthlyPrice: number,
  currency: string,
): CreditPrice | null {
  const p = typeof plan === 'string' ? planForTier(plan) : plan;
  if (!p || !positive(p.messagePerMonth) || !positive(monthlyPrice) || !isCurrency(currency)) return null;
  return { perCredit: monthlyPrice / p.messagePerMonth, currency: currency.toUpperCase() };
}

/** Price per credit from a top-up: what it cost ÷ the credits it bought. */
export function priceFromTopUp(price: number, credits: number, currency: string): CreditPrice | null {
  if (!positive(price) || !positive(credits) || !isCurrency(currency)) return null;
  return { perCredit: price / credits, currency: currency.toUpperCase() };
}

/**
 * The price per credit the setting implies. `plan` overrides the setting's plan (the plan Base44
 * reports, or the user's plan override) when given, since a plan's credits can change mid-cycle.
 */
export function creditPrice(setting: MoneySetting | null, plan?: PlanLimits | null): CreditPrice | null {
  if (!setting) return null;
  if (setting.source === 'topUp') return priceFromTopUp(setting.price, setting.credits, setting.currency);
  return priceFromPlan(plan ?? setting.plan, setting.monthlyPrice, setting.currency);
}

/** Money for `credits` (unrounded). */
export function creditsToMoney(credits: number, price: CreditPrice): number {
  return credits * price.perCredit;
}

/**
 * "≈ $0.32", "≈ 0,32 €", "≈ ₪1.20", "≈ ￥48": the currency's own decimals in the locale's style. An
 * amount above zero that rounds to nothing is shown as "< $0.01" rather than a free-looking "$0.00".
 */
export function formatMoney(credits: number, price: CreditPrice, locale?: string): string {
  const nf = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency });
  const amount = creditsToMoney(credits, price);
  const digits = nf.resolvedOptions().maximumFractionDigits ?? 2;
  const unit = 10 ** -digits;
  if (amount > 0 && amount < unit / 2) return `< ${nf.format(unit)}`;
  return `≈ ${nf.format(amount)}`;
}
