/**
 * The page observer's added time per builder request: a page served as https://app.base44.com runs
 * N sequential `fetch`es the way the builder does (send, read the body), without and with the built
 * `page-observer.js` (the same script the extension injects into the page's main world), in the same
 * browser and run, alternating, several rounds; medians. No extension is loaded: only the observer's
 * own cost is measured.
 *
 * Requests: two JSON endpoints the observer reads (the workspaces list, the user), and two the
 * observer must leave alone: a 1.5 MB event stream and a 1.5 MB JSON answer (past its 1 MB cap).
 * The big ones are served by Playwright routes (the sandbox has no such endpoint); both sides pay
 * the same interception cost, which is why those rows are measured on their own.
 *
 * CM_OBSERVER_SCRIPT=path measures another build of the observer (e.g. an older one) instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { SESSION_TOKEN, startSandbox } from '../e2e/harness';
import { chromiumArgs, requireChromium } from '../e2e/support/chromium';
import { SANDBOX_ORIGIN } from '../sandbox/ids';
import type { BenchRow } from './run';

const GROUP = 'observer';
/** Batches per side, alternating, and requests per batch (the big responses: a quarter). */
const ROUNDS = Number(process.env.CM_BENCH_RUNS) || 12;
const REQUESTS = Number(process.env.CM_BENCH_REQUESTS) || 20;
const BIG_REQUESTS = Math.max(3, Math.round(REQUESTS / 4));
const BIG_BYTES = 1_500_000;
const extensionDir = resolve(process.env.CM_EXTENSION_DIR || '.output/chrome-mv3');
const observerScript = resolve(process.env.CM_OBSERVER_SCRIPT || join(extensionDir, 'page-observer.js'));

type ReadMode = 'json' | 'text';

interface Scenario {
  name: string;
  path: string;
  read: ReadMode;
  requests: number;
  /** Served by a route on the page rather than by the sandbox. */
  routed?: { contentType: string; body: string };
}

/** Server-sent events the size of a long turn's stream. */
function eventStream(bytes: number): string {
  const event = `data: ${JSON.stringify({ delta: 'Editing the Settings page component…', step: 3 })}\n\n`;
  return event.repeat(Math.ceil(bytes / event.length));
}

/** A JSON body past the observer's cap: a long conversation. */
function bigJson(bytes: number): string {
  const message = { id: 'b0a1c3d2-0000-4000-8000-000000000001', role: 'assistant', content: 'x'.repeat(900) };
  const n = Math.ceil(bytes / JSON.stringify(message).length);
  return JSON.stringify({ messages: Array.from({ length: n }, () => message) });
}

const SCENARIOS: Scenario[] = [
  {
    name: 'JSON GET /api/workspace/workspaces',
    path: '/api/workspace/workspaces',
    read: 'json',
    requests: REQUESTS,
  },
  { name: 'JSON GET /api/auth/me', path: '/api/auth/me', read: 'json', requests: REQUESTS },
  {
    name: `event stream ${(BIG_BYTES / 1e6).toFixed(1)} MB`,
    path: '/api/bench/stream',
    read: 'text',
    requests: BIG_REQUESTS,
    routed: { contentType: 'text/event-stream', body: eventStream(BIG_BYTES) },
  },
  {
    name: `JSON ${(BIG_BYTES / 1e6).toFixed(1)} MB (past the cap)`,
    path: '/api/bench/large',
    read: 'json',
    requests: BIG_REQUESTS,
    routed: { contentType: 'application/json', body: bigJson(BIG_BYTES) },
  },
];

/** `n` sequential requests from the page, each timed from send to body read, in ms. */
async function timeRequests(page: Page, s: Scenario, n: number): Promise<number[]> {
  return page.evaluate(
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    async ({ url, n, read, token }) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const r = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
        if (!r.ok) throw new Error(`${url} answered ${r.status}`);
        if (read === 'json') await r.json();
        else await r.text();
        times.push(performance.now() - t0);
      }
      return times;
    },
    { url: `${SANDBOX_ORIGIN}${s.path}`, n, read: s.read, token: SESSION_TOKEN },
  );
}

/**
 * The page's main-thread busy time so far (CDP Performance `TaskDuration`), in ms. (Its
 * `ScriptDuration` stays 0 for script run from promise jobs, which is all of this.)
 */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** A page of the origin, with the observer or not, serving the routed scenarios itself. */
