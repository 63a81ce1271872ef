/**
 * `npm test`: type checks and lint, unit tests, a fresh build, end-to-end tests in Chromium, and the
 * Firefox add-on linter. Stops at the first failing step and ends with one plain summary line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const out = 'test-results';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  process.stdout.write(`=== ${label}: ${ok ? 'ok' : 'FAILED'} in ${seconds} s\n`);
  return ok;
}

function vitest(label: string, config: string): boolean {
  const report = join(out, `${label}.json`);
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

if (!existsSync('/usr/bin/chromium')) {
  console.error(
    'Chromium is missing: the end-to-end tests need /usr/bin/chromium. Install it with: sudo apt-get install -y chromium',
  );
  process.exit(1);
}

const steps: (() => boolean)[] = [
  () => run('check', 'npm', ['run', '-s', 'check']),
  () => vitest('unit', 'vitest.config.ts'),
  () => run('build', 'npx', ['wxt', 'build']),
  () => vitest('e2e', 'vitest.e2e.config.ts'),
  () => run('firefox', 'npm', ['run', '-s', 'lint:firefox']),
];
let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
