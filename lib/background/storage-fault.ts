/**
 * Faults of the extension's own database, turned into a status a person can see. Writes that hit
 * the disk quota thin old snapshots and try once more; a write that still fails says so and
 * rethrows, so a ledger row is never dropped without the caller (and the status) knowing.
 */
import { DAY } from '../credits/schedule';
import { thinSnapshots } from '../db/thin';
import type { RuntimeDeps } from './deps';
import { setStorageStatus } from './status';
import { MESSAGES, makeStatus } from './status-messages';

/** On a full disk, snapshots older than this are thinned to hourly (normally 14 days). */
const QUOTA_THIN_AFTER_MS = DAY;

function names(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  // Dexie wraps the DOMException in `inner`; look a few levels down.
  for (let i = 0; i < 4 && typeof e === 'object' && e !== null; i++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') out.push(name);
    e = inner;
  }
  return out;
}

export function isQuotaError(error: unknown): boolean {
  return names(error).includes('QuotaExceededError');
}

/** The database cannot be opened or used at all (as opposed to one failed query). */
export function isUnavailableError(error: unknown): boolean {
  const n = names(error);
  return [
    'OpenFailedError',
    'DatabaseClosedError',
    'MissingAPIError',
    'VersionError',
    'InvalidStateError',
    'UnknownError',
    'AbortError',
  ].some((k) => n.includes(k));
}

function setKind(kind: 'storageUnavailable' | 'storageFull' | null, now: number): Promise<void> {
  return setStorageStatus(kind === null ? null : makeStatus(kind, MESSAGES[kind], now));
}

/** A write worked: any storage status is over. */
function storageOk(now: number): Promise<void> {
  return setKind(null, now);
}

/** The database answered a read: a storageUnavailable status (only that) is over. */
export function storageOpened(): Promise<void> {
  return setStorageStatus(null, (cur) => cur?.kind === 'storageUnavailable');
}

/** The database would not open: say so (the caller carries on with what it has). */
export function storageUnavailable(now: number): Promise<void> {
  return setKind('storageUnavailable', now);
}

/**
 * Run a database write. On a full disk: thin snapshots older than a day, try once more; still full
 * → status `storageFull` and the error is rethrown. An unopenable database → `storageUnavailable`, rethrown.
 */
export async function guardedWrite<T>(deps: RuntimeDeps, write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    await storageOk(deps.now());
    return result;
  } catch (error) {
    const now = deps.now();
    if (isQuotaError(error)) {
      const freed = await thinSnapshots(deps.db, now, QUOTA_THIN_AFTER_MS).catch(() => 0);
      if (freed > 0) {
        try {
          const result = await write();
          await storageOk(now);
          return result;
        } catch (again) {
          if (!isQuotaError(again)) throw again;
        }
      }
      await setKind('storageFull', now);
    } else if (isUnavailableError(error)) {
      await storageUnavailable(now);
    }
    throw error;
  }
}
