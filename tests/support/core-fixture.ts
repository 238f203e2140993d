// The test core most core tests start, as vitest fixtures: ask for `t` and the test gets a core
// on a fresh data folder, closed and removed when it ends (`h`, the same for an outbox harness
// with scripted connectors). A file or describe sets what the core starts with through
// `test.override({ coreOptions: { … } })`; `fileTest` shares one core between the tests of a
// file that build on what the earlier ones left.
import { test as base } from 'vitest';
import type { CoreEvent } from '../../src-main/shared/contract';
import { startOutboxHarness, type OutboxHarness, type OutboxHarnessOptions } from './outbox-harness';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore, type TestCoreOptions } from './test-core';

export type CoreOptions = Omit<TestCoreOptions, 'dataDir'>;

export interface CoreFixtures {
  /** What `t` starts with (defaults: a manual clock at 2026-11-25 12:00 UTC, New York). */
  coreOptions: CoreOptions;
  /** Makes a new empty folder, removed after the test. */
  newFolder: () => string;
  /** The data folder of `t`. */
  dataDir: string;
  /** Starts a core (on a new folder unless `dataDir` is given); it is closed after the test. */
  startCore: (options?: Partial<TestCoreOptions>) => TestCore;
  /** A core started on `dataDir` with `coreOptions`. */
  t: TestCore;
  /** Closes the running core and starts another on the same folder, as the owner reopening the app. */
  restart: () => Promise<TestCore>;
  /** What `t` announces, from the moment the test asks for it. */
  events: CoreEvent[];
  /** Starts an outbox harness (a core with scripted connectors); disposed after the test. */
  startOutbox: (options?: OutboxHarnessOptions) => OutboxHarness;
  /** An outbox harness with the defaults. */
  h: OutboxHarness;
  /** A webhook channel "Shop hook" connected on `h`. */
  hook: string;
}

export const test = base.extend<CoreFixtures>({
  coreOptions: {},
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its pattern
  newFolder: async ({}, use) => {
    const made: Array<() => void> = [];
    await use(() => {
      const { dir, cleanup } = tempDir();
      made.push(cleanup);
      return dir;
    });
    for (const cleanup of made.reverse()) cleanup();
  },
  dataDir: async ({ newFolder }, use) => use(newFolder()),
  startCore: async ({ newFolder }, use) => {
    const started: TestCore[] = [];
    await use((options = {}) => {
      const core = startTestCore({ ...options, dataDir: options.dataDir ?? newFolder() });
      started.push(core);
      return core;
    });
    for (const core of started.reverse()) await core.close();
  },
  t: async ({ startCore, coreOptions, dataDir }, use) => use(startCore({ ...coreOptions, dataDir })),
  restart: async ({ t, startCore, coreOptions, dataDir }, use) => {
    let running = t;
    await use(async () => {
      await running.close();
      running = startCore({ ...coreOptions, dataDir });
      return running;
    });
  },
  events: async ({ t }, use) => {
    const events: CoreEvent[] = [];
    t.core.subscribe((event) => events.push(event));
    await use(events);
  },
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its pattern
  startOutbox: async ({}, use) => {
    const started: OutboxHarness[] = [];
    await use((options) => {
      const harness = startOutboxHarness(options);
      started.push(harness);
      return harness;
    });
    for (const harness of started.reverse()) await harness.dispose();
  },
  h: async ({ startOutbox }, use) => use(startOutbox()),
  hook: async ({ h }, use) => use(await h.connect('webhook', 'Shop hook')),
});

export const it = test;

/**
 * `test` with `channels`: the bakery's Bluesky and Mastodon channels added on `t`, ids in that
 * order; not signed in, which is enough to plan, change and search posts.
 */
export const withChannels = test.extend<{ channels: string[] }>({
  channels: async ({ t }, use) => {
    const ids: string[] = [];
    for (const [network, handle] of [
      ['bluesky', 'bakery.bsky.social'],
      ['mastodon', '@bakery@social.example'],
    ] as const) {
      ids.push((await t.call('channels.add', { network, displayName: handle, handle })).id);
    }
    await use(ids);
  },
});

/** One core for every test of a file: `beforeAll(({ t }) => …)` sets up what they share. */
export const fileTest = base.extend<{ coreOptions: CoreOptions; t: TestCore }>({
  coreOptions: [{}, { scope: 'file' }],
  t: [
    async ({ coreOptions }, use) => {
      const { dir, cleanup } = tempDir();
      const core = startTestCore({ ...coreOptions, dataDir: dir });
      await use(core);
      await core.close();
      cleanup();
    },
    { scope: 'file' },
  ],
});
