/** Chat turns in the ledger: find an app's turns, apply lifecycle changes, settle costs. */
import Dexie from 'dexie';
import { actualFromDelta } from '../credits/reconcile';
import type { TurnChange } from '../credits/turns';
import type { BalanceReading } from '../credits/types';
import type { CreditMeterDb } from './database';
import type { LedgerRow } from './rows';
import { snapshotAtOrBefore } from './snapshots';
import { MINUTE } from '../credits/schedule';

/** Turns looked at when a response or conversation arrives; older ones have timed out long ago. */
const TURN_LOOKBACK_MS = 2 * 60 * MINUTE;
/** A balance reading settles a turn's cost only this soon after the turn ended. */
export const COST_AFTER_SETTLE_MS = 15 * MINUTE;
const SKEW_MS = MINUTE;

/** An app's turns sent in the last two hours, whatever workspace they are filed under. */
export function appTurns(db: CreditMeterDb, appId: string, now: number): Promise<LedgerRow[]> {
  return db.ledger
    .where('[appId+at]')
    .between([appId, now - TURN_LOOKBACK_MS], [appId, now + SKEW_MS], true, true)
    .toArray();
}

/** Every app's turns sent in the last two hours (the same look-back), for the expiry sweep. */
export function recentTurns(db: CreditMeterDb, now: number): Promise<LedgerRow[]> {
  return db.ledger
    .where('at')
    .between(now - TURN_LOOKBACK_MS, now, true, true)
    .toArray();
}

export async function applyTurnChanges(db: CreditMeterDb, changes: TurnChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction('rw', db.ledger, async () => {
    for (const c of changes) await db.ledger.update(c.id, c.patch);
  });
}

/**
 * Moves an app's turns filed under `from` (before its workspace was known) to `to`. Only that app's
 * rows move: nothing of another app is mixed in.
 */
export async function refileAppTurns(
  db: CreditMeterDb,
  appId: string,
  from: string,
  to: string,
): Promise<number> {
  if (from === to) return 0;
  return db.ledger
    .where('[workspaceId+appId+at]')
    .between([from, appId, Dexie.minKey], [from, appId, Dexie.maxKey])
    .modify({ workspaceId: to });
}

/**
 * A new balance reading: each turn of the workspace that ended in the last 15 minutes without a
 * known cost gets the change in `used` between the newest reading before it ended and this one —
 * only when no other turn of the workspace ended in between (else the change is not its alone).
 * Turns given up on by timeout are skipped: when they ended is not known. Returns the filled ids.
 */
export function settleTurnCosts(
  db: CreditMeterDb,
  workspaceId: string,
  after: BalanceReading,
  now: number,
): Promise<number[]> {
  return db.transaction('rw', db.ledger, db.snapshots, async () => {
    const rows = await db.ledger
      .where('[workspaceId+at]')
      .between([workspaceId, now - TURN_LOOKBACK_MS], [workspaceId, now + SKEW_MS], true, true)
      .toArray();
    const ends = rows
      .filter((r) => typeof r.settledAt === 'number')
      .map((r) => ({ id: r.id, at: r.settledAt as number }));
    const filled: number[] = [];
    for (const row of rows) {
      const settledAt = row.settledAt;
      if (row.id === undefined || row.actual !== null || typeof settledAt !== 'number') continue;
      if (row.settledBy === 'timeout' || row.state === 'paywalled') continue;
      if (settledAt > now || now - settledAt > COST_AFTER_SETTLE_MS) continue;
      const before = await snapshotAtOrBefore(db, workspaceId, settledAt - 1);
      if (!before) continue;
      const othersInFlight = ends.some((e) => e.id !== row.id && e.at > before.at && e.at <= now);
      const actual = actualFromDelta({ before, after, sendAt: settledAt, othersInFlight });
      if (actual === null) continue;
      await db.ledger.update(row.id, { actual, actualSource: 'balanceDelta' });
      filled.push(row.id);
    }
    return filled;
  });
}

/**
 * The builder's "Credits Used" text under a reply, tied to its turn by the user message id. A cost
 * already measured from the balance is not overwritten by text the page shows.
 */
export async function setCostFromText(
  db: CreditMeterDb,
  appId: string,
  messageId: string,
  cost: number,
  now: number,
): Promise<number | null> {
  return db.transaction('rw', db.ledger, async () => {
    const row = (await appTurns(db, appId, now)).find((r) => r.messageId === messageId);
    if (row?.id === undefined || row.actual !== null) return null;
    await db.ledger.update(row.id, { actual: cost, actualSource: 'builderText' });
    return row.id;
  });
}
