/** Finding Debian's Chromium and the flags that load an unpacked extension in it. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's Chromium, unless CREDIT_METER_CHROMIUM points elsewhere (another machine's layout). */
export function chromiumPath(): string {
  return process.env.CREDIT_METER_CHROMIUM || CHROMIUM_PATH;
}

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(
      `Chromium was not found at ${path}. Install it with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(the end-to-end tests and the demo drive the real browser; they never download one).',
    );
    this.name = 'ChromiumMissingError';
  }
}

export function requireChromium(path = chromiumPath()): string {
  if (!existsSync(path)) throw new ChromiumMissingError(path);
  return path;
}

/** Flags from toolchain.md plus the mapping that sends app.base44.com to the local sandbox. */
export function chromiumArgs(extensionDir: string, sandboxPort: number): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=MAP app.base44.com 127.0.0.1:${sandboxPort}`,
    // The sandbox's certificate is self-signed; Playwright's ignoreHTTPSErrors does not cover the
    // extension's service-worker fetches, this flag does.
    '--ignore-certificate-errors',
  ];
}
