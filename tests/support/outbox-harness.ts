// A real core (real SQLite, real migrations, real handlers) with scripted connectors and a
// manual clock, plus the few steps every outbox test repeats.
import { ManualClock } from '../../src-main/core/clock';
import type { Published } from '../../src-main/core/connectors/connector';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { memorySecretStore, type SecretStore } from '../../src-main/core/ports';
import type { ConnectInput } from '../../src-main/shared/connect-inputs';
import type { Post } from '../../src-main/shared/entities';
import { ScriptedConnector } from './scripted-connector';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

export interface OutboxHarness extends TestCore {
  /** Answers for every webhook channel. */
  webhook: ScriptedConnector;
  /** Answers for every Discord channel. */
  discord: ScriptedConnector;
  secrets: SecretStore;
  connect(network: 'webhook' | 'discord', displayName?: string): Promise<string>;
  /** A post with text on the given channels, scheduled at a wall-clock time in New York. */
  schedule(channelIds: string[], local: string, body?: string): Promise<Post>;
  /** Opens a second core on the same data folder, as after a crash or restart; disposed with this one. */
  reopen(clock?: ManualClock): OutboxHarness;
  /** Drops this core as a killed process would: the database closes, nothing else runs. */
  crash(): void;
  dispose(): Promise<void>;
}

export type OutboxHarnessOptions = Parameters<typeof startOutboxHarness>[0];

export function startOutboxHarness(
  options: {
    start?: number;
    /** Replaces the default clock (which starts at `start`). */
    clock?: ManualClock;
    dataDir?: string;
    secrets?: SecretStore;
    publishing?: boolean;
    delivered?: { webhook: Map<string, Published>; discord: Map<string, Published> };
  } = {},
): OutboxHarness {
  const data = options.dataDir ? { dir: options.dataDir, cleanup: () => {} } : tempDir('cadence-outbox-');
  const clock = options.clock ?? new ManualClock(options.start ?? Date.parse('2026-11-25T13:00:00Z'));
  const secrets = options.secrets ?? memorySecretStore();
  const webhook = new ScriptedConnector('webhook', clock);
  const discord = new ScriptedConnector('discord', clock);
  for (const [key, value] of options.delivered?.webhook ?? []) webhook.delivered.set(key, value);
  for (const [key, value] of options.delivered?.discord ?? []) discord.delivered.set(key, value);
  const t = startTestCore({
    dataDir: data.dir,
    clock,
    secrets,
    timeZone: 'America/New_York',
    connectors: { webhook, discord },
    publishing: options.publishing,
  });
  let closed = false;
  const reopened: OutboxHarness[] = [];
  const harness: OutboxHarness = {
    ...t,
    webhook,
    discord,
    secrets,
    async connect(network, displayName) {
      const input: ConnectInput =
        network === 'webhook'
          ? { network, url: 'http://127.0.0.1:9/hook', signingSecret: 'a-signing-secret-0123', displayName }
          : { network, webhookUrl: 'http://127.0.0.1:9/api/webhooks/123/abc', displayName };
      return (await t.call('channels.connect', input)).id;
    },
    async schedule(channelIds, local, body = `Post for ${local}`) {
      const post = await t.call('posts.create', { body, channelIds });
      return t.call('posts.schedule', { id: post.id, local, timeZone: 'America/New_York' });
    },
    reopen(nextClock) {
      // The network outlives the app: what reached it before the crash is still there.
      const next = startOutboxHarness({
        clock: nextClock ?? new ManualClock(clock.now()),
        dataDir: data.dir,
        secrets,
        delivered: { webhook: webhook.delivered, discord: discord.delivered },
      });
      reopened.push(next);
      return next;
    },
    crash() {
      closed = true;
      t.core.database.close();
    },
    async dispose() {
      for (const next of reopened.splice(0).reverse()) await next.dispose();
      if (!closed) await closeWithinReason(t, [webhook, discord]);
      closed = true;
      data.cleanup();
    },
  };
  return harness;
}

const CLOSE_LIMIT_MS = 10_000;

/**
 * A test that failed before answering a send it held would otherwise leave the core waiting for
 * that send forever, and the whole run hung with it: held sends are refused, and a core that
 * still does not close (a check the test held) is dropped with an error that says why.
 */
async function closeWithinReason(t: TestCore, connectors: readonly ScriptedConnector[]): Promise<void> {
  for (const connector of connectors) {
    for (const held of connector.held) held.fail(new ConnectorError('offline', 'The test ended.'));
  }
  let timer: NodeJS.Timeout | undefined;
  const tooLong = new Promise<'too long'>((resolve) => {
    timer = setTimeout(() => resolve('too long'), CLOSE_LIMIT_MS);
  });
  const outcome = await Promise.race([t.core.close().then(() => 'closed' as const), tooLong]);
  clearTimeout(timer);
  if (outcome === 'too long') {
    t.core.database.close();
    throw new Error('The core did not close: the test left a send or a check it held unanswered.');
  }
}

/** The single target of a one-channel post, read fresh from the database. */
export function targetRow(h: TestCore, targetId: string) {
  return h.core.database.sqlite.prepare('select * from post_targets where id = ?').get(targetId) as {
    state: string;
    attempt_count: number;
    next_attempt_at: number | null;
    last_error: string | null;
    remote_id: string | null;
    remote_url: string | null;
    idempotency_key: string | null;
  };
}

export function attemptRows(h: TestCore, targetId: string) {
  return h.core.database.sqlite
    .prepare('select * from publish_attempts where target_id = ? order by id')
    .all(targetId) as Array<{
    started_at: number;
    finished_at: number | null;
    outcome: string | null;
    http_status: number | null;
    server_answer: string | null;
    idempotency_key: string;
  }>;
}
