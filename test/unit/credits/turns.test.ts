import { describe, expect, it } from 'vitest';
import {
  applyConversation,
  applyStop,
  applyTurnResult,
  expireTurns,
  TURN_TIMEOUT_MS,
  type TurnChange,
} from '../../../lib/credits/turns';
import type { LedgerRow, TurnState } from '../../../lib/db/rows';

let seq = 0;
function row(id: number, at: number, state: TurnState, extra: Partial<LedgerRow> = {}): LedgerRow {
  return {
    id,
    sendId: `s${++seq}`,
    at,
    workspaceId: 'w',
    appId: 'a',
    mode: 'build',
    scope: 'feature',
    estimate: 1,
    low: 0.5,
    high: 2,
    actual: null,
    actualSource: null,
    repliedAt: null,
    excerpt: null,
    start: 'message',
    state,
    runningAt: state === 'queued' ? null : at,
    settledAt: null,
    settledBy: null,
    messageId: null,
    ...extra,
  };
}

/** Apply changes to the rows, as the store would. */
function apply(rows: LedgerRow[], changes: TurnChange[]): LedgerRow[] {
  return rows.map((r) =>
    changes.filter((c) => c.id === r.id).reduce((acc, c) => ({ ...acc, ...c.patch }), r),
  );
}

describe('applyTurnResult', () => {
  it.each([
    ['settled', 'settled'],
    ['failed', 'failed'],
    ['paywalled', 'paywalled'],
  ] as const)('%s ends the oldest turn waiting, from its own response', (outcome, state) => {
    const rows = [row(1, 100, 'sent'), row(2, 200, 'sent')];
    const [change] = applyTurnResult(rows, outcome, 900);
    expect(change).toMatchObject({ id: 1, patch: { state, settledAt: 900, settledBy: 'chatResponse' } });
  });

  it('a paywalled turn cost nothing', () => {
    const [change] = applyTurnResult([row(1, 100, 'sent')], 'paywalled', 900);
    expect(change?.patch).toMatchObject({ actual: 0, actualSource: 'paywall' });
  });

  it('queued belongs to the newest turn still waiting; it runs when the one before it ends', () => {
    let rows = [row(1, 100, 'sent'), row(2, 200, 'sent')];
    rows = apply(rows, applyTurnResult(rows, 'queued', 210));
    expect(rows.map((r) => r.state)).toEqual(['sent', 'queued']);
    rows = apply(rows, applyTurnResult(rows, 'settled', 900));
    expect(rows.map((r) => [r.state, r.runningAt])).toEqual([
      ['settled', 100],
      ['running', 900],
    ]);
  });

  it('an edge timeout is not an end: the turn keeps running', () => {
    const rows = [row(1, 100, 'sent')];
    expect(applyTurnResult(rows, 'edgeTimeout', 100_100)).toEqual([{ id: 1, patch: { state: 'running' } }]);
  });

  it('nothing waiting → nothing changes (a reply to another device’s turn)', () => {
    expect(applyTurnResult([row(1, 100, 'settled')], 'settled', 900)).toEqual([]);
    expect(applyTurnResult([], 'queued', 900)).toEqual([]);
  });
});

describe('applyConversation', () => {
  it('ties a pending message to the oldest unfinished turn, then ends it with the outcome', () => {
    let rows = [row(1, 100, 'running'), row(2, 200, 'queued')];
    rows = apply(rows, applyConversation(rows, [{ id: 'm1', status: 'pending' }], 300));
    expect(rows[0]).toMatchObject({ messageId: 'm1', state: 'running' });
    rows = apply(rows, applyConversation(rows, [{ id: 'm1', status: 'success_build' }], 800));
    expect(rows[0]).toMatchObject({ state: 'settled', settledBy: 'conversation', settledAt: 800 });
    expect(rows[1]).toMatchObject({ state: 'running', runningAt: 800 });
    rows = apply(
      rows,
      applyConversation(
        rows,
        [
          { id: 'm1', status: 'success_build' },
          { id: 'm2', status: 'pending' },
        ],
        900,
      ),
    );
    expect(rows[1]).toMatchObject({ messageId: 'm2', state: 'running' });
    rows = apply(rows, applyConversation(rows, [{ id: 'm2', status: 'error_paywall' }], 950));
    expect(rows[1]).toMatchObject({ state: 'paywalled', actual: 0 });
  });

  it.each([
    ['error_build', 'failed'],
    ['error_backend', 'failed'],
    ['stopped', 'stopped'],
    ['success_no_generation', 'settled'],
    ['some_new_status', 'settled'],
  ] as const)('%s → %s', (status, state) => {
    const rows = [row(1, 100, 'running', { messageId: 'm1' })];
    expect(applyConversation(rows, [{ id: 'm1', status }], 500)[0]?.patch.state).toBe(state);
  });

  it('a finished message never ends a turn it was not tied to (it may be an earlier one)', () => {
    const rows = [row(1, 100, 'sent')];
    expect(applyConversation(rows, [{ id: 'old', status: 'success_build' }], 150)).toEqual([]);
  });

  it('a message tied to one turn is not tied again to another', () => {
    const rows = [row(1, 100, 'settled', { messageId: 'm1' }), row(2, 200, 'sent')];
    expect(applyConversation(rows, [{ id: 'm1', status: 'pending' }], 300)).toEqual([]);
  });
});

describe('applyStop and expireTurns', () => {
  it('a stop ends the running turn as stopped', () => {
    const rows = [row(1, 100, 'running'), row(2, 200, 'queued')];
    const changes = applyStop(rows, 400);
    expect(changes[0]).toMatchObject({ id: 1, patch: { state: 'stopped', settledBy: 'stop' } });
    expect(changes[1]).toMatchObject({ id: 2, patch: { state: 'running' } });
  });

  it('turns unreported for 20 minutes end with an unknown cost', () => {
    const rows = [row(1, 0, 'running'), row(2, 0, 'settled'), row(3, 5 * 60_000, 'sent')];
    const changes = expireTurns(rows, TURN_TIMEOUT_MS);
    expect(changes).toEqual([
      {
        id: 1,
        patch: {
          state: 'settled',
          settledAt: TURN_TIMEOUT_MS,
          settledBy: 'timeout',
          repliedAt: TURN_TIMEOUT_MS,
        },
      },
    ]);
  });
});
