// A real core (real SQLite, migrations, handlers, outbox) whose webhook channels read their
// inbox from a scripted source, so triage, sync timing and response times can be tested with
// exact times and no network.
import { ManualClock } from '../../src-main/core/clock';
import { ConnectorError, type FailureKind } from '../../src-main/core/connectors/connector-error';
import type { OwnerMessage } from '../../src-main/shared/messages/owner-message';
import type { Account } from '../../src-main/core/connectors/connector';
import type { InboxBatch, InboxSource, IncomingItem } from '../../src-main/core/inbox/inbox-source';
import type { InboxKind } from '../../src-main/shared/inbox';
import { ScriptedConnector } from './scripted-connector';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

type Answer = { items: IncomingItem[]; interactions?: InboxBatch['interactions'] } | ConnectorError;

/** Hands out what a test queued for each account, in order; an empty batch when nothing is. */
export class ScriptedInboxSource implements InboxSource {
  readonly network = 'webhook' as const;
  readonly calls: { handle: string; cursor: string | null; at: number }[] = [];
  readonly seen: { handle: string; upTo: number }[] = [];
  private readonly queues = new Map<string, Answer[]>();
  private counter = 0;

  constructor(private readonly clock: ManualClock) {}

  queue(handle: string, ...answers: Answer[]): void {
    this.queues.set(handle, [...(this.queues.get(handle) ?? []), ...answers]);
  }

  fail(handle: string, kind: FailureKind, message: string | OwnerMessage, retryAt?: number): void {
    this.queue(handle, new ConnectorError(kind, message, { retryAt }));
  }

  async fetchSince(account: Account, cursor: string | null): Promise<InboxBatch> {
    this.calls.push({ handle: account.handle, cursor, at: this.clock.now() });
    const answer = this.queues.get(account.handle)?.shift();
    if (answer instanceof ConnectorError) throw answer;
    this.counter += 1;
    return {
      items: answer?.items ?? [],
      interactions: answer?.interactions,
      nextCursor: `cursor-${this.counter}`,
    };
  }

  async markSeen(account: Account, upTo: number): Promise<void> {
    this.seen.push({ handle: account.handle, upTo });
  }
}

let serial = 0;

/** An incoming item with sensible defaults; remote ids are unique unless given. */
export function incoming(
  fields: Partial<IncomingItem> & { kind?: InboxKind; text?: string; at: number },
): IncomingItem {
  const remoteId = fields.remoteId ?? `remote-${++serial}`;
  return {
    remoteId,
    kind: fields.kind ?? 'mention',
    author: fields.author ?? { name: 'Sam Fan', handle: '@sam', avatarUrl: null },
    text: fields.text ?? 'Hello there',
    url: fields.url ?? null,
    receivedAt: fields.at,
    parentRemoteId: fields.parentRemoteId ?? null,
    rootRemoteId: fields.rootRemoteId ?? null,
    answersOurRemoteId: fields.answersOurRemoteId ?? null,
    parent: fields.parent ?? null,
    replyTo: fields.replyTo ?? { parent: { id: remoteId }, root: { id: remoteId } },
  };
}

export interface InboxWorld extends TestCore {
  source: ScriptedInboxSource;
  webhook: ScriptedConnector;
  /** Connects a webhook channel whose handle (and scripted inbox) is `name`. */
  connect(name: string): Promise<string>;
  dispose(): Promise<void>;
}

export function startInboxWorld(
  options: { start?: number; timeZone?: string; inboxSync?: boolean; pollMs?: number } = {},
): InboxWorld {
  const data = tempDir('cadence-inbox-');
  const clock = new ManualClock(options.start ?? Date.parse('2026-11-25T13:00:00Z'));
  const source = new ScriptedInboxSource(clock);
  const webhook = new ScriptedConnector('webhook', clock);
  const t = startTestCore({
    dataDir: data.dir,
    clock,
    timeZone: options.timeZone ?? 'America/New_York',
    connectors: { webhook },
    inboxSources: { webhook: source },
    inboxSync: options.inboxSync,
    inboxPollMs: options.pollMs,
  });
  return {
    ...t,
    source,
    webhook,
    async connect(name) {
      const channel = await t.call('channels.connect', {
        network: 'webhook',
        url: 'http://127.0.0.1:9/hook',
        signingSecret: 'a-signing-secret-0123',
        displayName: name,
      });
      return channel.id;
    },
    async dispose() {
      await t.core.close();
      data.cleanup();
    },
  };
}
