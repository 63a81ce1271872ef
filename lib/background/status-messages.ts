import type { Status, StatusKind } from '../credits/types';
import type { Locale } from '../i18n/locales';
import { en } from '../i18n/ui/en';
import { uiT, type UiKey } from '../i18n/ui-messages';

/** Statuses a person has to do something about; the badge shows `!` for these. */
export const NEEDS_ACTION: readonly StatusKind[] = [
  'storageUnavailable',
  'storageFull',
  'signedOut',
  'keyRejected',
  'outOfCredits',
  'apiRefused',
  'pageChanged',
  'unrecognised',
];

/** Most important first: the one shown when several sources report something. */
const PRECEDENCE: readonly StatusKind[] = [
  // Nothing else can be kept while the store itself fails.
  'storageUnavailable',
  'storageFull',
  'keyRejected',
  'signedOut',
  'outOfCredits',
  'pageChanged',
  // Below the page's own problems: with the API refused, the page is the only source left.
  'apiRefused',
  'unrecognised',
  'rateLimited',
  'unreachable',
  'stale',
  'ok',
];

export function combineStatus(parts: (Status | null | undefined)[], now: number): Status {
  const present = parts.filter((p): p is Status => !!p);
  present.sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind));
  return present[0] ?? okStatus(now);
}

export function okStatus(now: number): Status {
  return { kind: 'ok', message: en['msg.ok'], at: now };
}

const MESSAGE_KINDS = [
  'signedOut',
  'keyRejected',
  'roleDenied',
  'notEnterprise',
  'refusedUnsure',
  'workspaceNotFound',
  'outOfCredits',
  'pageChanged',
  'unrecognised',
  'stale',
  'rateLimited',
  'unreachable',
  'storageUnavailable',
  'storageFull',
] as const;

/**
 * The background's status messages, stored in English. Their wording is written once, as the
 * English catalogue's `msg.*` entries (lib/i18n/ui/en.ts); the other catalogues translate those.
 */
export const MESSAGES = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, en[`msg.${k}`]])) as Record<
  (typeof MESSAGE_KINDS)[number],
  string
>;

export function makeStatus(kind: StatusKind, message: string, now: number, retryAt?: number | null): Status {
  return retryAt ? { kind, message, at: now, retryAt } : { kind, message, at: now };
}

/**
 * A status message in the reader's language. The background stores its messages in English (they
 * also go into events and reports); a message it wrote from MESSAGES is shown translated, anything
 * else (Base44's own words, a page's error text) as it came.
 */
export function statusMessageText(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const key = MESSAGE_KEYS.get(message);
  return key ? uiT(locale)(key) : message;
}

const MESSAGE_KEYS = new Map<string, UiKey>([
  ...(['ok', ...MESSAGE_KINDS] as const).map((k) => [en[`msg.${k}`], `msg.${k}`] as [string, UiKey]),
]);