async function openPage(context: BrowserContext, withObserver: boolean, routed: Scenario[]): Promise<Page> {
  const page = await context.newPage();
  for (const s of routed) {
    const { contentType, body } = s.routed!;
    await page.route(`${SANDBOX_ORIGIN}${s.path}`, (route) =>
      route.fulfill({ status: 200, contentType, body }),
    );
  }
  // Any page of the origin will do; this one has no scripts of its own to add noise.
  await page.goto(`${SANDBOX_ORIGIN}/__bench-blank`);
  if (withObserver) {
    await page.addScriptTag({ content: readFileSync(observerScript, 'utf8') });
    const installed = await page.evaluate(
      () => Symbol.for('credit-meter.page-observer') in (window as unknown as Record<symbol, unknown>),
    );
    if (!installed) throw new Error('page-observer.js did not install itself');
  }
  return page;
}

interface Side {
  page: Page;
  cdp: CDPSession;
  /** Median request time of each batch. */
  batches: number[];
  /** Main-thread busy time over all batches. */
  busy: number;
}

interface Measured {
  base: number[];
  obs: number[];
  /** with − without, batch by batch (adjacent, alternating order). */
  paired: number[];
  /** Main-thread busy time per request, ms. */
  baseBusy: number;
  obsBusy: number;
  requests: number;
}

/**
 * Both sides open side by side in one browser; batches alternate between them, so drift on the
 * shared machine hits both alike, and each batch is paired with its neighbour on the other side.
 * Routed scenarios get pages of their own: a route makes Playwright intercept every request of its
 * page, which must not slow the plain JSON rows.
 */
async function measure(context: BrowserContext, s: Scenario): Promise<Measured> {
  const routed = s.routed ? [s] : [];
  const open = async (withObserver: boolean): Promise<Side> => {
    const page = await openPage(context, withObserver, routed);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, cdp, batches: [], busy: 0 };
  };
  const without = await open(false);
  const withObs = await open(true);
  const paired: number[] = [];
  try {
    for (const side of [without, withObs]) await timeRequests(side.page, s, 3); // warm up
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? [without, withObs] : [withObs, without];
      for (const side of order) {
        const before = await busyMs(side.cdp);
        side.batches.push(median(await timeRequests(side.page, s, s.requests)));
        side.busy += (await busyMs(side.cdp)) - before;
      }
      paired.push(withObs.batches.at(-1)! - without.batches.at(-1)!);
    }
  } finally {
    await without.page.close();
    await withObs.page.close();
  }
  const requests = ROUNDS * s.requests;
  return {
    base: without.batches,
    obs: withObs.batches,
    paired,
    baseBusy: without.busy / requests,
    obsBusy: withObs.busy / requests,
    requests,
  };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${ms(Math.abs(x))}`;

export default async function observerBench(): Promise<BenchRow[]> {
  if (!existsSync(observerScript))
    throw new Error(`No built observer at ${observerScript}: run \`npx wxt build\` first.`);
  const sandbox = await startSandbox();
  const dir = await mkdtemp(join(tmpdir(), 'credit-meter-bench-observer-'));
  let browser: BrowserContext | null = null;
  try {
    await sandbox.control.reset();
    const args = chromiumArgs(extensionDir, sandbox.port).filter((a) => !a.includes('extension'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: requireChromium(),
      headless: true,
      args,
      ignoreHTTPSErrors: true,
    });
    browser = context;
    const rows: BenchRow[] = [];
    for (const s of SCENARIOS) {
      const m = await measure(context, s);
      const b = median(m.base);
      const e = median(m.obs);
      const added = median(m.paired);
      rows.push(
        {
          group: GROUP,
          metric: `${s.name}: time per request (${ROUNDS}×${s.requests} each side)`,
          value: `${ms(e)} (${signed(added)} paired)`,
          baseline: `${ms(b)} without observer`,
          ratio: `${(e / b).toFixed(2)}×`,
          target: s.routed ? 'not read: ~1.00×' : 'well under 1 ms added',
        },
        {
          group: GROUP,
          metric: `${s.name}: page main-thread busy time per request`,
          value: `${ms(m.obsBusy)} (${signed(m.obsBusy - m.baseBusy)})`,
          baseline: `${ms(m.baseBusy)} without observer`,
          ratio: `${(m.obsBusy / m.baseBusy).toFixed(2)}×`,
        },
      );
    }
    return rows;
  } finally {
    await browser?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    await sandbox.stop();
  }
}
