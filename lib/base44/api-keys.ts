/**
 * The two kinds of Base44 API key (see ../../shared/base44-facts.md, "API keys", from Base44's own
 * CLI): a personal key (Settings → Account → API key) works for any workspace its owner can see; a
 * workspace key, made in an Enterprise workspace, starts with `b44k_` and works only for that
 * workspace. The prefix rule lives here and nowhere else.
 */
export const WORKSPACE_KEY_PREFIX = 'b44k_';

export type KeyKind = 'workspace' | 'personal' | 'empty';

/** Which kind of key this looks like. Pure; never inspects more than the prefix. */
export function keyKind(key: string): KeyKind {
  const trimmed = key.trim();
  if (!trimmed) return 'empty';
  return trimmed.startsWith(WORKSPACE_KEY_PREFIX) ? 'workspace' : 'personal';
}

/** How the options page names a kind (never the key itself); null for an empty field. */
export function keyKindLabel(kind: KeyKind): string | null {
  switch (kind) {
    case 'workspace':
      return `Workspace key (${WORKSPACE_KEY_PREFIX}…)`;
    case 'personal':
      return 'Personal API key';
    case 'empty':
      return null;
  }
}
