import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../lib/estimate/estimate';
import { formatEstimate } from '../../../lib/estimate/format';
import { estimateLine, splitLines } from '../../../lib/estimate/jsonl';

const root = resolve(__dirname, '../../..');
const run = (args: string[], input?: string): string =>
  execFileSync('npx', ['tsx', 'scripts/estimate.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });

describe('CLI --jsonl contract', () => {
  const lines = [
    JSON.stringify({ text: 'Make the header sticky' }),
    JSON.stringify({ text: 'translate the whole app', mode: 'build' }),
    'this is not json',
    JSON.stringify({ text: 'Add a CRM with contacts and deals', mode: 'discuss' }),
    '',
    JSON.stringify({ text: 42 }),
    JSON.stringify({ text: 'Fix the validation on this form', mode: 'shout' }),
    JSON.stringify({ text: '' }),
  ];

  it('writes exactly one JSON line per input line, in order, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'estimate-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const out = run(['--jsonl', file]).split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ scope: 'simple', credits: 0.5, low: 0.3, high: 0.8 });
    expect(parsed[0]!.confidence).toEqual(expect.any(Number));
    expect(parsed[0]!.reasons).toEqual(expect.any(Array));
    expect(parsed[0]!.language).toBe('en');
    expect(parsed[0]!.why).toEqual(expect.any(Array));
    expect(parsed[1]).toMatchObject({ scope: 'broad', credits: 3 });
    expect(parsed[2]).toEqual({ error: 'not valid JSON' });
    expect(parsed[3]).toMatchObject({ scope: 'discuss', credits: 0.3 });
    expect(parsed[4]).toEqual({ error: 'blank line' });
    expect(parsed[5]!.error).toMatch(/text/);
    expect(parsed[6]!.error).toMatch(/mode/);
    expect(parsed[7]).toMatchObject({ credits: 0, low: 0, high: 0 });
  }, 60_000);

  it('reads stdin with "-", CRLF line ends included', () => {
    const out = run(['--jsonl', '-'], `${lines[0]}\r\n${lines[1]}\r\n`).trim().split('\n');
    expect(out.map((l) => (JSON.parse(l) as { scope: string }).scope)).toEqual(['simple', 'broad']);
  }, 60_000);

  it('prints one human line for a prompt', () => {
    const out = run(['Add a filter by status to the tasks list']);
    expect(out).toBe('≈ 1 credit (0.5–1.5) · small feature · behaviour change (filter)\n');
    expect(run(['hello', '--discuss'])).toMatch(/^≈ 0.3 credits · Discuss mode/);
  }, 60_000);
});

describe('jsonl helpers', () => {
  it('estimateLine matches estimate() for a good line', () => {
    const e = estimate('Make the header sticky');
    expect(JSON.parse(estimateLine('{"text":"Make the header sticky"}', {}))).toEqual({ ...e });
  });

  it('estimateLine reports the language, null for one the estimator does not know', () => {
    expect(JSON.parse(estimateLine('{"text":"תוסיף login עם Google לכל העמודים"}', {}))).toMatchObject({
      scope: 'broad',
      language: 'he',
    });
    expect(JSON.parse(estimateLine('{"text":"Добавь кнопку"}', {}))).toMatchObject({ language: null });
  });

  it('estimateLine rejects arrays and null', () => {
    expect(JSON.parse(estimateLine('[1]', {}))).toHaveProperty('error');
    expect(JSON.parse(estimateLine('null', {}))).toHaveProperty('error');
  });

  it('splitLines drops only the final empty line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLines('')).toEqual([]);
  });

  it('formatEstimate writes singular and plural credits and hides an empty range', () => {
    expect(formatEstimate(estimate('translate the whole app'))).toMatch(
      /^≈ 3 credits \(2–4\) · broad, many pages · /,
    );
    expect(formatEstimate(estimate('hi', { mode: 'discuss' }))).toBe(
      '≈ 0.3 credits · Discuss mode · Discuss mode: 0.3 per message',
    );
  });
});
