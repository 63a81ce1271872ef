/** The prompt ledger: one row per prompt sent, with its estimate and (when known) actual cost. */
import Dexie from 'dexie';
import { DAY, MINUTE, rollingWindowStart } from '../credits/schedule';
import type { CalibrationPair } from '../estimate/types';
import type { CreditMeterDb } from './database';
import type { ActualSource, LedgerRow } from './rows';

/** A builder-reported cost belongs to a prompt sent at most this long before it. */
const COST_MATCH_WINDOW_MS = 10 * MINUTE;
/** Clocks of the page and the background can disagree by a little. */
const SKEW_MS = MINUTE;
/** Excerpts are a reminder, not an archive; this also bounds the database size. */
export const EXCERPT_MAX = 120;

/** Cuts to EXCERPT_MAX UTF-16 units without leaving half of a surrogate pair (an emoji) behind. */
function clip(text: string): string {
  if (text.length <= EXCERPT_MAX) return text;
  const cut = text.slice(0, EXCERPT_MAX);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Records a sent prompt once: a retried `sendId` returns the existing row's id. */
export async function recordPrompt(db: CreditMeterDb, row: Omit<LedgerRow, 'id'>): Promise<number> {
  const clean: Omit<LedgerRow, 'id'> = { ...row, excerpt: row.excerpt === null ? null : clip(row.excerpt) };
  return db.transaction('rw', db.ledger, async () => {
    const existing = await db.ledger.where('sendId').equals(row.sendId).first();
    if (existing?.id !== undefined) return existing.id;
    return (await db.ledger.add(clean)) as number;
  });
}

/** The app's prompts sent in [from, to], newest first. Null app ids are not in the compound index. */
async function appPromptsNewestFirst(
  db: CreditMeterDb,
  workspaceId: string,
  appId: string | null,
  from: number,
  to: number,
): Promise<LedgerRow[]> {
  if (appId !== null) {
    return db.ledger
      .where('[workspaceId+appId+at]')
      .between([workspaceId, appId, from], [workspaceId, appId, to], true, true)
      .reverse()
      .toArray();
  }
  return db.ledger
    .where('[workspaceId+at]')
    .between([workspaceId, from], [workspaceId, to], true, true)
    .reverse()
    .filter((r) => r.appId === null)
    .toArray();
}

/**
 * Attaches a known cost to the newest prompt of that app sent in the last ~10 minutes that has no
 * actual yet. Returns the row's id, or null when no prompt matches.
 */
export async function setActualCost(
  db: CreditMeterDb,
  args: { workspaceId: string; appId: string | null; cost: number; source: ActualSource; at: number },
): Promise<number | null> {
  const { workspaceId, appId, cost, source, at } = args;
  if (!Number.isFinite(cost) || cost < 0) return null;
  return db.transaction('rw', db.ledger, async () => {
    const rows = await appPromptsNewestFirst(db, workspaceId, appId, at - COST_MATCH_WINDOW_MS, at + SKEW_MS);
    // A measured cost is never replaced by one the page states.
    const target = rows.find((r) => r.actual === null);
    if (target?.id === undefined) return null;
    await db.ledger.update(target.id, { actual: cost, actualSource: source });
    return target.id;
  });
}

/** Credits spent in [start, end): the actual cost where known, else the estimate. */
export async function spentBetween(
  db: CreditMeterDb,
  workspaceId: string,
  start: number,
  end: number,
): Promise<number> {
  // toArray (getAll) rather than a cursor: one request instead of one per row.
  const rows = await db.ledger
    .where('[workspaceId+at]')
    .between([workspaceId, start], [workspaceId, end], true, false)
    .toArray();
  let sum = 0;
  for (const r of rows) sum += r.actual ?? r.estimate;
  return Math.round(sum * 1000) / 1000;
}

/** The workspace's prompts sent in [start, end), by the [workspaceId+at] index. */
export async function ledgerBetween(
  db: CreditMeterDb,
  workspaceId: string,
  start: number,
  end: number,
): Promise<LedgerRow[]> {
  return db.ledger
    .where('[workspaceId+at]')
    .between([workspaceId, start], [workspaceId, end], true, false)
    .toArray();
}

/** One app's prompts sent in [start, end], oldest first (null: prompts typed on the home page). */
export async function appLedgerBetween(
  db: CreditMeterDb,
  workspaceId: string,
  appId: string | null,
  start: number,
  end: number,
): Promise<LedgerRow[]> {
  return (await appPromptsNewestFirst(db, workspaceId, appId, start, end)).reverse();
}

/**
 * Opening use of the rolling-24h window containing `now` (see rollingWindowStart), from the
 * workspace's sends in the last 7 days; pass it as `firstUseAt` / `firstUseToday`.
 */
export async function rollingWindowFirstUse(
  db: CreditMeterDb,
  workspaceId: string,
  now: number,
): Promise<number | null> {
  const rows = await db.ledger
    .where('[workspaceId+at]')
    .between([workspaceId, now - 7 * DAY], [workspaceId, now], true, true)
    .toArray();
  return rollingWindowStart(
    rows.map((r) => r.at),
    now,
  );
}

/** Newest first, rows strictly before `before` (epoch ms), at most `limit`. */
export async function ledgerPage(
  db: CreditMeterDb,
  args: { workspaceId?: string; before?: number; limit: number },
): Promise<LedgerRow[]> {
  const limit = Math.max(0, Math.floor(args.limit));
  if (limit === 0) return [];
  const before = args.before ?? Dexie.maxKey;
  if (args.workspaceId !== undefined) {
    return db.ledger
      .where('[workspaceId+at]')
      .between([args.workspaceId, Dexie.minKey], [args.workspaceId, before], true, false)
      .reverse()
      .limit(limit)
      .toArray();
  }
  return db.ledger.where('at').below(before).reverse().limit(limit).toArray();
}

/** Rows scanned per step, and at most this many steps, so calibration never walks all history. */
const CALIBRATION_CHUNK = 250;
const CALIBRATION_MAX_CHUNKS = 20;

/** Newest prompts whose actual cost is known, as estimate/actual pairs for calibration. */
export async function calibrationPairs(
  db: CreditMeterDb,
  workspaceId?: string,
  limit = 500,
): Promise<CalibrationPair[]> {
  const out: CalibrationPair[] = [];
  let before: number | undefined;
  let skipIds = new Set<number>();
  for (let chunk = 0; chunk < CALIBRATION_MAX_CHUNKS && out.length < limit; chunk++) {
    // Inclusive of `before` so rows sharing a timestamp across chunks are not lost.
    const upper = before ?? Dexie.maxKey;
    const rows =
      workspaceId !== undefined
        ? await db.ledger
            .where('[workspaceId+at]')
            .between([workspaceId, Dexie.minKey], [workspaceId, upper], true, true)
            .reverse()
            .limit(CALIBRATION_CHUNK + skipIds.size)
            .toArray()
        : await db.ledger
            .where('at')
            .belowOrEqual(upper)
            .reverse()
            .limit(CALIBRATION_CHUNK + skipIds.size)
            .toArray();
    const fresh = rows.filter((r) => r.id === undefined || !skipIds.has(r.id));
    if (fresh.length === 0) break;
    for (const r of fresh) {
      if (r.actual !== null && out.length < limit)
        out.push({ scope: r.scope, estimate: r.estimate, actual: r.actual });
    }
    before = fresh[fresh.length - 1]!.at;
    skipIds = new Set(rows.filter((r) => r.at === before && r.id !== undefined).map((r) => r.id!));
  }
  return out;
}
