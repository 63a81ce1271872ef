/**
 * Looking a message up and filling it in. Pure: the locale is always a parameter.
 * A message is a string with `{name}` placeholders, or plural forms keyed by the CLDR category
 * `Intl.PluralRules` picks for the `count` parameter ("1 credit", "0.3 credits", Hebrew's two).
 */
import { dirOf, type Locale } from './locales';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

const FSI = '\u2068';
const PDI = '\u2069';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f;
}

export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
}

/**
 * In a right-to-left language a number or a name set into a sentence is wrapped in first-strong
 * isolates (U+2068…U+2069), so "5–8" or "Pro (Builder)" keeps its own order. Left-to-right text is
 * left untouched.
 */
export function isolate(locale: Locale, s: string): string {
  return dirOf(locale) === 'rtl' ? FSI + s + PDI : s;
}

/** Fill `{name}` placeholders; numbers are written in the locale's digits and separators. */
export function fill(template: string, locale: Locale, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return isolate(locale, typeof v === 'number' ? numberFormat(locale).format(v) : v);
  });
}

export function pickForm(message: Message, locale: Locale, params: Params = {}): string {
  if (typeof message === 'string') return message;
  const n = params.count;
  const category = typeof n === 'number' ? pluralCategory(locale, n) : 'other';
  return message[category] ?? message.other;
}

export function translate(message: Message, locale: Locale, params?: Params): string {
  return fill(pickForm(message, locale, params), locale, params);
}

/** The `{name}` placeholders a message uses, over all its forms. */
export function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) for (const m of form.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}

export type Translator<K extends string> = (key: K, params?: Params) => string;

/** A `t(key, params)` bound to one catalogue and locale, falling back to English per key. */
export function translator<K extends string>(
  cat: Partial<Record<K, Message>>,
  en: Record<K, Message>,
  locale: Locale,
): Translator<K> {
  return (key, params) => translate(cat[key] ?? en[key], locale, params);
}
