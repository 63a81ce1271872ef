/**
 * Actual cost of a prompt from the balance: the difference between the reading before the send
 * and a reading after the reply. Pure; returns null whenever the difference could include
 * anything else (another prompt, a reset, a refund) — unknown is better than guessed.
 */
import { MAX_PROMPT_COST } from '../base44/plans';
import type { SnapshotRow } from '../db/rows';
import { detectResets, HOUR } from './schedule';
import type { BalanceReading } from './types';

export function actualFromDelta(args: {
  before: SnapshotRow | undefined;
  after: BalanceReading;
  sendAt: number;
  othersInFlight: boolean;
}): number | null {
  const { before, after, sendAt, othersInFlight } = args;
  if (othersInFlight || !before) return null;
  // The "before" reading must predate the send, and not by so much that it is someone else's.
  if (before.at > sendAt || sendAt - before.at > 6 * HOUR) return null;
  const resets = detectResets(before, after);
  if (resets.length > 0) return null;
  if (before.periodEnd != null && after.periodEnd != null && after.periodEnd !== before.periodEnd)
    return null;
  let delta: number | null = null;
  if (before.message && after.message) {
    // An upgrade raises the limit but keeps `used`, so compare `used`, not `remaining`.
    delta = after.message.used - before.message.used;
  } else if (before.daily && after.daily) {
    delta = after.daily.used - before.daily.used;
  }
  if (delta === null) return null;
  const rounded = Math.round(delta * 100) / 100;
  // Zero: the balance has not caught up yet (or the prompt was free) — wait for a later reading.
  if (rounded <= 0 || rounded > MAX_PROMPT_COST) return null;
  return rounded;
}
