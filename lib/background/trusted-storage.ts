/**
 * Keeps `storage.local` (settings, statuses, workspace names; no secrets — the API key is in the
 * extension's IndexedDB, lib/db/secret-key.ts) out of content scripts' reach. Chrome lets an
 * extension restrict a storage area to its own pages and worker; Firefox (and older Chrome) support
 * this for `storage.session` only, and the fake browser in tests not at all — there the call is
 * skipped or its refusal ignored, and content scripts can read these settings.
 */
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> | void;
}

export type TrustedResult = 'restricted' | 'unsupported' | 'refused';

export async function restrictToTrustedContexts(area: unknown): Promise<TrustedResult> {
  const fn = (area as AccessLevelArea | null | undefined)?.setAccessLevel;
  if (typeof fn !== 'function') return 'unsupported';
  try {
    await fn.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
    return 'restricted';
  } catch {
    return 'refused';
  }
}
