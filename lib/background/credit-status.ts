/**
 * "Out of credits": Base44 answered a turn with a paywall (base44/cli builder/send.ts: "the
 * workspace is out of credits — nothing ran"). The status stays until a reading shows more credits
 * than there were when the paywall came.
 */
import type { BalanceReading } from '../credits/types';
import type { CreditMeterDb } from '../db/database';
import type { SnapshotRow } from '../db/rows';
import { snapshotAtOrBefore, snapshotReading } from '../db/repo';
import type { RuntimeDeps } from './deps';
import { statusParts, setStatusPart } from './status';
import { MESSAGES, makeStatus } from './status-messages';
import { buildSummary } from './summary';

/** What a send can still draw on: the message pool (with bonus) and, where there is one, the daily cap. */
function spendable(reading: BalanceReading): number | null {
  const pool = reading.message ? reading.message.remaining + (reading.message.bonus ?? 0) : null;
  const daily = reading.daily ? Math.max(0, reading.daily.limit - reading.daily.used) : null;
  if (pool === null) return daily;
  return daily === null ? pool : Math.min(pool, daily);
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export async function markOutOfCredits(deps: RuntimeDeps, workspaceId: string, now: number): Promise<void> {
  const summary = await buildSummary(deps, workspaceId);
  const dailyEmpty = summary.daily && summary.daily.used >= summary.daily.limit;
  const until = dailyEmpty ? summary.daily?.resetAt : summary.nextReset;
  const message = until
    ? `${MESSAGES.outOfCredits} until ${when.format(until)}.`
    : `${MESSAGES.outOfCredits} until your credits reset.`;
  await setStatusPart(workspaceId, 'credits', makeStatus('outOfCredits', message, now, until ?? null), now);
}

/**
 * A new reading (before it is stored; `previous` is the newest stored one): clear "out of credits"
 * once the balance is above both the reading before the paywall and the last one since.
 */
export async function clearOutOfCreditsIfRisen(
  db: CreditMeterDb,
  workspaceId: string,
  reading: BalanceReading,
  previous: SnapshotRow | undefined,
  now: number,
): Promise<void> {
  const current = (await statusParts(workspaceId)).credits;
  if (current?.kind !== 'outOfCredits') return;
  const after = spendable(reading);
  if (after === null) return;
  const atPaywall = await snapshotAtOrBefore(db, workspaceId, current.at);
  const floors = [atPaywall, previous]
    .map((row) => (row ? spendable(snapshotReading(row)) : null))
    .filter((n): n is number => n !== null);
  const floor = floors.length > 0 ? Math.min(...floors) : 0;
  if (after > floor) await setStatusPart(workspaceId, 'credits', null, now);
}
