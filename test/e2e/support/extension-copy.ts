/**
 * A private copy of the built extension for one browser. Chromium reads extension files lazily
 * (popup.html when the popup opens), so a `wxt build` running meanwhile — another test run, a
 * developer — must not be able to swap or delete them under a running browser.
 */
import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** WXT writes manifest.json last, so its presence means the build finished. */
async function waitForBuild(dir: string, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (!existsSync(join(dir, 'manifest.json'))) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

export async function copyBuiltExtension(src: string, dest: string, waitMs = 20_000): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await waitForBuild(src, waitMs)))
      throw new Error(`No built extension at ${src}: run \`npx wxt build\` first.`);
    try {
      await rm(dest, { recursive: true, force: true });
      await cp(src, dest, { recursive: true });
      // A build that started during the copy leaves it without a manifest (or fails the copy).
      if (existsSync(join(dest, 'manifest.json'))) return;
    } catch {
      // retried below
    }
    await sleep(500);
  }
  throw new Error(`Could not copy the built extension from ${src}: is a build running in a loop?`);
}
