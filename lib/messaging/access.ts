/**
 * Who may send which message. Extension pages (popup, options, ledger, diagnostics) hold the
 * privileged ones; content scripts on the builder send only what the page showed. A hostile or
 * compromised builder page can therefore never read the key, test it against another workspace,
 * read the ledger or delete data.
 */
import { BASE44_ORIGIN } from '../base44/urls';
import type { MessageName } from './protocol';

export type SenderKind = 'extension' | 'builder' | 'other';

export const ACCESS: Readonly<Record<MessageName, readonly SenderKind[]>> = {
  getSummary: ['extension', 'builder'],
  getComposerContext: ['builder'],
  chipWords: ['builder'],
  estimate: ['builder'],
  refreshNow: ['extension'],
  pageObservation: ['builder'],
  pageHealth: ['builder'],
  promptSent: ['builder'],
  pageText: ['builder'],
  getWorkspaces: ['extension'],
  setActiveWorkspace: ['extension'],
  getDiagnostics: ['extension'],
  setCredentials: ['extension'],
  testConnection: ['extension'],
  getCredentialsInfo: ['extension'],
  getAppCosts: ['extension'],
  getAppNames: ['extension'],
  deleteAllData: ['extension'],
};

export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** What kind of context sent a message, from the browser's own sender record (never the message). */
export function senderKind(sender: RawSender, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return 'other';
  if (sender.url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && sender.url.startsWith(BASE44_ORIGIN + '/')) return 'builder';
  return 'other';
}

export function allowed(name: string, kind: SenderKind): name is MessageName {
  return Object.hasOwn(ACCESS, name) && ACCESS[name as MessageName].includes(kind);
}
