import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/peers/**/*.test.ts'],
    // `npx wxt build` once, so every file drives the current production build (.output/chrome-mv3).
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
