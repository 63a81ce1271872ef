/**
 * `npm run demo`: build the extension, start the simulated Base44, and open Chromium with both.
 * With a display (and no `--headless`): a window a person can use, until Ctrl+C.
 * Without one: types a few prompts, sends two, and writes screenshots to demo-output/.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ChromiumMissingError, launchExtension, requireChromium, startSandbox } from './setup';
import { runScript } from './script';

async function main(): Promise<number> {
  try {
    requireChromium();
  } catch (e) {
    if (e instanceof ChromiumMissingError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }

  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('wxt build failed; see above.');
    return 1;
  }

  const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
  const sandbox = await startSandbox({ port: process.env.PORT ? Number(process.env.PORT) : undefined });
  const harness = await launchExtension(sandbox, { headless: !headed, keepWelcome: headed });
  console.log(`Simulated Base44 on 127.0.0.1:${sandbox.port}, reached as https://app.base44.com`);
  console.log(`Extension id: ${harness.extensionId}`);

  if (headed) {
    await harness.openBuilder();
    console.log(
      '\nA Chromium window is open on the sandbox builder with the extension loaded.\n' +
        'Type a prompt to see its estimate; open the extension from the toolbar puzzle icon.\n' +
        'Press Ctrl+C here to stop.',
    );
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
      harness.context.once('close', () => done());
    });
    await harness.close();
    await sandbox.stop();
    return 0;
  }

  // A hung browser must not hang a headless demo forever.
  const watchdog = setTimeout(() => {
    console.error('The demo took longer than 3 minutes; giving up.');
    process.exit(1);
  }, 180_000);
  watchdog.unref();
  const outDir = resolve('demo-output');
  await mkdir(outDir, { recursive: true });
  try {
    const shots = await runScript(harness, sandbox, outDir);
    console.log('\nScreenshots:');
    for (const s of shots) console.log(`  ${s}`);
    return 0;
  } finally {
    await harness.close();
    await sandbox.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
