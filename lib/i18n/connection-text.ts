/**
 * The words for what "test connection" / saving a key found. The background sends a code and the
 * numbers (`ConnectionNote`); each page words it in its own language.
 */
import { WORKSPACE_KEY_PREFIX } from '../base44/api-keys';
import type { ConnectionNote } from '../messaging/protocol';
import type { Locale } from './locales';
import { uiT } from './ui-messages';

const counts = new Map<Locale, Intl.NumberFormat>();

/** Credits as people read them in `locale`, without grouping ("1200", as Base44 writes balances). */
function count(locale: Locale, n: number): string {
  let f = counts.get(locale);
  if (!f)
    counts.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 })));
  return f.format(n);
}

export function connectionText(note: ConnectionNote, locale: Locale): string {
  const t = uiT(locale);
  const prefix = WORKSPACE_KEY_PREFIX;
  switch (note.code) {
    case 'missingKey':
      return t('conn.missingKey');
    case 'missingWorkspace':
      return t('conn.missingWorkspace');
    case 'connected':
      return note.remaining === null || note.limit === null
        ? t('conn.connectedNoCount')
        : t('conn.connected', { remaining: count(locale, note.remaining), limit: count(locale, note.limit) });
    case 'answerUnrecognised':
      return t('conn.answerUnrecognised', { detail: note.detail });
    case 'keyRejected':
      return note.workspaceKey ? t('conn.keyRejectedWorkspace', { prefix }) : t('conn.keyRejected');
    case 'roleDenied':
      return t('conn.roleDenied');
    case 'notEnterprise':
      return t(note.certain ? 'conn.notEnterprise' : 'conn.refusedUnsure', {
        instead: t('conn.withoutMonitoring'),
      });
    case 'notFound':
      return note.workspaceKey ? t('conn.notFoundWorkspaceKey', { prefix }) : t('conn.notFound');
    case 'rateLimited':
      return t('conn.rateLimited');
    case 'unreachable':
      return t('conn.unreachable', { detail: note.detail });
    case 'unrecognised':
      return t('conn.unrecognised', { detail: note.detail });
    case 'keyRemoved':
      return t('conn.keyRemoved');
  }
}
