import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ManualClock } from '../../src-main/core/clock';
import { createCore, type Core, type CoreOptions } from '../../src-main/core/create-core';
import {
  memorySecretStore,
  RecordingNotifier,
  SwitchableOnlineSignal,
  type SecretStore,
} from '../../src-main/core/ports';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/shared/contract';

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, '../../src-main/core/db/migrations');

export function makeDataDir(prefix = 'cadence-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  clock: ManualClock;
  online: SwitchableOnlineSignal;
  notifier: RecordingNotifier;
  dataDir: string;
  /** Invokes a channel and returns its value, throwing the typed error on failure. */
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function startTestCore(options: {
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
}): TestCore {
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
  });
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
  };
}
