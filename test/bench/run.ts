/**
 * `npm run bench`: runs every `*.bench.ts` in this folder and prints one table.
 * Each module's default export returns rows; figures are compared with baselines measured in the
 * same run, because this machine is shared and noisy.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchRow {
  /** Which benchmark, e.g. "estimator". */
  group: string;
  metric: string;
  value: string;
  /** The baseline and the ratio against it, when there is one. */
  baseline?: string;
  ratio?: string;
  target?: string;
}

export type Bench = () => Promise<BenchRow[]>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const rows: BenchRow[] = [];
let failed = false;
for (const file of files) {
  const started = Date.now();
  process.stderr.write(`bench ${file} …\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
    rows.push(...(await mod.default()));
  } catch (error) {
    failed = true;
    rows.push({
      group: file,
      metric: 'error',
      value: error instanceof Error ? error.message : String(error),
    });
  }
  process.stderr.write(`bench ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const headers = ['group', 'metric', 'value', 'baseline', 'ratio', 'target'] as const;
const table = rows.map((r) => headers.map((h) => r[h] ?? ''));
const widths = headers.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(headers));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
if (failed) process.exitCode = 1;
