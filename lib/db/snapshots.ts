/** Balance snapshots: store readings (deduplicated), find the latest, and chart a cycle. */
import Dexie from 'dexie';
import { detectResets } from '../credits/schedule';
import type { BalanceReading, BalanceSource, DailyCap, Pool, PoolName } from '../credits/types';
import type { CreditMeterDb } from './database';
import { lastSeen, type EventRow, type SnapshotRow } from './rows';

/** Event keys for resets; `lastEvent(db, ws, RESET_EVENT_KEYS.message)` finds the last one. */
export const RESET_EVENT_KEYS: Record<PoolName, string> = {
  message: 'message-monthly',
  integration: 'integration-monthly',
  daily: 'daily',
};

/** An unchanged reading is stored again only this often, so "last seen" stays meaningful. */
export const DEFAULT_HEARTBEAT_MS = 15 * 60_000;

/** The reading a stored row represents (rows from schema v1 lack the optional fields). */
export function snapshotReading(row: SnapshotRow): BalanceReading {
  return {
    message: row.message,
    integration: row.integration,
    daily: row.daily,
    tier: row.tier,
    periodStart: row.periodStart ?? null,
    periodEnd: row.periodEnd,
    dailyResetAt: row.dailyResetAt ?? null,
  };
}

function samePool(a: Pool | null, b: Pool | null): boolean {
  if (!a || !b) return a === b;
  return a.limit === b.limit && a.used === b.used && a.remaining === b.remaining && a.bonus === b.bonus;
}

function sameDaily(a: DailyCap | null, b: DailyCap | null): boolean {
  if (!a || !b) return a === b;
  return a.limit === b.limit && a.used === b.used;
}

/** Field by field (not JSON), so key order in the caller's objects does not matter. */
function sameNumbers(a: BalanceReading, b: BalanceReading): boolean {
  return (
    samePool(a.message, b.message) &&
    samePool(a.integration, b.integration) &&
    sameDaily(a.daily, b.daily) &&
    a.tier === b.tier &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    a.dailyResetAt === b.dailyResetAt
  );
}

function latestIn(db: CreditMeterDb, workspaceId: string): Promise<SnapshotRow | undefined> {
  return db.snapshots
    .where('[workspaceId+at]')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .last();
}

/** Newest snapshot of a workspace (one index lookup). */
export function latestSnapshot(db: CreditMeterDb, workspaceId: string): Promise<SnapshotRow | undefined> {
  return latestIn(db, workspaceId);
}

/**
 * Moves a workspace's snapshots stamped after `now` to just before it (they were taken before the
 * clock was set back; left alone they would stay "newest" and hide every new reading until the
 * clock caught up). Returns how many moved.
 */
export async function restampFutureSnapshots(
  db: CreditMeterDb,
  workspaceId: string,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.snapshots, async () => {
    const ahead = await db.snapshots
      .where('[workspaceId+at]')
      .between([workspaceId, now], [workspaceId, Dexie.maxKey], false, true)
      .toArray();
    if (ahead.length > 0)
      await db.snapshots.bulkPut(ahead.map((r) => ({ ...r, at: now - 1, seenAt: now - 1 })));
    return ahead.length;
  });
}

/** Newest snapshot taken at or before `at`. */
export function snapshotAtOrBefore(
  db: CreditMeterDb,
  workspaceId: string,
  at: number,
): Promise<SnapshotRow | undefined> {
  return db.snapshots
    .where('[workspaceId+at]')
    .between([workspaceId, Dexie.minKey], [workspaceId, at], true, true)
    .last();
}

/**
 * Stores a validated reading unless it repeats the latest one within the heartbeat. Reset
 * detection and the reset events happen in the same transaction, so two callers racing cannot
 * both record the same reset.
 */
export async function recordSnapshot(
  db: CreditMeterDb,
  workspaceId: string,
  source: BalanceSource,
  reading: BalanceReading,
  now: number,
  opts: { heartbeatMs?: number } = {},
): Promise<{ stored: boolean; resets: PoolName[]; previous?: SnapshotRow }> {
  const heartbeat = opts.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  return db.transaction('rw', db.snapshots, db.events, async () => {
    const previous = await latestIn(db, workspaceId);
    if (previous && now >= previous.at && now - previous.at < heartbeat) {
      if (previous.source === source && sameNumbers(snapshotReading(previous), reading)) {
        // Confirmed now, whichever way the clock moved since: a stamp left in the future goes too.
        if (previous.id !== undefined && lastSeen(previous) !== now)
          await db.snapshots.update(previous.id, { seenAt: now });
        return { stored: false, resets: [], previous };
      }
    }
    const resets = previous && now >= previous.at ? detectResets(previous, reading) : [];
    const row: SnapshotRow = {
      workspaceId,
      at: now,
      source,
      message: reading.message,
      integration: reading.integration,
      daily: reading.daily,
      tier: reading.tier,
      periodEnd: reading.periodEnd,
      periodStart: reading.periodStart,
      dailyResetAt: reading.dailyResetAt,
    };
    await db.snapshots.add(row);
    const events: Omit<EventRow, 'id'>[] = resets.map((kind) => {
      const before = kind === 'daily' ? previous?.daily?.used : previous?.[kind]?.used;
      const after = kind === 'daily' ? reading.daily?.used : reading[kind]?.used;
      return {
        workspaceId,
        at: now,
        kind: 'reset',
        key: RESET_EVENT_KEYS[kind],
        detail: `used ${before ?? '?'} → ${after ?? '?'}`,
      };
    });
    if (events.length > 0) await db.events.bulkAdd(events);
    return previous ? { stored: true, resets, previous } : { stored: true, resets };
  });
}
