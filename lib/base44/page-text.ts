/**
 * Credits in the builder's visible text, read by shape (a number next to "credits"). Where Base44
 * shows them: the logo menu ("N credits left") and Settings → Credit usage (base44-facts.md, "The
 * builder page"); the exact wording is not known, so these accept the plausible English phrasings,
 * and the "Credits Used" line under a reply (docs: More Actions → Credits Used).
 */

/** "1,234.5" → 1234.5; a comma followed by exactly three digits is a thousands separator. */
function num(text: string): number | null {
  const clean = text.replace(/,(?=\d{3}(?!\d))/g, '').replace(',', '.');
  const n = Number(clean);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

const N = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const LEFT = new RegExp(String.raw`${N}\s*(?:message\s+)?credits?\s+(?:left|remaining|available)`, 'i');
const OF_LEFT = new RegExp(
  String.raw`${N}\s+(?:of|/)\s+${N}\s+(?:message\s+)?credits?\s+(?:left|remaining)`,
  'i',
);
const DAILY = new RegExp(
  String.raw`${N}\s+(?:of|/)\s+${N}\s+daily\s+(?:message\s+)?credits?\s+(?:left|remaining)`,
  'i',
);
const DAILY_USED = new RegExp(
  String.raw`${N}\s+(?:of|/)\s+${N}\s+daily\s+(?:message\s+)?credits?\s+used`,
  'i',
);
const USED_OF = new RegExp(String.raw`message\s+credits?\s*:?\s*${N}\s+(?:of|/)\s+${N}\s+used`, 'i');
const REMAINING = new RegExp(String.raw`${N}\s+(?:remaining|left)`, 'i');
const CREDITS_USED = new RegExp(String.raw`credits\s+used\s*:?\s*${N}`, 'i');

export interface TextBalance {
  remaining: number;
  limit: number | null;
  daily: { remaining: number; limit: number } | null;
}

/** The message credits left in a piece of the builder's text, or null when it shows none. */
export function parseTextBalance(text: string): TextBalance | null {
  const t = text.replace(/\s+/g, ' ').slice(0, 2000);
  const dm = DAILY.exec(t);
  const du = dm ? null : DAILY_USED.exec(t);
  const usedPair = du ? pair(du[1]!, du[2]!) : null;
  const daily = dm ? pair(dm[1]!, dm[2]!) : usedPair && { a: usedPair.b - usedPair.a, b: usedPair.b };
  const rest = dm ? t.replace(dm[0], ' ') : du ? t.replace(du[0], ' ') : t;
  const usedOf = USED_OF.exec(rest);
  if (usedOf) {
    const used = num(usedOf[1]!);
    const limit = num(usedOf[2]!);
    if (used !== null && limit !== null && used <= limit)
      return {
        remaining: Math.round((limit - used) * 100) / 100,
        limit,
        daily: daily && { remaining: daily.a, limit: daily.b },
      };
  }
  const ofLeft = OF_LEFT.exec(rest);
  if (ofLeft) {
    // "30 of 20 left" is not a balance we can trust any part of.
    const p = pair(ofLeft[1]!, ofLeft[2]!);
    return p ? { remaining: p.a, limit: p.b, daily: daily && { remaining: daily.a, limit: daily.b } } : null;
  }
  const left = LEFT.exec(rest) ?? (usedOf ? REMAINING.exec(rest) : null);
  const remaining = left ? num(left[1]!) : null;
  if (remaining === null) return null;
  return { remaining, limit: null, daily: daily && { remaining: daily.a, limit: daily.b } };
}

function pair(x: string, y: string): { a: number; b: number } | null {
  const a = num(x);
  const b = num(y);
  return a !== null && b !== null && a <= b ? { a, b } : null;
}

/** "Credits Used: 1.5" → 1.5; null when the text has no such line. */
export function parseCreditsUsed(text: string): number | null {
  const m = CREDITS_USED.exec(text.slice(0, 500));
  return m ? num(m[1]!) : null;
}
