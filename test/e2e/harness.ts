/**
 * End-to-end harness: the simulated Base44 (test/sandbox) plus Debian's Chromium with the built
 * extension loaded, driven by playwright-core. Contract: common brief, "Shared e2e contracts".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startSandboxServer } from '../sandbox/server';
import { createControlClient, sandboxRequest, type RawResponse } from '../sandbox/control-client';
import { DEFAULT_APP_ID, SANDBOX_ORIGIN } from '../sandbox/ids';
import type { ComposerKind, SandboxControl } from '../sandbox/control-types';
import { chromiumArgs, requireChromium } from './support/chromium';
import { ServiceWorkerControl } from './support/service-worker';
import { copyBuiltExtension } from './support/extension-copy';

export type { SandboxControl, SandboxState, ComposerKind } from '../sandbox/control-types';
export {
  DEFAULT_APP_ID,
  SECOND_APP_ID,
  DEFAULT_WORKSPACE_ID,
  TEAM_WORKSPACE_ID,
  TEAM_APP_ID,
  DEFAULT_API_KEY,
  SESSION_TOKEN,
} from '../sandbox/ids';
export { ChromiumMissingError, CHROMIUM_PATH } from './support/chromium';

export interface Sandbox {
  port: number;
  origin: typeof SANDBOX_ORIGIN;
  control: SandboxControl;
  /** Extra: a raw HTTPS request to the sandbox from Node (certificate verified), e.g. the Monitoring API. */
  request(
    path: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<RawResponse>;
  stop(): Promise<void>;
}

export interface BuilderOptions {
  appId?: string;
  composer?: ComposerKind;
  /** A full path (with query) instead of `/apps/{appId}/editor/preview`. */
  path?: string;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The running service worker; when it is stopped, starts it again (or only waits, with `{ wake: false }`). */
  worker(opts?: { wake?: boolean; timeoutMs?: number }): Promise<Worker>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  openBuilder(opts?: BuilderOptions): Promise<Page>;
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** IANA time zone for pages (Playwright timezoneId) and the browser process (TZ). */
  tz?: string;
  /** Default true. */
  headless?: boolean;
  /**
   * Default `.output/chrome-mv3` (build first: `npm run test:e2e` runs `wxt build`). The browser
   * loads a private copy, so the extension id differs per launch: read `harness.extensionId`.
   */
  extensionDir?: string;
  /**
   * The browser's language, e.g. 'he' or 'ja': Chromium's `--lang`, the LANGUAGE/LANG environment
   * it reads on Linux, and Playwright's `locale` (navigator.language, Accept-Language).
   */
  locale?: string;
  /**
   * The extension opens its welcome page once, on install (lib/background/install.ts). By default
   * the harness waits for that tab and closes it, so tests start with the browser's own tabs only;
   * `true` leaves it open (the test that checks it opens).
   */
  keepWelcome?: boolean;
  /**
   * A browser profile to use and keep: a second launch with the same directory is the same browser
   * restarted (same extension path, so the same extension id and storage). The caller removes it.
   */
  profileDir?: string;
}

/** How long a fresh install may take to open its welcome tab. */
const WELCOME_TIMEOUT_MS = 10_000;

export async function startSandbox(opts: { port?: number } = {}): Promise<Sandbox> {
  const server = await startSandboxServer({ port: opts.port });
  return {
    port: server.port,
    origin: SANDBOX_ORIGIN,
    control: createControlClient(server.port, server.cert),
    request: (path, init) => sandboxRequest(server.port, server.cert, path, init),
    stop: () => server.stop(),
  };
}

/** The extension's origin, read from its service worker's URL. */
async function findExtensionOrigin(context: BrowserContext): Promise<string> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const first =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  return `chrome-extension://${new URL(first.url()).host}`;
}

