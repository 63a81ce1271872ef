/**
 * What the popup showed last time (workspace and next reset), kept in the page's own localStorage:
 * with it the live queries start at once, alongside the summary request, instead of waiting for
 * its answer. Only a hint — the summary always wins, and the queries re-run if it differs.
 */
const KEY = 'cm:lastView';

export interface ViewHint {
  workspaceId: string;
  nextReset: number | null;
}

export function readViewHint(): ViewHint | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<ViewHint>;
    if (typeof v.workspaceId !== 'string' || !v.workspaceId) return null;
    return { workspaceId: v.workspaceId, nextReset: typeof v.nextReset === 'number' ? v.nextReset : null };
  } catch {
    return null;
  }
}

export function writeViewHint(hint: ViewHint): void {
  try {
    const raw = JSON.stringify(hint);
    if (globalThis.localStorage?.getItem(KEY) !== raw) globalThis.localStorage?.setItem(KEY, raw);
  } catch {
    // Storage unavailable: the popup just starts its queries a little later.
  }
}
