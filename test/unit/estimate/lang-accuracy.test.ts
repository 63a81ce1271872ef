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
 *
 * Batches 7–13 (`<code>-N.jsonl`, English included, 124–136 prompts a language) were written after a
 * blind author's sets scored 72–80 %, each before the estimator of its day read it. First sight, in
 * order en/de/es/fr/pt/he/ja: batch 7 (43 each, the rules before this round) 98/93/91/88/81/88/84 %;
 * batch 8 (25) 92/92/84/80/84/84/88 %; batch 9 (18) 83/72/89/78/72/78/78 %; batch 10 (14)
 * 93/93/86/93/100/93/86 %; batch 11 (14) 93/93/93/93/93/93/79 %; batch 12 (12, de/pt/ja) 100/92/100 %;
 * batch 13 (10, context first, then the ask) 90/100/100/90/80/80/80 %.
 * Our prompts read easier than the blind author's (batch 7 scored ~13 points above them on the same
 * rules), so expect unseen prompts to score below these first-sight figures.
 *
 * Batch 14 (`<code>-14.jsonl`, 50 a language) came from a new author who never saw the estimator,
 * told that a prompt which only asks (a question, an explanation, advice) is "discuss" in any mode.
 * The blind sets' misses had been almost all such prompts (read then as "simple" or as requests);
 * the rule that reads questions, context and "don't change anything" per sentence was written first,
 * and scored en 92 % and de 88 % on this batch at first sight (the other languages were read after
 * the first fixes). Earlier batches' own-domain questions were relabelled "discuss" to match.
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
