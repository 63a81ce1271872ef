import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium against the simulated Base44.
// One file at a time: two cores and a browser per file.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
