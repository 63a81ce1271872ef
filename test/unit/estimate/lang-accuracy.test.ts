/**
 * Quality guard per language (not timed): scope accuracy on our own labelled sets in
 * `lang/<code>.jsonl` (every scope, messy ones included), and that each prompt is read in the
 * language it is written in. Blind sets by another author, when present in `blind/`, are reported by
 * the bench, not asserted here.
 *
 * History, so the figures are read honestly: batch 1 (65 a language) was written with the first
 * rules; batches 2–6 (16, 12, 10, 8, 8 a language) were each written before the rules of their day
 * saw them and scored at first sight 78 %, 88 %, 80 %, 79 % and 81 % over the six languages (English
 * read the same prompts in English no better). Their misses led to general fixes (word order, clitics,
 * compounds, processes described without "add"), so the sets now also guard regressions. The first-
 * sight figures, not the ones asserted here, are the forecast for unseen prompts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../lib/estimate/estimate';
import type { ChatMode } from '../../../lib/estimate/types';

interface Row {
  text: string;
  scope: string;
  mode?: ChatMode;
}

const dir = resolve(__dirname, 'lang');
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
/** "de.jsonl", "de-2.jsonl" (a later batch) → "de". */
const codeOf = (file: string): string => file.replace(/(-\d+)?\.jsonl$/, '');
const codes = [...new Set(files.map(codeOf))].sort();

function load(code: string): Row[] {
  return files
    .filter((f) => codeOf(f) === code)
    .flatMap((f) =>
      readFileSync(resolve(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Row),
    );
}

describe('scope accuracy per language', () => {
  it('has a set for each of the six languages besides English, and messy English of our own', () => {
    expect(codes).toEqual(['de', 'en', 'es', 'fr', 'he', 'ja', 'pt']);
  });

  it.each(codes)('%s: ≥ 90 %, ≥ 40 prompts, every scope, read in its own language', (code) => {
    const rows = load(code);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect([...new Set(rows.map((r) => r.scope))].sort()).toEqual([
      'broad',
      'discuss',
      'feature',
      'module',
      'simple',
    ]);
    const misses: string[] = [];
    let sameLanguage = 0;
    for (const r of rows) {
      const e = estimate(r.text, { mode: r.mode });
      if (e.scope !== r.scope) misses.push(`${r.scope} → ${e.scope}: ${r.text}`);
      if (e.language === code) sameLanguage++;
    }
    expect(1 - misses.length / rows.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(sameLanguage / rows.length).toBeGreaterThanOrEqual(0.95);
  });
});
