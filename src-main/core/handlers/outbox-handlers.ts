import type { ChannelConnections } from '../connectors/channel-connections';
import type { Outbox } from '../outbox/outbox';
import type { SecretStore } from '../ports';
import type { SettingsStore } from '../store/settings-store';
import type { CoreContext, HandlerMap } from './types';

export interface PublishingContext {
  outbox: Outbox;
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
    'posts.publishNow': ({ id }) => pub.outbox.publishNow(id),
    'outbox.status': () => pub.outbox.status(),
    'outbox.resolve': ({ targetId, resolution }) => pub.outbox.resolve(targetId, resolution),
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
