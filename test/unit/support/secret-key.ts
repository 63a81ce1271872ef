/**
 * The API key lives in its own IndexedDB database, which fake-indexeddb keeps for the whole test
 * file. Every test starts with none, as it did when `fakeBrowser.reset()` cleared it with the rest
 * of storage.local.
 */
import { beforeEach } from 'vitest';

// Imported on first use: WXT's storage binds the browser when it loads, and the fake browser is
// installed after this file runs.
beforeEach(async () => (await import('../../../lib/db/secret-key')).resetSecretKeyStore());
