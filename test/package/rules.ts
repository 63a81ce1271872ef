/** What the store packages must and must not hold; pure, so the rules themselves are unit-tested. */

export type ZipKind = 'chrome' | 'firefox' | 'sources';

export interface PackagedManifest {
  manifest_version?: number;
  web_accessible_resources?: unknown;
  browser_specific_settings?: { gecko?: { id?: string } };
  content_security_policy?: string | { extension_pages?: string };
}

/** Paths that must never be in any zip. */
const FORBIDDEN: { why: string; test: RegExp }[] = [
  { why: 'build or tool output', test: /(^|\/)(node_modules|\.output|\.wxt|coverage)\// },
  { why: 'test, demo or bench output', test: /(^|\/)(test-results|demo-output|bench-output)\// },
  { why: 'a key or certificate', test: /\.(pem|key|crt|cer|p12|pfx)$/i },
  { why: 'local settings or secrets', test: /(^|\/)\.env(\.|$)|(^|\/)\.DS_Store$/ },
  { why: 'a log', test: /\.log$/i },
];

function cspOf(m: PackagedManifest): string {
  const c = m.content_security_policy;
  return (typeof c === 'string' ? c : c?.extension_pages) ?? '';
}

/** Extension pages may run only the packaged scripts: `script-src 'self'` and nothing added. */
function strictCsp(m: PackagedManifest): boolean {
  const scriptSrc = cspOf(m)
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '));
  return scriptSrc === "script-src 'self'";
}

/** Problems with one zip: `names` are its entries, `manifest` its manifest.json (extension zips). */
export function packageProblems(
  kind: ZipKind,
  names: readonly string[],
  manifest: PackagedManifest | null,
): string[] {
  const problems: string[] = [];
  for (const name of names)
    for (const f of FORBIDDEN) if (f.test.test(name)) problems.push(`${kind} zip holds ${f.why}: ${name}`);

  if (kind === 'sources') {
    // What a reviewer needs to rebuild the Firefox package.
    for (const need of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'])
      if (!names.includes(need)) problems.push(`sources zip lacks ${need}`);
    if (!names.some((n) => n.startsWith('entrypoints/'))) problems.push('sources zip lacks entrypoints/');
    return problems;
  }

  if (!manifest) return [...problems, `${kind} zip has no manifest.json at its root`];
  if (!strictCsp(manifest)) problems.push(`${kind} extension-page CSP is not strict: "${cspOf(manifest)}"`);
  // Neither build lets web pages load its files (the page observer is injected by the extension).
  if (manifest.web_accessible_resources !== undefined)
    problems.push(`${kind} manifest exposes web_accessible_resources`);
  if (kind === 'chrome') {
    if (manifest.manifest_version !== 3) problems.push('chrome manifest is not MV3');
    if (manifest.browser_specific_settings !== undefined)
      problems.push('chrome manifest has browser_specific_settings');
  } else if (!manifest.browser_specific_settings?.gecko?.id) {
    problems.push('firefox manifest has no gecko id');
  }
  return problems;
}
