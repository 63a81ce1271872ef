import { defineConfig } from 'vitest/config';

// End-to-end in Firefox: the built Firefox extension in Debian's firefox-esr (puppeteer-core over
// WebDriver BiDi) against the simulated Base44. One file at a time: two cores and a browser per file.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
