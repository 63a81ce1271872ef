/**
 * `npm run estimate -- "<prompt>" [--discuss] [--model-factor N]` prints one line for people.
 * `npm run -s estimate -- --jsonl FILE|-` reads JSON lines `{"text": "...", "mode"?: "build"|"discuss"}`
 * and writes exactly one JSON line per input line, in order, to stdout: the estimate, or
 * `{"error": "..."}` for a line it cannot read (blank lines included, so line numbers match).
 * Nothing else goes to stdout; usage errors go to stderr with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { estimate } from '../lib/estimate/estimate';
import { formatEstimate } from '../lib/estimate/format';
import { estimateLine, splitLines } from '../lib/estimate/jsonl';
import type { EstimateOptions } from '../lib/estimate/types';

const USAGE =
  'usage: npm run estimate -- "<prompt>" [--discuss] [--model-factor N]\n' +
  '       npm run -s estimate -- --jsonl FILE|-   (one JSON line in, one JSON line out)';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const options: EstimateOptions = {};
  let jsonl: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--discuss') options.mode = 'discuss';
    else if (arg === '--jsonl') jsonl = argv[++i] ?? fail('--jsonl needs a file name or -');
    else if (arg === '--model-factor') {
      const factor = Number(argv[++i]);
      if (!Number.isFinite(factor) || factor <= 0) fail('--model-factor needs a positive number');
      options.modelFactor = factor;
    } else if (arg === '--help' || arg === '-h') {
      process.stderr.write(`${USAGE}\n`);
      return;
    } else words.push(arg);
  }

  if (jsonl !== undefined) {
    let content: string;
    try {
      content = readFileSync(jsonl === '-' ? 0 : jsonl, 'utf8');
    } catch (error) {
      fail(`cannot read ${jsonl}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const out = splitLines(content).map((line) => estimateLine(line, options));
    if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
    return;
  }
  if (words.length === 0) fail('no prompt given');
  process.stdout.write(formatEstimate(estimate(words.join(' '), options)) + '\n');
}

main(process.argv.slice(2));
