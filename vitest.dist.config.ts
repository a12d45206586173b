import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site, run by scripts/test.mjs after `astro build` (dist/) and the sub-path
 * build (dist-base/): `vitest run --config vitest.dist.config.ts --project build` asserts on the
 * built HTML, `--project e2e` drives Debian's Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser at a time: the machine has 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
