/**
 * A prompt's cost as the builder states it in a chat response. The builder shows "Credits Used"
 * under each prompt, so some response carries it; the field name is not known (base44-facts.md,
 * "Not known"), so accept the plausible spellings and only a sane number.
 */
import { CHAT_COST_KEYS } from '../base44/fields';
import { MAX_PROMPT_COST } from '../base44/plans';

export function isPlausibleCost(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_PROMPT_COST;
}

/** Depth-limited search for the first cost-like field holding a plausible number. */
export function findChatCost(json: unknown, depth = 3): number | null {
  if (depth < 0 || typeof json !== 'object' || json === null) return null;
  if (!Array.isArray(json)) {
    const obj = json as Record<string, unknown>;
    for (const key of CHAT_COST_KEYS) if (isPlausibleCost(obj[key])) return obj[key];
  }
  const children = Array.isArray(json) ? json.slice(-5) : Object.values(json as Record<string, unknown>);
  for (const child of children) {
    const found = findChatCost(child, depth - 1);
    if (found !== null) return found;
  }
  return null;
}
