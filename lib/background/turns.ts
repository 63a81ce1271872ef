/** Chat turns followed from the builder's traffic: apply each report to the app's turns. */
import {
  applyConversation,
  applyStop,
  applyTurnResult,
  expireTurns,
  type TurnChange,
} from '../credits/turns';
import { appTurns, applyTurnChanges, recentTurns } from '../db/turns';
import type { ConversationUserMessage, TurnOutcome } from '../schema/observation';
import { markOutOfCredits } from './credit-status';
import type { RuntimeDeps } from './deps';

type Decide = (rows: Awaited<ReturnType<typeof appTurns>>) => TurnChange[];

/**
 * Load the app's recent turns, decide, write; a paywalled turn raises "out of credits" for the
 * workspace the turn was filed under. Returns the changes made.
 */
async function update(deps: RuntimeDeps, appId: string, decide: Decide): Promise<TurnChange[]> {
  const now = deps.now();
  const rows = await appTurns(deps.db, appId, now);
  const changes = decide(rows);
  await applyTurnChanges(deps.db, changes);
  for (const c of changes) {
    if (c.patch.state !== 'paywalled') continue;
    const row = rows.find((r) => r.id === c.id);
    if (row) await markOutOfCredits(deps, row.workspaceId, now);
  }
  return changes;
}

export function onTurnResult(deps: RuntimeDeps, appId: string, outcome: TurnOutcome): Promise<TurnChange[]> {
  return update(deps, appId, (rows) => applyTurnResult(rows, outcome, deps.now()));
}

export function onConversation(
  deps: RuntimeDeps,
  appId: string,
  users: ConversationUserMessage[],
): Promise<TurnChange[]> {
  return update(deps, appId, (rows) => applyConversation(rows, users, deps.now()));
}

export function onTurnStop(deps: RuntimeDeps, appId: string): Promise<TurnChange[]> {
  return update(deps, appId, (rows) => applyStop(rows, deps.now()));
}

/** Turns of any app that nobody reported on for too long (run from the minute alarm). */
export async function expireStaleTurns(deps: RuntimeDeps): Promise<number> {
  const now = deps.now();
  const rows = await recentTurns(deps.db, now);
  const changes = expireTurns(rows, now);
  await applyTurnChanges(deps.db, changes);
  return changes.length;
}
