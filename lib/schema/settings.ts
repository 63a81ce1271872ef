/**
 * Stored settings. Storage is another trust boundary (an older version, a hand edit, a sync glitch):
 * what is read is parsed field by field, and a field that does not fit falls back to its default
 * instead of reaching the code that relies on it.
 */
import * as v from 'valibot';
import { isCurrency } from '../credits/money';
import { LOCALES } from '../i18n/locales';
import { credits, text, workspaceId } from './basics';

const wholeIn = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** Percent of a pool used. */
const percent = wholeIn(1, 100);
/** An ISO 4217 currency code the browser can format ("USD", "ILS"). */
const currency = v.pipe(v.string(), v.check(isCurrency));
/** A price, a count of credits or a credit threshold the options form accepts: above 0, at most a million. */
const amount = v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(1_000_000));

export const SETTINGS_ENTRIES = {
  /** Workspace id for the Monitoring API ('' = none; the key itself is stored apart). */
  workspaceId: v.union([v.literal(''), workspaceId]),
  /** Plan key from lib/base44/plans.ts; null = use what Base44 reports, else Free. */
  planOverride: v.nullable(text(64)),
  /** Day of month 1..31 (clamped to short months), hour and minute in UTC. */
  billingAnchor: v.nullable(v.object({ day: wholeIn(1, 31), hour: wholeIn(0, 23), minute: wholeIn(0, 59) })),
  /** How the free plan's daily cap window is counted; Base44 does not document the instant. */
  dailyWindow: v.picklist(['utcMidnight', 'localMidnight', 'rolling24h']),
  /** Percent of a pool used at which to warn and to alarm. */
  thresholds: v.pipe(
    v.object({ warn: percent, critical: percent }),
    v.check((t) => t.critical > t.warn),
  ),
  confirmBeforeSend: v.boolean(),
  storeExcerpts: v.boolean(),
  notify: v.object({ thresholds: v.boolean(), capReached: v.boolean(), reset: v.boolean() }),
  /**
   * The extension's own pages and notifications: 'auto' follows the browser. (The chip on the
   * builder page always follows the page's language.) This and the fields below are optional in
   * the type because settings saved before they existed lack them; `parseSettings` fills them in.
   */
  uiLanguage: v.optional(v.picklist(['auto', ...LOCALES])),
  /** The user's own budgets: message credits a day, and per app per credit cycle (by app id). */
  budgets: v.optional(
    v.object({
      daily: v.nullable(amount),
      perApp: v.record(v.string(), credits),
    }),
  ),
  /** Stop-loss for fix loops: on/off, fix prompts in a row, credits on fixes within an hour. */
  fixLoop: v.optional(v.object({ enabled: v.boolean(), streak: wholeIn(1, 20), credits: amount })),
  /** Price per credit, to show money beside credits; null = credits only. */
  money: v.optional(
    v.nullable(
      v.variant('source', [
        /** The plan's price per month (yearly plans: the monthly equivalent) and its message credits. */
        v.object({ source: v.literal('plan'), currency, monthlyPrice: amount, plan: text(64) }),
        /** A top-up: `price` bought `credits` message credits. */
        v.object({ source: v.literal('topUp'), currency, price: amount, credits: amount }),
      ]),
    ),
  ),
  /** Badge and chip display; the chip everywhere, and per app (by app id) where the user chose otherwise. */
  display: v.optional(
    v.object({
      badge: v.object({
        show: v.picklist(['remaining', 'percent', 'none']),
        pool: v.picklist(['auto', 'message', 'daily', 'integration']),
      }),
      chip: v.object({
        display: v.picklist(['full', 'compact']),
        perApp: v.record(v.string(), v.picklist(['full', 'compact', 'hidden'])),
      }),
    }),
  ),
};
export const settingsSchema = v.object(SETTINGS_ENTRIES);
export type StoredSettings = v.InferOutput<typeof settingsSchema>;

/** Each field as stored when it fits, else the default's; unknown keys are dropped. */
export function parseSettings(raw: unknown, defaults: StoredSettings): StoredSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SETTINGS_ENTRIES)) {
    const r = v.safeParse(schema, stored[key]);
    out[key] = r.success && r.output !== undefined ? r.output : defaults[key as keyof StoredSettings];
  }
  return out as StoredSettings;
}
