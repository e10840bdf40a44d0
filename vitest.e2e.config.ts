/**
 * End-to-end tests of the explorer (`npm run test:e2e`): build web/dist once, serve it on a random localhost port,
 * drive Debian's Chromium with playwright-core. Kept out of the unit suite's config (vitest.config.ts) because they
 * need a browser and a build; screenshots go to test-results/screenshots/.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time: the machine has two cores shared with everyone.
    fileParallelism: false,
  },
});
