import { statusMessageText } from '../background/status-messages';
import type { Status } from '../credits/types';
import type { Locale } from '../i18n/locales';
import { uiT, type UiT } from '../i18n/ui-messages';
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
export function statusView(status: Status, zone: Zone = {}, locale: Locale = 'en'): StatusView | null {
  const view = baseView(status, zone, uiT(locale), statusMessageText(status.message, locale));
  if (!view) return null;
  // The background's message often restates the title; show it only when it adds something.
  const same = (a: string) => a.trim().replace(/\.$/, '').toLowerCase();
  return same(view.detail) === same(view.title) ? { ...view, detail: '' } : view;
}

function baseView(status: Status, zone: Zone, t: UiT, detail: string): StatusView | null {
  switch (status.kind) {
    case 'ok':
      return null;
    case 'keyRejected':
      return {
        title: t('sv.keyRejected'),
        detail,
        action: 'openOptions',
        actionLabel: t('sv.keyRejected.action'),
        tone: 'error',
      };
    case 'apiRefused':
      return {
        title: t('sv.apiRefused'),
        detail,
        action: 'openOptions',
        actionLabel: t('sv.apiRefused.action'),
        tone: 'info',
      };
    case 'signedOut':
      return {
        title: t('sv.signedOut'),
        detail,
        action: 'openBase44',
        actionLabel: t('sv.signedOut.action'),
        tone: 'warn',
      };
    case 'outOfCredits':
      return {
        title: t('sv.outOfCredits'),
        detail,
        action: 'openBase44',
        actionLabel: t('sv.outOfCredits.action'),
        tone: 'error',
      };
    case 'pageChanged':
      return {
        title: t('sv.pageChanged'),
        detail: detail || t('sv.pageChanged.detail'),
        action: null,
        actionLabel: null,
        tone: 'warn',
      };
    case 'rateLimited':
      return {
        title: status.retryAt
          ? t('sv.rateLimitedAt', { time: formatTime(status.retryAt, zone) })
          : t('sv.rateLimited'),
        detail,
        action: null,
        actionLabel: null,
        tone: 'info',
      };
    case 'unreachable':
      return {
        title: status.retryAt
          ? t('sv.unreachableAt', { time: formatTime(status.retryAt, zone) })
          : t('sv.unreachable'),
        detail,
        action: 'refresh',
        actionLabel: t('tryAgain'),
        tone: 'warn',
      };
    case 'unrecognised':
      return {
        title: t('sv.unrecognised'),
        detail,
        action: 'refresh',
        actionLabel: t('tryAgain'),
        tone: 'warn',
      };
    case 'storageUnavailable':
      return {
        title: t('sv.storageUnavailable'),
        detail,
        action: null,
        actionLabel: null,
        tone: 'error',
      };
    case 'storageFull':
      return {
        title: t('sv.storageFull'),
        detail,
        action: 'openOptions',
        actionLabel: t('sv.storageFull.action'),
        tone: 'error',
      };
    case 'stale':
      return {
        title: t('sv.stale'),
        detail,
        action: 'refresh',
        actionLabel: t('refresh'),
        tone: 'info',
      };
  }
}
