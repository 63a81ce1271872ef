import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic plus real IndexedDB semantics from fake-indexeddb and WXT's fakeBrowser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    setupFiles: [
      'fake-indexeddb/auto',
      './test/unit/support/web-locks.ts',
      './test/unit/support/secret-key.ts',
      './lib/i18n/ui-all.ts',
      './test/unit/support/chip-words.ts',
    ],
    environment: 'node',
    // The machine is shared and noisy; property tests can take seconds under load. Speed is judged by
    // benchmarks, never by tests.
    testTimeout: 30_000,
  },
});
