import { resolve } from 'node:path';
import { ManualClock } from '../../src-main/core/clock';
import { createCore, type Core, type CoreOptions } from '../../src-main/core/create-core';
import {
  memorySecretStore,
  RecordingNotifier,
  SwitchableOnlineSignal,
  type SecretStore,
} from '../../src-main/core/ports';
import type { HostLookup } from '../../src-main/core/link-cards/page-reader';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/shared/contract';
import type { AppErrorShape } from '../../src-main/shared/errors';

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, '../../src-main/core/db/migrations');

export interface TestCore {
  core: Core;
  clock: ManualClock;
  online: SwitchableOnlineSignal;
  notifier: RecordingNotifier;
  dataDir: string;
  /** Invokes a channel and returns its value, throwing the typed error on failure. */
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Invokes a channel that must refuse the input and returns its typed error. */
  errorOf(channel: string, input?: unknown): Promise<AppErrorShape>;
  /** Fires the clock's timers one by one up to `until`, letting each pass finish, then sets the clock. */
  runUntil(until: number): Promise<void>;
  /** Lets the core run every timer it arms for `ms` of simulated time. */
  runFor(ms: number): Promise<void>;
  /** Closes the core; later calls do nothing, so a test may close it early and its fixture still may. */
  close(): Promise<void>;
}

export interface TestCoreOptions {
  dataDir: string;
  clock?: ManualClock;
  timeZone?: string;
  connectors?: CoreOptions['connectors'];
  secrets?: SecretStore;
  publishing?: boolean;
  requestTimeoutMs?: number;
  /** Background inbox sync; off unless a test asks, so other tests see only their own requests. */
  inboxSync?: boolean;
  inboxSources?: CoreOptions['inboxSources'];
  inboxPollMs?: number;
  endpoints?: CoreOptions['endpoints'];
  /** The daily backup; off unless a test asks, so other tests' timers and folders are their own. */
  automaticBackups?: boolean;
  filePicker?: CoreOptions['filePicker'];
  linkCardGuard?: CoreOptions['linkCardGuard'];
  desktopFiles?: CoreOptions['desktopFiles'];
}

/** Link cards in tests: localhost is 127.0.0.1, and any other name is unknown without asking DNS. */
const loopbackOnlyLookup: HostLookup = async (hostname) => {
  if (hostname === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`${hostname} is not looked up in tests`), { code: 'ENOTFOUND' });
};

export function startTestCore(options: TestCoreOptions): TestCore {
  const clock = options.clock ?? new ManualClock(Date.UTC(2026, 10, 25, 12));
  const online = new SwitchableOnlineSignal(true);
  const notifier = new RecordingNotifier();
  const core = createCore({
    clock,
    dataDir: options.dataDir,
    migrationsFolder: MIGRATIONS_FOLDER,
    secrets: options.secrets ?? memorySecretStore(),
    online,
    notifier,
    defaultTimeZone: options.timeZone ?? 'America/New_York',
    connectors: options.connectors,
    publishing: options.publishing,
    requestTimeoutMs: options.requestTimeoutMs,
    inboxSync: options.inboxSync ?? false,
    inboxSources: options.inboxSources,
    inboxPollMs: options.inboxPollMs,
    endpoints: options.endpoints,
    automaticBackups: options.automaticBackups,
    filePicker: options.filePicker,
    linkCardGuard: options.linkCardGuard,
    // A test never asks a DNS server: localhost is 127.0.0.1 and every other name is unknown.
    linkCardLookup: loopbackOnlyLookup,
    desktopFiles: options.desktopFiles,
  });
  let closing: Promise<void> | undefined;
  const runUntil = async (until: number) => {
    await core.whenIdle();
    for (;;) {
      const next = clock.nextDueAt();
      if (next === null || next > until) break;
      clock.set(next);
      await core.whenIdle();
    }
    clock.set(until);
    await core.whenIdle();
  };
  return {
    core,
    clock,
    online,
    notifier,
    dataDir: options.dataDir,
    async call(channel, input) {
      const result = await core.invoke(channel, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
      return result.value as never;
    },
    async errorOf(channel, input) {
      const result = await core.invoke(channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
    runUntil,
    runFor: (ms) => runUntil(clock.now() + ms),
    close: () => (closing ??= core.close()),
  };
}
