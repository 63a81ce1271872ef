/**
 * What to do when the browser reports the extension installed or updated. Pure: the browser's
 * details and the running version are passed in.
 */

export interface InstallDetails {
  /** `install`, `update`, `browser_update` / `chrome_update`, `shared_module_update`. */
  reason: string;
  previousVersion?: string;
}

export interface InstallPlan {
  /** Open the welcome page: on a fresh install only, never on updates or browser restarts. */
  openWelcome: boolean;
  /** Versions for the popup's "what's new" note: only after an update to a newer version. */
  whatsNew: { from: string; to: string } | null;
}

/** Dotted numeric versions ("0.10.1" > "0.9.3"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * `welcomed`: the welcome page was opened before in this profile. A browser can report an extension
 * loaded from a folder as installed again at every start while its storage survives; the page
 * still opens once.
 */
export function installPlan(details: InstallDetails, version: string, welcomed = false): InstallPlan {
  if (details.reason === 'install') return { openWelcome: !welcomed, whatsNew: null };
  const from = details.previousVersion;
  // A reload of the same version (developer mode) or a downgrade has nothing new to tell.
  if (details.reason === 'update' && from && compareVersions(from, version) < 0)
    return { openWelcome: false, whatsNew: { from, to: version } };
  return { openWelcome: false, whatsNew: null };
}
