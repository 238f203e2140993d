import { resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');
const E2E = 'tests/**/*.e2e.test.ts';
// The tests that need Postgres and Redis (for the Bluesky AppView). Their project's globalSetup
// starts both, and vitest runs it only when one of these files is in the run.
const NEEDS_SERVICES = [
  'tests/integration/bluesky-inbox.test.ts',
  'tests/integration/bluesky-metrics.test.ts',
];

export default defineConfig({
  root,
  resolve: { alias: { '@shared': resolve(root, 'src-main/shared') } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, E2E, ...NEEDS_SERVICES],
        },
      },
      {
        extends: true,
        test: {
          name: 'services',
          include: NEEDS_SERVICES,
          globalSetup: ['tests/tools/test-services-setup.ts'],
        },
      },
      {
        // Each e2e file starts its own Chromium and this machine has two cores, so e2e files
        // run one at a time, after the unit tests rather than alongside them.
        extends: true,
        test: {
          name: 'e2e',
          include: [E2E],
          // A page settles when it settles: expect.poll waits for what the owner would see, up to
          // 10 s, on a machine busy with other work.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
