/**
 * Content-script budget: the built scripts' gzip size against 25 KB, and the main-thread time the
 * extension adds while a person types 2,000 characters into the sandbox composer, measured against a
 * run of the same browser without the extension (same machine, same run: it is shared and noisy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchExtension, startSandbox, type Sandbox } from '../e2e/harness';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { DEFAULT_APP_ID, SANDBOX_ORIGIN } from '../sandbox/ids';
import type { BenchRow } from './run';

const GROUP = 'content';
const BUDGET_KB = 25;
const TYPED_CHARS = 2000;
/** Runs per side (alternating); the median is reported. */
const RUNS = Number(process.env.CM_BENCH_RUNS) || 2;
const extensionDir = resolve(process.env.CM_EXTENSION_DIR || '.output/chrome-mv3');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeRows(): BenchRow[] {
  const files: [string, string][] = [
    ['content.js gzip', 'content-scripts/content.js'],
    ['page-observer.js gzip', 'page-observer.js'],
    ['main-world.js gzip', 'content-scripts/main-world.js'],
  ];
  const rows: BenchRow[] = [];
  for (const [metric, rel] of files) {
    const path = join(extensionDir, rel);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path);
    const gz = gzipSync(raw, { level: 9 }).length;
    rows.push({ group: GROUP, metric, value: `${kb(gz)} (raw ${kb(raw.length)})` });
  }
  // The budget is for every script the Chrome manifest runs in builder pages, together.
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const listed = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const total = listed.reduce(
    (sum, rel) => sum + gzipSync(readFileSync(join(extensionDir, rel)), { level: 9 }).length,
    0,
  );
  rows.push({
    group: GROUP,
    metric: `all content scripts gzip (${listed.length} files)`,
    value: kb(total),
    target: `≤ ${BUDGET_KB} KB`,
  });
  return rows;
}

/** A realistic prompt, repeated to the length wanted. */
function promptText(n: number): string {
  const base =
    'Add a settings page where each user can change their display name, email and avatar. ' +
    'Show a toast when the changes are saved, and validate the email field before submitting. ';
  return base.repeat(Math.ceil(n / base.length)).slice(0, n);
}

// Records long tasks (> 50 ms) on the page's main thread, whoever caused them.
const LONGTASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

interface TypingCost {
  taskMs: number;
  scriptMs: number;
  longTasks: number;
  longestMs: number;
}

async function measureTyping(context: BrowserContext): Promise<TypingCost> {
  await context.addInitScript(LONGTASK_PROBE);
  const page: Page = await context.newPage();
  await page.goto(`${SANDBOX_ORIGIN}/apps/${DEFAULT_APP_ID}/editor/preview`);
  const input = page.locator('form textarea').first();
  await input.waitFor();
  await page.waitForTimeout(1500); // let start-up work (and the extension's first scan) finish
  await input.click();
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const before = await metric();
  await page.keyboard.type(promptText(TYPED_CHARS));
  await page.waitForTimeout(500); // the debounced estimate after the last key
  const after = await metric();
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const typed = await input.inputValue();
  if (typed.length !== TYPED_CHARS) throw new Error(`typed ${typed.length} characters, not ${TYPED_CHARS}`);
  return {
    taskMs: (after.task - before.task) * 1000,
    scriptMs: (after.script - before.script) * 1000,
    longTasks: longTasks.length,
    longestMs: longTasks.length ? Math.max(...longTasks) : 0,
  };
}

async function withoutExtension(sandbox: Sandbox): Promise<TypingCost> {
  const dir = await mkdtemp(join(tmpdir(), 'credit-meter-bench-'));
  const args = chromiumArgs(extensionDir, sandbox.port).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  try {
    return await measureTyping(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function withExtension(sandbox: Sandbox): Promise<TypingCost> {
  const harness = await launchExtension(sandbox, { extensionDir });
  try {
    return await measureTyping(harness.context);
  } finally {
    await harness.close();
  }
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

export default async function contentBench(): Promise<BenchRow[]> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  const rows = sizeRows();
  const sandbox = await startSandbox();
  try {
    await sandbox.control.reset();
    // Alternate the runs so drift on the shared machine hits both sides alike; keep the medians.
    const base: TypingCost[] = [];
    const ext: TypingCost[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await withoutExtension(sandbox));
      ext.push(await withExtension(sandbox));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    const b = { task: median(base.map((x) => x.taskMs)), script: median(base.map((x) => x.scriptMs)) };
    const e = { task: median(ext.map((x) => x.taskMs)), script: median(ext.map((x) => x.scriptMs)) };
    const chars = `typing ${TYPED_CHARS} chars`;
    rows.push(
      {
        group: GROUP,
        metric: `${chars}: main-thread task time`,
        value: ms(e.task),
        baseline: `${ms(b.task)} without extension`,
        ratio: `${(e.task / b.task).toFixed(2)}×`,
      },
      {
        group: GROUP,
        metric: `${chars}: script time`,
        value: ms(e.script),
        baseline: `${ms(b.script)} without extension`,
        ratio: `${(e.script / b.script).toFixed(2)}×`,
        target: `+${(((e.script - b.script) / TYPED_CHARS) * 1000).toFixed(0)} µs/char added`,
      },
      {
        group: GROUP,
        metric: `${chars}: long tasks (> 50 ms)`,
        value: `${Math.max(...ext.map((x) => x.longTasks))} (longest ${ms(Math.max(...ext.map((x) => x.longestMs)))})`,
        baseline: `${Math.max(...base.map((x) => x.longTasks))} without extension`,
        target: 'none added',
      },
    );
  } finally {
    await sandbox.stop();
  }
  return rows;
}
