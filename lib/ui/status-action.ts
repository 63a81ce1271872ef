import type { Status } from '../credits/types';
import { formatTime, type Zone } from './time';

export type StatusAction = 'openOptions' | 'openBase44' | 'refresh' | null;

export interface StatusView {
  title: string;
  /** Extra explanation under the title (the background's own message when it adds something). */
  detail: string;
  action: StatusAction;
  actionLabel: string | null;
  tone: 'info' | 'warn' | 'error';
}

/** What the banner says and offers for a status; null for ok (no banner). Pure. */
export function statusView(status: Status, zone: Zone = {}): StatusView | null {
  const view = baseView(status, zone);
  if (!view) return null;
  // The background's message often restates the title; show it only when it adds something.
  const same = (a: string) => a.trim().replace(/\.$/, '').toLowerCase();
  return same(view.detail) === same(view.title) ? { ...view, detail: '' } : view;
}

function baseView(status: Status, zone: Zone): StatusView | null {
  const detail = status.message;
  switch (status.kind) {
    case 'ok':
      return null;
    case 'keyRejected':
      return {
        title: 'API key rejected',
        detail,
        action: 'openOptions',
        actionLabel: 'Check the API key',
        tone: 'error',
      };
    case 'apiRefused':
      return {
        title: 'Monitoring API not available here',
        detail,
        action: 'openOptions',
        actionLabel: 'Monitoring API settings',
        tone: 'info',
      };
    case 'signedOut':
      return {
        title: 'Signed out of Base44',
        detail,
        action: 'openBase44',
        actionLabel: 'Sign in to Base44',
        tone: 'warn',
      };
    case 'outOfCredits':
      return {
        title: 'Out of message credits',
        detail,
        action: 'openBase44',
        actionLabel: 'See plans on Base44',
        tone: 'error',
      };
    case 'pageChanged':
      return {
        title: 'Base44 changed its page — estimates paused',
        detail: detail || 'The prompt box could not be found; balances from the API still update.',
        action: null,
        actionLabel: null,
        tone: 'warn',
      };
    case 'rateLimited':
      return {
        title: status.retryAt
          ? `Rate-limited — retrying at ${formatTime(status.retryAt, zone)}`
          : 'Rate-limited — retrying soon',
        detail,
        action: null,
        actionLabel: null,
        tone: 'info',
      };
    case 'unreachable':
      return {
        title: status.retryAt
          ? `Base44 unreachable — retrying at ${formatTime(status.retryAt, zone)}`
          : 'Base44 unreachable',
        detail,
        action: 'refresh',
        actionLabel: 'Try again',
        tone: 'warn',
      };
    case 'unrecognised':
      return {
        title: "Base44's answer was not recognised",
        detail,
        action: 'refresh',
        actionLabel: 'Try again',
        tone: 'warn',
      };
    case 'storageUnavailable':
      return {
        title: 'Storage unavailable — nothing new is being kept',
        detail,
        action: null,
        actionLabel: null,
        tone: 'error',
      };
    case 'storageFull':
      return {
        title: 'Storage full — older readings thinned',
        detail,
        action: 'openOptions',
        actionLabel: 'Export or delete data',
        tone: 'error',
      };
    case 'stale':
      return {
        title: 'These numbers are out of date',
        detail,
        action: 'refresh',
        actionLabel: 'Refresh',
        tone: 'info',
      };
  }
}

/** With no key stored and nothing read from the page, the banner asks for one even when "ok". */
export function noKeyView(): StatusView {
  return {
    title: 'No API key — numbers come from the builder page',
    detail: 'Open a Base44 app to read balances, or add a Monitoring API key for account-wide numbers.',
    action: 'openOptions',
    actionLabel: 'Add an API key',
    tone: 'info',
  };
}
