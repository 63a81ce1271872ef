/**
 * The Monitoring API key, in a small IndexedDB database of its own. The database belongs to the
 * extension's origin, which only the background and extension pages share: a content script's
 * `indexedDB` is the page's, so no content script (nor a compromised content process holding only
 * the page's origin) can open it, in Chrome and in Firefox alike. `storage.local`, where the key
 * used to be, is readable from content scripts in Firefox.
 *
 * Only the background imports this (a convention test checks); pages hand the key over by message.
 */
import Dexie, { type EntityTable } from 'dexie';
import { storage } from 'wxt/utils/storage';

export const SECRETS_DB_NAME = 'credit-meter-secrets';
const KEY_ID = 'monitoringApiKey';

interface SecretRow {
  id: string;
  value: string;
}

class SecretsDb extends Dexie {
  secrets!: EntityTable<SecretRow, 'id'>;

  constructor() {
    super(SECRETS_DB_NAME);
    this.version(1).stores({ secrets: 'id' });
  }
}

/** Where earlier builds kept the key; emptied at start-up or by the first read after an update. */
const legacyKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });

let handle: SecretsDb | null = null;
/** The move out of storage.local, once per worker (again after a failure). */
let moved: Promise<void> | null = null;

function secrets(): SecretsDb {
  return (handle ??= new SecretsDb());
}

async function moveLegacyKey(): Promise<void> {
  const legacy = await legacyKeyItem.getValue();
  if (!legacy) return;
  const db = secrets();
  // A key already in the database is newer than the old copy (a move cut off before its removal).
  await db.transaction('rw', db.secrets, async () => {
    if (!(await db.secrets.get(KEY_ID))) await db.secrets.put({ id: KEY_ID, value: legacy });
  });
  await legacyKeyItem.removeValue();
}

/** Runs the move before the first use of the key; a failed move is tried again on the next use. */
export function migrateLegacyKey(): Promise<void> {
  moved ??= moveLegacyKey().catch((error: unknown) => {
    moved = null;
    throw error;
  });
  return moved;
}

/**
 * The key, with the shape of a WXT storage item. Reads and writes reject when IndexedDB will not
 * open (Dexie's OpenFailedError and kin): the poller turns that into the storageUnavailable status.
 */
export const apiKeyItem = {
  async getValue(): Promise<string> {
    await migrateLegacyKey();
    return (await secrets().secrets.get(KEY_ID))?.value ?? '';
  },
  async setValue(value: string): Promise<void> {
    await migrateLegacyKey();
    if (value) await secrets().secrets.put({ id: KEY_ID, value });
    else await secrets().secrets.delete(KEY_ID);
  },
  /** Removes the key from the database and any copy left in storage.local ("Delete all data"). */
  async removeValue(): Promise<void> {
    await Promise.all([secrets().secrets.delete(KEY_ID), legacyKeyItem.removeValue()]);
  },
};

/**
 * Closes the database; the next use opens it again and looks for a key to move once more, as a
 * new worker would.
 */
export function closeSecretKeyStore(): void {
  handle?.close();
  handle = null;
  moved = null;
}

/**
 * Tests only: close and delete the database, so each test starts with no key (as
 * `fakeBrowser.reset()` gave when the key lived in storage.local).
 */
export async function resetSecretKeyStore(): Promise<void> {
  closeSecretKeyStore();
  await Dexie.delete(SECRETS_DB_NAME);
}