/** The welcome tab the install opened, once it is there (null when it never came). */
async function waitForWelcome(context: BrowserContext, origin: string): Promise<Page | null> {
  const url = `${origin}/welcome.html`;
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The CDP session that watches and steers the service worker lives on a tab showing a document of
 * the extension's origin: the browser's first tab, or a new one if a test closed it.
 */
function serviceWorkerWatcher(context: BrowserContext, origin: string) {
  let anchor: Page | null = null;
  let control: ServiceWorkerControl | null = null;
  return async (): Promise<ServiceWorkerControl> => {
    if (control && anchor && !anchor.isClosed()) return control;
    anchor = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    await anchor.goto(`${origin}/manifest.json`);
    control = await ServiceWorkerControl.attach(context, origin, anchor);
    return control;
  };
}

const COMPOSER_SELECTOR = 'textarea, [contenteditable="true"]';

/** The browser process's environment: TZ for the time zone, LANGUAGE/LANG for the UI language. */
function launchEnv(opts: LaunchOptions): NodeJS.ProcessEnv | undefined {
  if (!opts.tz && !opts.locale) return undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (opts.tz) env.TZ = opts.tz;
  if (opts.locale) {
    const posix = opts.locale.replace('-', '_');
    env.LANGUAGE = posix;
    env.LANG = `${posix}.UTF-8`;
    delete env.LC_ALL;
  }
  return env;
}

export async function launchExtension(sandbox: Sandbox, opts: LaunchOptions = {}): Promise<Harness> {
  const executablePath = requireChromium();
  const builtDir = resolve(opts.extensionDir ?? '.output/chrome-mv3');
  const userDataDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'credit-meter-e2e-')));
  const removeProfile = () =>
    opts.profileDir ? Promise.resolve() : rm(userDataDir, { recursive: true, force: true });
  const extensionDir = join(userDataDir, 'extension');
  try {
    await copyBuiltExtension(builtDir, extensionDir);
  } catch (e) {
    await removeProfile();
    throw e;
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: opts.headless ?? true,
      args: [...chromiumArgs(extensionDir, sandbox.port), ...(opts.locale ? [`--lang=${opts.locale}`] : [])],
      ignoreHTTPSErrors: true,
      timezoneId: opts.tz,
      locale: opts.locale,
      env: launchEnv(opts),
      viewport: { width: 1280, height: 800 },
    });
  } catch (e) {
    await removeProfile();
    throw e;
  }

  let extensionOrigin: string;
  let sw: () => Promise<ServiceWorkerControl>;
  try {
    extensionOrigin = await findExtensionOrigin(context);
    if (!opts.keepWelcome) await (await waitForWelcome(context, extensionOrigin))?.close();
    sw = serviceWorkerWatcher(context, extensionOrigin);
    await sw(); // start watching now, so the worker's status is known from the start
  } catch (e) {
    await context.close().catch(() => undefined);
    await removeProfile();
    throw e;
  }
  const extensionId = new URL(extensionOrigin).host;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}`);
    return page;
  }

  async function openBuilder(b: BuilderOptions = {}): Promise<Page> {
    let path = b.path ?? `/apps/${b.appId ?? DEFAULT_APP_ID}/editor/preview`;
    if (b.composer) path += (path.includes('?') ? '&' : '?') + `composer=${b.composer}`;
    const page = await context.newPage();
    await page.goto(`${SANDBOX_ORIGIN}${path}`);
    await page.locator(COMPOSER_SELECTOR).first().waitFor();
    return page;
  }

  let closed = false;
  return {
    context,
    extensionId,
    worker: async (o = {}) => (await sw()).worker(o.wake ?? true, o.timeoutMs),
    openPopup: async () => {
      const page = await context.newPage();
      // Roughly the size Chrome gives an action popup.
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`${extensionOrigin}/popup.html`);
      return page;
    },
    openOptions: () => openExtensionPage('options.html'),
    openExtensionPage,
    openBuilder,
    stopServiceWorker: async () => (await sw()).stop(),
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await removeProfile();
    },
  };
}
