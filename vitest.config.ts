import { defineConfig } from 'vitest/config';

/**
 * Two projects: `server` (unit + API integration on a real database, in parallel files) and
 * `e2e` (user journeys in a real Chromium against a running server, one file at a time).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: [
            'server/**/*.test.ts',
            'common/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/process/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          globalSetup: ['tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/console-guard.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          retry: 0,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/setup/console-guard.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          retry: 0,
        },
      },
    ],
  },
});
