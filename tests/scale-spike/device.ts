// One of the owner's devices in the spike: a real Cadence core (the test setup every core test
// uses) with its own data folder, keychain and webhook channel; a PowerSync database of its own;
// the bridge between them; and the core's webhook connector behind the workspace's publish lease.
import {
  column,
  createConsoleLogger,
  LogLevels,
  PowerSyncDatabase,
  Schema,
  Table,
  type PowerSyncBackendConnector,
} from '@powersync/node';
import type { ManualClock } from '../../src-main/core/clock';
import { webhookConnector } from '../../src-main/core/connectors/webhook/webhook-connector';
import { startTestCore, type TestCore } from '../support/test-core';
import { tempDir } from '../support/temp-dir';
import { leasedConnector, type WorkspaceTarget } from './leased-connector';
import { PostBridge, type PostRow } from './post-bridge';

/** PowerSync's client schema: what syncs of a post. trackPrevious gives the conflict rule its base. */
const SYNCED = new Schema({
  posts: new Table(
    {
      workspace_id: column.text,
      body: column.text,
      channel_ids: column.text,
      approval: column.text,
      conflict_of: column.text,
    },
    { trackPrevious: { onlyWhenChanged: true } },
  ),
});

export interface DeviceOptions {
  name: string;
  token: string;
  workspaceId: string;
  clock: ManualClock;
  syncUrl: string;
  backendUrl: string;
  leaseTtlMs: number;
  requestTimeoutMs: number;
}

export class Device {
  /** Changes the write endpoint refused, with its reason. */
  readonly refused: string[] = [];

  private constructor(
    readonly options: DeviceOptions,
    readonly t: TestCore,
    readonly db: PowerSyncDatabase,
    readonly bridge: PostBridge,
    /** Local target id -> workspace target, filled before publishing; the leased connector reads it. */
    private readonly targets: Map<string, WorkspaceTarget>,
    private readonly cleanup: () => void,
  ) {}

  static async start(options: DeviceOptions): Promise<Device> {
    const folder = tempDir(`cadence-scale-${options.name}-`);
    const targets = new Map<string, WorkspaceTarget>();
    const inner = webhookConnector({
      clock: options.clock,
      fetch: globalThis.fetch,
      requestTimeoutMs: options.requestTimeoutMs,
    });
    const webhook = leasedConnector(inner, {
      clock: options.clock,
      backendUrl: options.backendUrl,
      token: options.token,
      ttlMs: options.leaseTtlMs,
      targetOf: (localTargetId) => targets.get(localTargetId),
    });
    const t = startTestCore({ dataDir: `${folder.dir}/core`, clock: options.clock, connectors: { webhook } });
    const db = new PowerSyncDatabase({
      schema: SYNCED,
      // The SDK names its locks after the file, so each device's file has its own name.
      database: { dbFilename: `${options.name}.db`, dbLocation: folder.dir },
      logger: createConsoleLogger({
        minLevel: process.env.SPIKE_DEBUG ? LogLevels.debug : LogLevels.warn,
        prefix: options.name,
      }),
    });
    await db.init();
    const bridge = new PostBridge(t, db, options.workspaceId);
    bridge.start();
    return new Device(options, t, db, bridge, targets, folder.cleanup);
  }

