// Joins one Cadence core to its PowerSync database, both ways, through the core's contract only
// (as the renderer talks to it). Out: a post the owner changed is written to PowerSync's posts
// table, which queues the change for upload (offline, it waits there). In: rows PowerSync
// downloaded are applied to the core. Each side compares before writing, so a change coming in
// does not echo back out. The product would keep synced posts in PowerSync's tables directly
// (docs/scale.md, "Migrations"); the spike bridges because the contract picks post ids itself.
import { randomUUID } from 'node:crypto';
import type { PowerSyncDatabase } from '@powersync/node';
import type { Post } from '../../src-main/shared/entities';
import type { TestCore } from '../support/test-core';

export interface PostRow {
  id: string;
  workspace_id: string;
  body: string;
  channel_ids: string;
  approval: string;
  conflict_of: string | null;
}

export class PostBridge {
  /** Workspace post id -> this core's post id, and back. */
  private readonly localOf = new Map<string, string>();
  private readonly workspaceOf = new Map<string, string>();
  /** Workspace channel id -> this core's channel (each device connects its own, with its own secret). */
  private readonly channelLinks = new Map<string, string>();
  /** Per workspace post, what the core and PowerSync last held alike: tells a local edit from a remote one. */
  private readonly agreed = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private readonly settledListeners = new Set<() => void>();
  private readonly stops: Array<() => void> = [];
  readonly errors: unknown[] = [];

  constructor(
    private readonly t: TestCore,
    private readonly db: PowerSyncDatabase,
    private readonly workspaceId: string,
  ) {}

  start(): void {
    this.stops.push(
      this.t.core.subscribe((event) => {
        if (event.type === 'post.changed') this.enqueue(() => this.pushLocal(event.postId));
      }),
      this.db.onChange(
        { onChange: () => this.enqueue(() => this.pullRemote()) },
        { tables: ['posts'], throttleMs: 0 },
      ),
    );
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  linkChannel(workspaceChannelId: string, localChannelId: string): void {
    this.channelLinks.set(workspaceChannelId, localChannelId);
  }

  localPostId(workspacePostId: string): string | undefined {
    return this.localOf.get(workspacePostId);
  }

  workspacePostId(localPostId: string): string | undefined {
    return this.workspaceOf.get(localPostId);
  }

  localChannelId(workspaceChannelId: string): string | undefined {
    return this.channelLinks.get(workspaceChannelId);
  }

  workspaceChannelId(localChannelId: string): string | undefined {
    return [...this.channelLinks].find(([, local]) => local === localChannelId)?.[0];
  }

  /** Called after every change the bridge has carried, either way. */
  onSettled(listener: () => void): () => void {
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue
      .then(step)
      .catch((error: unknown) => void this.errors.push(error))
      .then(() => this.settledListeners.forEach((listener) => listener()));
  }

  private link(workspacePostId: string, localPostId: string): void {
    this.localOf.set(workspacePostId, localPostId);
    this.workspaceOf.set(localPostId, workspacePostId);
  }

  private syncedChannels(post: Post): string {
    const ids = post.targets.map((target) => this.workspaceChannelId(target.channelId)).filter(Boolean);
    return JSON.stringify([...new Set(ids)].sort());
  }

  private localChannels(row: PostRow): string[] {
    const ids = JSON.parse(row.channel_ids) as string[];
    return ids.map((id) => this.channelLinks.get(id)).filter((id): id is string => id !== undefined);
  }

  private async pushLocal(localPostId: string): Promise<void> {
    const answer = await this.t.core.invoke('posts.get', { id: localPostId });
    if (answer.ok) await this.push(localPostId, answer.value as Post);
  }

  /** Writes the core's post to PowerSync when it differs from what both sides last agreed on. */
  private async push(localPostId: string, post: Post): Promise<void> {
    const channelIds = this.syncedChannels(post);
    const now = agreement(post.body, channelIds);
    const workspacePostId = this.workspaceOf.get(localPostId);
    if (!workspacePostId) {
      const id = randomUUID();
      this.link(id, localPostId);
      this.agreed.set(id, now);
      // The server's defaults too, so a later change's previous values match the server's row.
      await this.db.execute(
        `insert into posts (id, workspace_id, body, channel_ids, approval) values (?, ?, ?, ?, 'draft')`,
        [id, this.workspaceId, post.body, channelIds],
      );
      return;
    }
    if (this.agreed.get(workspacePostId) === now) return;
    const row = await this.db.getOptional<PostRow>('select * from posts where id = ?', [workspacePostId]);
    if (!row) return;
    this.agreed.set(workspacePostId, now);
    // Only the columns that changed, so the upload carries only them and their previous values.
    if (row.body !== post.body) {
      await this.db.execute('update posts set body = ? where id = ?', [post.body, workspacePostId]);
    }
    if (row.channel_ids !== channelIds) {
      await this.db.execute('update posts set channel_ids = ? where id = ?', [channelIds, workspacePostId]);
    }
  }

  private async pullRemote(): Promise<void> {
    const rows = await this.db.getAll<PostRow>('select * from posts where workspace_id = ?', [
      this.workspaceId,
    ]);
    for (const row of rows) {
      const localPostId = this.localOf.get(row.id);
      const incoming = agreement(row.body, row.channel_ids);
      if (!localPostId) {
        const created = await this.t.call('posts.create', {
          body: row.body,
          channelIds: this.localChannels(row),
        });
        this.link(row.id, created.id);
        this.agreed.set(row.id, incoming);
        continue;
      }
      const post = await this.t.call('posts.get', { id: localPostId });
      const agreed = this.agreed.get(row.id);
      // An edit in the core that has not reached PowerSync yet goes out first; the server's rule
      // then settles it against whatever came in. Overwriting it here would lose it.
      if (agreement(post.body, this.syncedChannels(post)) !== agreed) {
        await this.push(localPostId, post);
      } else if (incoming !== agreed) {
        this.agreed.set(row.id, incoming);
        await this.t.call('posts.update', {
          id: localPostId,
          body: row.body,
          channelIds: this.localChannels(row),
        });
      }
    }
    const present = new Set(rows.map((row) => row.id));
    for (const [workspacePostId, localPostId] of this.localOf) {
      if (present.has(workspacePostId)) continue;
      await this.t.call('posts.delete', { id: localPostId });
      this.localOf.delete(workspacePostId);
      this.workspaceOf.delete(localPostId);
      this.agreed.delete(workspacePostId);
    }
  }
}

/** What of a post syncs, as one comparable value. */
function agreement(body: string, channelIds: string): string {
  return JSON.stringify([body, channelIds]);
}
