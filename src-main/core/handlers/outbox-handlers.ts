import { AppError } from '../../shared/errors';
import { assertSendable } from '../../shared/sendable';
import { RESENDABLE } from '../../shared/target-states';
import { localStringAt } from '../../shared/zoned-time';
import type { ChannelConnections } from '../connectors/channel-connections';
import type { Outbox } from '../outbox/outbox';
import type { OutboxStore } from '../outbox/outbox-store';
import type { SecretStore } from '../ports';
import type { SettingsStore } from '../store/settings-store';
import type { CoreContext, HandlerMap } from './types';

export interface PublishingContext {
  outbox: Outbox;
  outboxStore: OutboxStore;
  settings: SettingsStore;
  connections: ChannelConnections;
  secrets: SecretStore;
}

type PublishingChannels =
  | 'posts.publishNow'
  | 'outbox.status'
  | 'outbox.resolve'
  | 'settings.get'
  | 'settings.update'
  | 'channels.connect'
  | 'channels.test'
  | 'channels.disconnect'
  | 'app.info';

export function publishingHandlers(ctx: CoreContext, pub: PublishingContext): HandlerMap<PublishingChannels> {
  const channelsChanged = () => ctx.events.emit({ type: 'channels.changed' });
  return {
    'posts.publishNow': ({ id }) => {
      const post = ctx.posts.get(id);
      if (post.status === 'published') throw new AppError('CONFLICT', 'This post is already published.');
      if (post.targets.length === 0) {
        throw new AppError('INVALID_INPUT', 'Pick at least one channel before publishing this post.');
      }
      assertSendable(post, 'publishing');
      if (!post.targets.some((t) => RESENDABLE.includes(t.state))) {
        throw new AppError(
          'CONFLICT',
          post.targets.some((t) => t.state === 'unknown')
            ? 'Cadence does not know yet whether this post went out. Say whether it was published, or send it again.'
            : 'This post is being sent right now.',
        );
      }
      const now = ctx.clock.now();
      const timeZone = ctx.profile.get().timeZone;
      // Failed or missed targets go again; published ones and unconfirmed outcomes never do.
      ctx.posts.setSchedule(id, {
        scheduledAt: now,
        scheduledTimeZone: timeZone,
        scheduledLocal: localStringAt(now, timeZone),
      });
      ctx.activity.append({ kind: 'post.publish-now', postId: id, message: 'Publish now requested.' });
      ctx.events.emit({ type: 'post.changed', postId: id });
      pub.outbox.wake('publish-now');
      return ctx.posts.get(id);
    },
    'outbox.status': () => pub.outbox.status(),
    'outbox.resolve': ({ targetId, resolution }) => {
      const target = pub.outboxStore.target(targetId);
      if (!target || target.state !== 'unknown') {
        throw new AppError('CONFLICT', 'That post no longer needs a decision.');
      }
      const now = ctx.clock.now();
      if (resolution === 'published') {
        pub.outboxStore.finishAttempt(
          null,
          targetId,
          'unknown',
          { outcome: 'published', state: 'published' },
          now,
        );
      } else {
        // The owner says it did not go out, so the sender skips verification and sends.
        pub.outboxStore.setTargetStates([targetId], 'retry_wait', now, {
          lastError: null,
          nextAttemptAt: now,
        });
      }
      ctx.activity.append({
        kind: 'outbox.resolved',
        postId: target.postId,
        targetId,
        message:
          resolution === 'published'
            ? 'You confirmed it was published.'
            : 'You asked Cadence to send it again.',
      });
      ctx.events.emit({ type: 'post.changed', postId: target.postId });
      pub.outbox.wake('resolved');
      return ctx.posts.get(target.postId);
    },
    'settings.get': () => pub.settings.get(),
    'settings.update': (changes) => {
      const settings = pub.settings.update(changes);
      // Only the grace window changes what is due; the other preferences leave the queue alone.
      if (changes.graceWindowMinutes !== undefined) pub.outbox.wake('scheduled');
      return settings;
    },
    'channels.connect': async (input) => {
      const channel = await pub.connections.connect(input);
      channelsChanged();
      pub.outbox.wake('resolved');
      return channel;
    },
    'channels.test': async ({ id }) => {
      try {
        return await pub.connections.test(id);
      } finally {
        channelsChanged();
      }
    },
    'channels.disconnect': async ({ id }) => {
      const channel = await pub.connections.disconnect(id);
      channelsChanged();
      return channel;
    },
    'app.info': () => ({ secretsEncrypted: pub.secrets.encrypted }),
  };
}
