import { beforeEach, describe, expect, it } from 'vitest';
import type { CreditMeterDb } from '../../../lib/db/database';
import { recordPrompt, recordSnapshot } from '../../../lib/db/repo';
import {
  COST_AFTER_SETTLE_MS,
  appTurns,
  refileAppTurns,
  setCostFromText,
  settleTurnCosts,
} from '../../../lib/db/turns';
import { freshDb, freshDbPerTest, prompt, reading } from './helpers';

const T0 = Date.UTC(2026, 10, 1, 9, 0);
const MIN = 60_000;
const fresh = freshDbPerTest();
let db: CreditMeterDb;
beforeEach(() => {
  db = fresh();
});

/** A turn sent at `at` and ended at `settledAt`. */
function turn(at: number, settledAt: number | null, extra: Parameters<typeof prompt>[1] = {}) {
  return prompt(at, {
    state: settledAt === null ? 'running' : 'settled',
    runningAt: at,
    settledAt,
    settledBy: settledAt === null ? null : 'chatResponse',
    repliedAt: settledAt,
    start: 'message',
    messageId: null,
    ...extra,
  });
}

describe('settleTurnCosts', () => {
  it('one turn ended between two readings → the change in used is its cost', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const id = await recordPrompt(db, turn(T0 + MIN, T0 + 3 * MIN));
    expect(await settleTurnCosts(db, 'ws1', reading(11.5), T0 + 3 * MIN + 500)).toEqual([id]);
    expect(await db.ledger.get(id)).toMatchObject({ actual: 1.5, actualSource: 'balanceDelta' });
  });

  it('a reading taken while the turn ran is a fine "before": the charge comes when it ends', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const id = await recordPrompt(db, turn(T0 + MIN, T0 + 5 * MIN));
    await recordSnapshot(db, 'ws1', 'page', reading(10.2), T0 + 2 * MIN);
    await settleTurnCosts(db, 'ws1', reading(12.2), T0 + 6 * MIN);
    expect((await db.ledger.get(id))?.actual).toBe(2);
  });

  it('another turn of the workspace ended in between → unknown for both', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const a = await recordPrompt(db, turn(T0 + MIN, T0 + 3 * MIN));
    const b = await recordPrompt(db, turn(T0 + MIN, T0 + 4 * MIN, { appId: 'app2' }));
    expect(await settleTurnCosts(db, 'ws1', reading(13), T0 + 5 * MIN)).toEqual([]);
    expect((await db.ledger.get(a))?.actual).toBeNull();
    expect((await db.ledger.get(b))?.actual).toBeNull();
  });

  it('a queued turn is measured from the reading after the turn before it ended', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const a = await recordPrompt(db, turn(T0 + MIN, T0 + 3 * MIN));
    await settleTurnCosts(db, 'ws1', reading(11), T0 + 3 * MIN + 100);
    await recordSnapshot(db, 'ws1', 'page', reading(11), T0 + 3 * MIN + 100);
    const b = await recordPrompt(db, turn(T0 + 2 * MIN, T0 + 6 * MIN));
    await settleTurnCosts(db, 'ws1', reading(11.5), T0 + 6 * MIN + 100);
    expect((await db.ledger.get(a))?.actual).toBe(1);
    expect((await db.ledger.get(b))?.actual).toBe(0.5);
  });

  it('no change yet → waits for a later reading; gives up 15 minutes after the end', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const id = await recordPrompt(db, turn(T0 + MIN, T0 + 2 * MIN));
    expect(await settleTurnCosts(db, 'ws1', reading(10), T0 + 3 * MIN)).toEqual([]);
    expect(await settleTurnCosts(db, 'ws1', reading(11), T0 + 2 * MIN + COST_AFTER_SETTLE_MS + 1)).toEqual(
      [],
    );
    expect(await settleTurnCosts(db, 'ws1', reading(10.3), T0 + 4 * MIN)).toEqual([id]);
  });

  it('paywalled, timed-out and still-running turns get no delta; nor does a reset', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    await recordPrompt(db, turn(T0 + MIN, null));
    await recordPrompt(
      db,
      turn(T0 + MIN, T0 + 2 * MIN, { state: 'paywalled', actual: 0, actualSource: 'paywall' }),
    );
    expect(await settleTurnCosts(db, 'ws1', reading(12), T0 + 3 * MIN)).toEqual([]);
    const db2 = freshDb();
    await recordSnapshot(db2, 'ws1', 'page', reading(10), T0);
    await recordPrompt(db2, turn(T0 + MIN, T0 + 2 * MIN, { settledBy: 'timeout' }));
    expect(await settleTurnCosts(db2, 'ws1', reading(12), T0 + 3 * MIN)).toEqual([]);
    const reset = await recordPrompt(db2, turn(T0 + 4 * MIN, T0 + 5 * MIN, { appId: 'app3' }));
    expect(await settleTurnCosts(db2, 'ws1', reading(1), T0 + 6 * MIN)).toEqual([]);
    expect((await db2.ledger.get(reset))?.actual).toBeNull();
    await db2.delete();
  });

  it('never replaces a cost already known', async () => {
    await recordSnapshot(db, 'ws1', 'page', reading(10), T0);
    const id = await recordPrompt(
      db,
      turn(T0 + MIN, T0 + 2 * MIN, { actual: 2, actualSource: 'builderText' }),
    );
    expect(await settleTurnCosts(db, 'ws1', reading(11), T0 + 3 * MIN)).toEqual([]);
    expect(await db.ledger.get(id)).toMatchObject({ actual: 2, actualSource: 'builderText' });
  });
});

describe('setCostFromText', () => {
  it('fills the turn tied to that user message, once, and not a measured one', async () => {
    const a = await recordPrompt(db, turn(T0, T0 + MIN, { messageId: 'm-1' }));
    const b = await recordPrompt(
      db,
      turn(T0 + 2 * MIN, T0 + 3 * MIN, { messageId: 'm-2', actual: 1, actualSource: 'balanceDelta' }),
    );
    expect(await setCostFromText(db, 'app1', 'm-1', 0.8, T0 + 4 * MIN)).toBe(a);
    expect(await setCostFromText(db, 'app1', 'm-2', 3, T0 + 4 * MIN)).toBeNull();
    expect(await setCostFromText(db, 'app1', 'm-9', 3, T0 + 4 * MIN)).toBeNull();
    expect(await db.ledger.get(a)).toMatchObject({ actual: 0.8, actualSource: 'builderText' });
    expect(await db.ledger.get(b)).toMatchObject({ actual: 1, actualSource: 'balanceDelta' });
  });
});

describe('refileAppTurns', () => {
  it("moves only that app's turns from 'default'", async () => {
    await recordPrompt(db, turn(T0, null, { workspaceId: 'default' }));
    await recordPrompt(db, turn(T0, null, { workspaceId: 'default', appId: 'other' }));
    expect(await refileAppTurns(db, 'app1', 'default', 'ws9')).toBe(1);
    expect((await appTurns(db, 'app1', T0)).map((r) => r.workspaceId)).toEqual(['ws9']);
    expect((await appTurns(db, 'other', T0)).map((r) => r.workspaceId)).toEqual(['default']);
  });
});