  private get connector(): PowerSyncBackendConnector {
    const { syncUrl, backendUrl, token } = this.options;
    return {
      fetchCredentials: async () => ({ endpoint: syncUrl, token }),
      uploadData: async (database) => {
        const transaction = await database.getNextCrudTransaction();
        if (!transaction) return;
        const changes = transaction.crud.map((entry) => ({
          op: entry.op,
          table: entry.table,
          id: entry.id,
          data: entry.opData,
          previous: entry.previousValues,
        }));
        const response = await fetch(`${backendUrl}/upload`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ changes }),
        });
        // A refusal is final: drop the change, and the next checkpoint puts the server's row back.
        if (response.status === 403) this.refused.push(((await response.json()) as { error: string }).error);
        // Anything else not OK (a 5xx, no answer) throws, and PowerSync retries the same transaction.
        else if (!response.ok) throw new Error(`upload answered ${response.status}`);
        await transaction.complete();
      },
    };
  }

  /** Connects to the sync service and waits until the first checkpoint is in. */
  async goOnline(): Promise<void> {
    this.t.online.set(true);
    await this.db.connect(this.connector, { retryDelayMs: 200, crudUploadThrottleMs: 0 });
    await this.db.waitForFirstSync();
  }

  async goOffline(): Promise<void> {
    await this.db.disconnect();
    this.t.online.set(false);
  }

  /** Local changes waiting in PowerSync's upload queue. */
  async pendingUploads(): Promise<number> {
    const row = await this.db.get<{ count: number }>('select count(*) as count from ps_crud');
    return row.count;
  }

  /** Connects the owner's webhook on this device, with this device's copy of the secret. */
  async connectWebhook(workspaceChannelId: string, url: string, signingSecret: string): Promise<void> {
    const input = { network: 'webhook', url, signingSecret, displayName: 'Shop site' } as const;
    const channel = await this.t.call('channels.connect', input);
    this.bridge.linkChannel(workspaceChannelId, channel.id);
  }

  /** The owner writes a new post on this device, for the workspace's channels. */
  async writePost(body: string, workspaceChannelIds: string[]): Promise<string> {
    const channelIds = workspaceChannelIds.map((id) => this.localChannel(id));
    const post = await this.t.call('posts.create', { body, channelIds });
    await this.until(
      async () => this.bridge.workspacePostId(post.id) !== undefined,
      'the new post in PowerSync',
    );
    return this.bridge.workspacePostId(post.id)!;
  }

  async editBody(workspacePostId: string, body: string): Promise<void> {
    await this.t.call('posts.update', { id: this.localPost(workspacePostId), body });
    await this.until(async () => (await this.row(workspacePostId))?.body === body, 'the edit in PowerSync');
  }

  /** A reviewer's (or the owner's) approval: a synced field only the server's rules let them set. */
  async approve(workspacePostId: string): Promise<void> {
    await this.db.execute(`update posts set approval = 'approved' where id = ?`, [workspacePostId]);
  }

  /** The post as this device's PowerSync database holds it. */
  row(workspacePostId: string): Promise<PostRow | null> {
    return this.db.getOptional<PostRow>('select * from posts where id = ?', [workspacePostId]);
  }

  /** The post's text as this device's Cadence core holds it; undefined while it has not arrived. */
  async bodyInCore(workspacePostId: string): Promise<string | undefined> {
    const local = this.bridge.localPostId(workspacePostId);
    return local === undefined ? undefined : (await this.t.call('posts.get', { id: local })).body;
  }

  /** Resolves when `check` holds, re-checked each time the bridge carries a change. */
  until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const giveUp = () => {
        const errors = this.bridge.errors.map(String).join('; ') || 'none';
        finish(new Error(`${this.options.name}: gave up waiting for ${what} (bridge errors: ${errors})`));
      };
      const timer = setTimeout(giveUp, timeoutMs);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        stop();
        if (error) reject(error);
        else resolve();
      };
      const test = () => void check().then((done) => done && finish(), finish);
      const stop = this.bridge.onSettled(test);
      test();
    });
  }

  /** Publish now, on this device, through the lease. */
  async publishNow(workspacePostId: string): Promise<void> {
    const post = await this.t.call('posts.get', { id: this.localPost(workspacePostId) });
    for (const target of post.targets) {
      const channel = this.bridge.workspaceChannelId(target.channelId);
      if (channel)
        this.targets.set(target.id, { targetKey: `${workspacePostId}:${channel}`, postId: workspacePostId });
    }
    await this.t.call('posts.publishNow', { id: post.id });
  }

  async targetStates(workspacePostId: string): Promise<string[]> {
    const post = await this.t.call('posts.get', { id: this.localPost(workspacePostId) });
    return post.targets.map((target) => target.state);
  }

  async close(): Promise<void> {
    this.bridge.stop();
    await this.db.close();
    await this.t.close();
    this.cleanup();
  }

  private localPost(workspacePostId: string): string {
    const local = this.bridge.localPostId(workspacePostId);
    if (!local) throw new Error(`${this.options.name} has no post ${workspacePostId}`);
    return local;
  }

  private localChannel(workspaceChannelId: string): string {
    const local = this.bridge.localChannelId(workspaceChannelId);
    if (!local) throw new Error(`${this.options.name} has not connected ${workspaceChannelId}`);
    return local;
  }
}
