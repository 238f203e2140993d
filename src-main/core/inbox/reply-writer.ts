// Turns an answer typed in the inbox into a post due now on the item's channel, so it goes
// through the same outbox as every post: sent at once when online, after the connection comes
// back otherwise, exactly once, with the same retries and the same activity log.
import { eq } from 'drizzle-orm';
import { NETWORK_LABELS, type Network, type Post } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { problemMessage } from '../../shared/text-rules/problems';
import { localStringAt } from '../../shared/zoned-time';
import type { Clock } from '../clock';
import type { Connector } from '../connectors/connector';
import type { AppDatabase } from '../db/open-database';
import { posts } from '../db/schema';
import type { CoreEvents } from '../events';
import type { ActivityStore } from '../store/activity-store';
import type { ChannelStore } from '../store/channel-store';
import type { PostStore } from '../store/post-store';
import type { ProfileStore } from '../store/profile-store';
import type { InboxStore } from './inbox-store';

export interface ReplyWriterDeps {
  db: AppDatabase;
  clock: Clock;
  inbox: InboxStore;
  channels: ChannelStore;
  posts: PostStore;
  profile: ProfileStore;
  activity: ActivityStore;
  events: CoreEvents;
  connectors: Partial<Record<Network, Connector>>;
  wakeOutbox(): void;
}

export class ReplyWriter {
  constructor(private readonly deps: ReplyWriterDeps) {}

  reply(itemId: string, typed: string, channelId?: string): Post {
    const item = this.deps.inbox.row(itemId);
    const label = NETWORK_LABELS[item.network];
    if (item.channelId === null) {
      throw new AppError('CONFLICT', say('inbox.reply.channelRemoved', { network: label }));
    }
    if (channelId !== undefined && channelId !== item.channelId) {
      throw new AppError('INVALID_INPUT', say('inbox.reply.sameChannel', { channel: item.channelLabel }));
    }
    const channel = this.deps.channels.get(item.channelId);
    if (channel.connection !== 'connected') {
      throw new AppError(
        'CONFLICT',
        say('inbox.reply.notConnected', { channel: channel.displayName, network: label }),
      );
    }
    const text = addressed(item.network, item.authorHandle, typed);
    const connector = this.deps.connectors[item.network];
    const problems = (
      connector?.validate({ text, images: [], replyTo: item.replyTo }, channel.limits) ?? []
    ).filter((p) => p.severity === 'error');
    // The first problem says what to change; the reply box shows the others as the owner types.
    if (problems[0]) throw new AppError('INVALID_INPUT', problemMessage(problems[0]));

    const now = this.deps.clock.now();
    const timeZone = this.deps.profile.get().timeZone;
    const schedule = {
      scheduledAt: now,
      scheduledTimeZone: timeZone,
      scheduledLocal: localStringAt(now, timeZone),
    };
    // One transaction: the reply and the item it answers change together or not at all.
    const postId = this.deps.db.transaction(() => {
      const id = this.deps.posts.createReply({
        body: text,
        channelId: channel.id,
        replyToItemId: item.id,
        schedule,
      });
      // Answering it means it was read.
      if (item.status === 'new') this.deps.inbox.setStatus([item.id], 'read');
      return id;
    });
    this.deps.activity.append({
      kind: 'inbox.reply',
      postId,
      message: say('activity.replyQueued', { author: item.authorHandle, network: label }),
      detail: { inboxItemId: item.id },
    });
    this.deps.events.emit({ type: 'post.changed', postId });
    this.deps.events.emit({ type: 'inbox.changed' });
    this.deps.wakeOutbox();
    return this.deps.posts.get(postId);
  }

  /** Re-emits a reply's progress (sent, failed, published) as an inbox change. */
  watch(): () => void {
    return this.deps.events.subscribe((event) => {
      if (event.type !== 'post.changed') return;
      const row = this.deps.db
        .select({ itemId: posts.replyToItemId })
        .from(posts)
        .where(eq(posts.id, event.postId))
        .get();
      if (row?.itemId) this.deps.events.emit({ type: 'inbox.changed' });
    });
  }
}

/**
 * Mastodon tells people about a reply only when it mentions them, so a reply that does not
 * already name the author starts with their handle, as Mastodon's own reply box does.
 */
function addressed(network: Network, authorHandle: string, text: string): string {
  if (network !== 'mastodon') return text;
  const handle = authorHandle.startsWith('@') ? authorHandle : `@${authorHandle}`;
  return text.toLowerCase().includes(handle.toLowerCase()) ? text : `${handle} ${text}`;
}
