import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and corpus tests run in Node with WXT's fake browser; the Chromium suite has its own config
// (vitest.e2e.config.ts) because it needs the production build and runs one file at a time.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
