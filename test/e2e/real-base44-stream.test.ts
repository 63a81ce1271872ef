/**
 * The extension against the simulated Base44 when the builder page follows a turn by an event stream
 * (`setPageFollow('stream')`) instead of polling the conversation: how the real page follows a turn
 * is not known (base44-facts.md), and the observer never reads an event stream. Real Chromium, the
 * built extension.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../lib/db/rows';
import { DEFAULT_APP_ID, DEFAULT_WORKSPACE_ID } from './harness';
import { builderWithLedger, chatMessageStatuses, ledger, send, waitForTurns } from './support/builder';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

const settledWithCost = (r: LedgerRow) => r.actual !== null;
const STREAM_PATH = `/api/apps/${DEFAULT_APP_ID}/chat/stream`;
const CONVERSATION_PATH = `/api/apps/${DEFAULT_APP_ID}/chat/full-conversation`;

async function conversationReads(): Promise<number> {
  return (await e2e.sandbox.control.state()).requests.filter((r) => r.path.startsWith(CONVERSATION_PATH))
    .length;
}

describe('the page follows a turn by stream', () => {
  it('a turn held open for seconds gets its own cost, with the conversation read only around the turn', async () => {
    const { control } = e2e.sandbox;
    await control.setPageFollow('stream');
    await control.setTurn({ durationMs: 2500 });
    await control.setNextCost(1.5);
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Add a search bar with filters to the task list');
    await expect
      .poll(async () => (await ledger(ext)).map((r) => r.state), { timeout: 10_000 })
      .toEqual(['sent']);
    const [row] = await waitForTurns(ext, 1, settledWithCost);
    expect(row).toMatchObject({
      appId: DEFAULT_APP_ID,
      workspaceId: DEFAULT_WORKSPACE_ID,
      state: 'settled',
      actual: 1.5,
      actualSource: 'balanceDelta',
    });
    const state = await control.state();
    expect(state.turns[0]!.cost).toBe(1.5);
    // The page read the stream (and closed it), and did not poll: the conversation was read on load
    // and after the turn ended (after the stream said so, and after the held request returned).
    const stream = state.streams.find((s) => s.path === STREAM_PATH);
    expect(stream?.closedAt).toBeTypeOf('number');
    expect(await conversationReads()).toBeLessThanOrEqual(3);
  });

  it('a message sent mid-turn is queued; it and the turn before it each settle with their own cost', async () => {
    const { control } = e2e.sandbox;
    await control.setPageFollow('stream');
    await control.setTurn({ durationMs: 2500 });
    await control.setPlan('pro');
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Add a due date field to tasks with a date picker');
    await expect.poll(async () => (await control.state()).turns.length).toBe(1);
    await send(page, 'Make the header purple');
    const rows = await waitForTurns(ext, 2, settledWithCost);
    const turns = (await control.state()).turns;
    expect(turns.map((t) => t.state)).toEqual(['settled', 'settled']);
    expect(rows.map((r) => r.state)).toEqual(['settled', 'settled']);
    // The queued one can end only by the conversation the page reads after its stream reported the end.
    expect(rows[1]!.settledBy).toBe('conversation');
    expect(rows.map((r) => r.actual)).toEqual(turns.map((t) => t.cost));
    expect(rows.every((r) => r.actualSource === 'balanceDelta')).toBe(true);
  });

  it("the edge's 504 mid-turn: the turn still settles, with its cost, from the conversation", async () => {
    const { control } = e2e.sandbox;
    await control.setPageFollow('stream');
    await control.setPlan('pro');
    await control.setTurn({ durationMs: 3000 });
    await control.setEdge({ timeoutMs: 1000 });
    await control.setNextCost(2);
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    const chatStatuses = chatMessageStatuses(page);
    await send(page, 'Add a kanban board with drag and drop between columns');
    const [row] = await waitForTurns(ext, 1, settledWithCost);
    expect(chatStatuses).toEqual([504]);
    expect(row).toMatchObject({ state: 'settled', settledBy: 'conversation', actual: 2 });
  });
});
