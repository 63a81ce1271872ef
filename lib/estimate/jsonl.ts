/** The CLI's machine contract, one JSON line in and one out; kept apart so it can be tested directly. */
import { estimate } from './estimate';
import type { ChatMode, EstimateOptions } from './types';

/** Estimates one JSON line; never throws. */
export function estimateLine(line: string, defaults: EstimateOptions): string {
  if (!line.trim()) return JSON.stringify({ error: 'blank line' });
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ error: 'expected a JSON object with a "text" field' });
  }
  const { text, mode } = input as { text?: unknown; mode?: unknown };
  if (typeof text !== 'string') return JSON.stringify({ error: '"text" must be a string' });
  if (mode !== undefined && mode !== 'build' && mode !== 'discuss') {
    return JSON.stringify({ error: '"mode" must be "build" or "discuss"' });
  }
  const e = estimate(text, { ...defaults, mode: (mode as ChatMode | undefined) ?? defaults.mode });
  return JSON.stringify({
    scope: e.scope,
    credits: e.credits,
    low: e.low,
    high: e.high,
    confidence: e.confidence,
    reasons: e.reasons,
    language: e.language ?? null,
    why: e.why ?? [],
  });
}

/** Splits input into lines; a final newline does not make an extra (blank) line. */
export function splitLines(content: string): string[] {
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
