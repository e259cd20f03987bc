import { defineConfig } from 'vitest/config';

// Three projects, one `npm test`:
//   unit — Node-only tests (simulation, rules, lint helpers);
//   server — the class game server, started for real on loopback ports;
//   e2e  — builds the game, serves it with `vite preview`, drives headless
//          Chromium via playwright-core (see tests/e2e/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Many-seed specifications run for seconds on a shared 2-core machine: no timing is asserted.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
