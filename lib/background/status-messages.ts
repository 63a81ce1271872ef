import type { Status, StatusKind } from '../credits/types';
import type { Locale } from '../i18n/locales';
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
  return { kind: 'ok', message: 'Up to date.', at: now };
}

export const MESSAGES = {
  signedOut: 'Signed out of Base44 — sign in at app.base44.com so the meter can read your balance.',
  keyRejected: 'Base44 rejected the API key — check it on the Options page.',
  roleDenied:
    'Your role in this workspace cannot use the Monitoring API (owners and admins only) — automatic checks paused until you save the key again; balances come from the builder page.',
  notEnterprise:
    'This workspace is not on Enterprise, so the Monitoring API refuses it — automatic checks paused until you save the key again; balances come from the builder page.',
  refusedUnsure:
    'The Monitoring API refused: the workspace is not on Enterprise, or your role cannot use it — automatic checks paused until you save the key again; balances come from the builder page.',
  workspaceNotFound: 'Base44 does not know that workspace id — check it on the Options page.',
  outOfCredits: 'Base44 refused the prompt: out of message credits',
  pageChanged: 'Base44 changed its page — estimates paused.',
  unrecognised: 'Base44 answered in a form the meter does not recognise — balances paused until an update.',
  stale: 'Base44 sent an answer that could not be read — showing the last good reading.',
  rateLimited: 'Base44 asked the meter to slow down — it will retry automatically.',
  unreachable: 'Cannot reach Base44 — it will retry automatically.',
  storageUnavailable:
    'The meter’s database will not open, so new readings and prompts are not being kept — restart the browser; if it persists, update the extension.',
  storageFull:
    'The browser’s storage for the meter is full — older readings were thinned; free disk space or export and delete old data.',
} as const;

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
  ['Up to date.', 'msg.ok'],
  ...Object.entries(MESSAGES).map(([k, text]) => [text, `msg.${k}` as UiKey] as [string, UiKey]),
]);
