/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built Firefox
 * extension installed and https://app.base44.com served by the simulated Base44 through a local
 * CONNECT proxy (Firefox has no host-resolver flag).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { copyBuiltExtension } from '../../e2e/support/extension-copy';
import { DEFAULT_APP_ID, SANDBOX_ORIGIN } from '../../sandbox/ids';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The gecko id in wxt.config.ts; Firefox keys installed add-ons by it. */
export const GECKO_ID = 'credit-meter@base44-tools.invalid';
/** A fixed internal UUID, so the extension's origin is known before it starts. */
export const EXTENSION_UUID = '6f0c2d1e-8b3a-4e57-9c64-2a1b3c4d5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxPath(): string {
  return process.env.CREDIT_METER_FIREFOX || FIREFOX_PATH;
}

export function requireFirefox(path = firefoxPath()): string {
  if (!existsSync(path))
    throw new Error(
      `Firefox was not found at ${path}. Install it with:\n` +
        '  sudo apt-get update && sudo apt-get install -y firefox-esr',
    );
  return path;
}

/** Profile prefs: unsigned add-ons, the fixed UUID, and HTTPS through the sandbox's proxy. */
export function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    // ESR honours this; release builds would refuse the unsigned build.
    'xpinstall.signatures.required': false,
    // Load add-ons found in the profile at start-up without asking (see `startPage`).
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    // Keep Firefox's own update and telemetry traffic from knocking on the proxy.
    'app.update.enabled': false,
    'services.settings.server': 'https://127.0.0.1:9/',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  };
}

export interface FirefoxLaunchOptions {
  /** Default `.output/firefox-mv2` (build first: `npx wxt build -b firefox`). */
  extensionDir?: string;
  /**
   * An extension page (e.g. `ledger.html`) to show in the first tab. BiDi refuses to navigate to
   * moz-extension:// URLs and `installExtension` runs after start-up, so for this the build is
   * installed in the profile instead and Firefox opens the page itself at start-up.
   */
  startPage?: string;
}

export interface FirefoxHarness {
  browser: Browser;
  /** The extension page given as `startPage`, once it has loaded. */
  startPage(): Promise<Page>;
  openBuilder(opts?: { appId?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(
  proxyPort: number,
  opts: FirefoxLaunchOptions = {},
): Promise<FirefoxHarness> {
  const executablePath = requireFirefox();
  const profile = await mkdtemp(join(tmpdir(), 'credit-meter-firefox-'));
  // A private copy: a build running meanwhile cannot change files under the browser.
  const extensionDir = join(profile, 'extension-build');
  let browser: Browser | undefined;
  try {
    await copyBuiltExtension(resolve(opts.extensionDir ?? '.output/firefox-mv2'), extensionDir);
    if (opts.startPage) {
      // A proxy file: the profile's extensions folder points at the unpacked build.
      await mkdir(join(profile, 'extensions'), { recursive: true });
      await writeFile(join(profile, 'extensions', GECKO_ID), extensionDir);
    }
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      args: opts.startPage ? [`${EXTENSION_ORIGIN}/${opts.startPage.replace(/^\//, '')}`] : [],
      extraPrefsFirefox: firefoxPrefs(proxyPort),
    });
    if (!opts.startPage) {
      const id = await browser.installExtension(extensionDir);
      if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
    }
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
  const b = browser;

  let closed = false;
  return {
    browser: b,
    async startPage() {
      if (!opts.startPage) throw new Error('launched without a startPage');
      const want = `${EXTENSION_ORIGIN}/${opts.startPage.replace(/^\//, '')}`;
      const deadline = Date.now() + 15_000;
      for (;;) {
        const page = (await b.pages()).find((p) => p.url() === want);
        if (page) {
          await page.waitForFunction(() => document.readyState === 'complete');
          return page;
        }
        if (Date.now() > deadline) throw new Error(`Firefox did not open ${want}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async openBuilder(o = {}) {
      const page = await b.newPage();
      await page.goto(`${SANDBOX_ORIGIN}/apps/${o.appId ?? DEFAULT_APP_ID}/editor/preview`);
      await page.waitForSelector('textarea');
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      await b.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
