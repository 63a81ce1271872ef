/**
 * `npm run lint:firefox` and `npm test`'s lint step: addons-linter on the Firefox build, judged by
 * test/package/lint-allow.ts. Exit 1 on any error or any warning the allow-list does not explain.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeLint, type LinterReport } from './lint-allow';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const run = spawnSync('npx', ['addons-linter', '--output', 'json', dir], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: LinterReport;
try {
  report = JSON.parse(run.stdout) as LinterReport;
} catch {
  console.error(`addons-linter gave no JSON report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const verdict = judgeLint(report, (file) => {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    return null;
  }
});
const n = (k: keyof LinterReport) => report[k].length;
console.log(
  `addons-linter ${dir}: ${n('errors')} errors, ${n('warnings')} warnings, ${n('notices')} notices`,
);
for (const line of verdict.explained) console.log(`  ${line}`);
for (const m of report.notices) console.log(`  notice ${m.code} at ${m.file ?? '?'}: ${m.message}`);
for (const a of verdict.unused)
  console.log(`  allow-list entry ${a.code} ${a.file} matched nothing: remove it?`);
for (const line of verdict.failures) console.error(`  FAIL ${line}`);
process.exit(verdict.failures.length > 0 ? 1 : 0);
