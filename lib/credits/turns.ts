/**
 * A chat turn's lifecycle, as pure decisions over one app's ledger rows: which turn a response, a
 * conversation outcome or a stop belongs to, and what changes. The caller loads the rows and writes
 * the patches; nothing here reads a clock or storage.
 */
import { turnEndFor } from '../base44/backend-status';
import type { LedgerRow, SettledBy, TurnState } from '../db/rows';
import type { ConversationUserMessage, TurnOutcome } from '../schema/observation';
import { MINUTE } from './schedule';

/** The CLI gives up following a turn after 20 minutes (base44/cli builder/send.ts); so do we. */
export const TURN_TIMEOUT_MS = 20 * MINUTE;

const TERMINAL_STATES: readonly TurnState[] = ['settled', 'paywalled', 'stopped', 'failed'];

function isTerminal(state: TurnState): boolean {
  return TERMINAL_STATES.includes(state);
}

/** A row's turn fields, with the defaults rows written before schema v3 imply. */
export interface TurnView {
  id: number;
  at: number;
  state: TurnState;
  runningAt: number | null;
  messageId: string | null;
}

export function turnOf(row: LedgerRow): TurnView {
  return {
    id: row.id ?? -1,
    at: row.at,
    state: row.state ?? (row.repliedAt !== null ? 'settled' : 'sent'),
    runningAt: row.runningAt ?? row.at,
    messageId: row.messageId ?? null,
  };
}

export type TurnPatch = Partial<
  Pick<LedgerRow, 'state' | 'runningAt' | 'settledAt' | 'settledBy' | 'repliedAt' | 'messageId'>
> &
  Partial<Pick<LedgerRow, 'actual' | 'actualSource'>>;

export interface TurnChange {
  id: number;
  patch: TurnPatch;
}

type EndState = Exclude<TurnState, 'sent' | 'queued' | 'running'>;

function ending(state: EndState, at: number, by: SettledBy): TurnPatch {
  const patch: TurnPatch = { state, settledAt: at, settledBy: by, repliedAt: at };
  // Nothing ran on a paywalled turn (base44/cli builder/send.ts: "nothing ran"), so it cost nothing.
  if (state === 'paywalled') Object.assign(patch, { actual: 0, actualSource: 'paywall' });
  return patch;
}

const byAt = (a: TurnView, b: TurnView) => a.at - b.at || a.id - b.id;

/**
 * End `target`; the app's oldest queued turn (if any) then starts running: Base44 runs a queued
 * message after the turn before it (base44/cli builder/send.ts, "queued and runs next").
 */
function endTurn(turns: TurnView[], target: TurnView, patch: TurnPatch, at: number): TurnChange[] {
  const changes: TurnChange[] = [{ id: target.id, patch }];
  const next = turns.filter((t) => t.id !== target.id && t.state === 'queued').sort(byAt)[0];
  if (next) changes.push({ id: next.id, patch: { state: 'running', runningAt: at } });
  return changes;
}

/**
 * The answer to a turn-starting request. `{queued: true}` comes back at once, so it belongs to the
 * newest turn still waiting for its answer; a held request ends when its turn does, so any other
 * outcome belongs to the oldest turn still sent or running.
 */
export function applyTurnResult(rows: LedgerRow[], outcome: TurnOutcome, at: number): TurnChange[] {
  const turns = rows.map(turnOf);
  const waiting = turns.filter((t) => t.state === 'sent').sort(byAt);
  if (outcome === 'queued') {
    const newest = waiting.at(-1);
    return newest ? [{ id: newest.id, patch: { state: 'queued', runningAt: null } }] : [];
  }
  const target = turns.filter((t) => t.state === 'sent' || t.state === 'running').sort(byAt)[0];
  if (!target) return [];
  // The edge gave up after ~100 s; the turn itself goes on (base44-facts.md).
  if (outcome === 'edgeTimeout') return [{ id: target.id, patch: { state: 'running' } }];
  return endTurn(turns, target, ending(outcome, at, 'chatResponse'), at);
}

/**
 * A conversation read: a pending user message not yet tied to a turn is the oldest unfinished turn
 * of ours that has none; a finished one ends the turn it is tied to. Only pending messages are tied,
 * so a reply read before the server registered our message cannot end the wrong turn.
 */
export function applyConversation(
  rows: LedgerRow[],
  users: ConversationUserMessage[],
  at: number,
): TurnChange[] {
  const turns = rows.map(turnOf);
  const changes: TurnChange[] = [];
  const bound = new Set(turns.map((t) => t.messageId).filter((id): id is string => id !== null));
  for (const message of users) {
    const end = turnEndFor(message.status);
    let turn = turns.find((t) => t.messageId === message.id);
    if (turn && end === null && turn.state === 'queued') {
      changes.push({ id: turn.id, patch: { state: 'running', runningAt: at } });
      turn.state = 'running';
    }
    if (!turn && end === null && !bound.has(message.id)) {
      turn = turns.filter((t) => t.messageId === null && !isTerminal(t.state)).sort(byAt)[0];
      if (turn) {
        bound.add(message.id);
        turn.messageId = message.id;
        const patch: TurnPatch = { messageId: message.id };
        if (turn.state !== 'running')
          Object.assign(patch, { state: 'running', runningAt: turn.runningAt ?? at });
        turn.state = 'running';
        changes.push({ id: turn.id, patch });
      }
    }
    if (turn && end !== null && !isTerminal(turn.state)) {
      changes.push(...endTurn(turns, turn, ending(end, at, 'conversation'), at));
      turn.state = end;
    }
  }
  return changes;
}

/** `chat/stop`: the app's running turn ends as stopped. */
export function applyStop(rows: LedgerRow[], at: number): TurnChange[] {
  const turns = rows.map(turnOf);
  const target = turns.filter((t) => t.state === 'running' || t.state === 'sent').sort(byAt)[0];
  return target ? endTurn(turns, target, ending('stopped', at, 'stop'), at) : [];
}

/** Turns nobody reported on for TURN_TIMEOUT_MS end with an unknown cost (never guessed). */
export function expireTurns(rows: LedgerRow[], now: number): TurnChange[] {
  return rows
    .map(turnOf)
    .filter((t) => !isTerminal(t.state) && now - (t.runningAt ?? t.at) >= TURN_TIMEOUT_MS)
    .map((t) => ({
      id: t.id,
      patch: { state: 'settled', settledAt: now, settledBy: 'timeout', repliedAt: now },
    }));
}
