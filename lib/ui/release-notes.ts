import { compareVersions } from '../background/install-plan';
import type { UiKey } from '../i18n/ui-messages';

/** What each version brought, as catalogue keys (one short line each), oldest first. */
export const RELEASE_NOTES: readonly { version: string; lines: readonly UiKey[] }[] = [
  {
    version: '0.2.0',
    lines: [
      'whatsNew.0_2_0.integration',
      'whatsNew.0_2_0.ledger',
      'whatsNew.0_2_0.capReset',
      'whatsNew.0_2_0.shortcut',
    ],
  },
];

/** The lines for every version after `from` up to and including `to`, oldest first. */
export function notesBetween(from: string, to: string): UiKey[] {
  return RELEASE_NOTES.filter(
    (n) => compareVersions(n.version, from) > 0 && compareVersions(n.version, to) <= 0,
  ).flatMap((n) => n.lines);
}
