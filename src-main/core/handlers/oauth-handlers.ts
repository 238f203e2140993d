import { AppError } from '../../shared/errors';
import type { ChannelConnections } from '../connectors/channel-connections';
import type { ConnectorContext } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import { MastodonOAuthFlows } from '../connectors/mastodon/mastodon-oauth';
import type { WakeReason } from '../outbox/outbox';
import type { CoreContext, HandlerMap } from './types';

/** The OAuth sign-ins in progress; a finished one becomes a connected channel. */
export function mastodonOAuthFlows(
  ctx: CoreContext,
  connector: ConnectorContext,
  connections: ChannelConnections,
  wake: (reason: WakeReason) => void,
): MastodonOAuthFlows {
  return new MastodonOAuthFlows({
    ctx: connector,
    save: async (connection, input) => {
      const channel = await connections.save('mastodon', connection, input.channelId, input.displayName);
      ctx.events.emit({ type: 'channels.changed' });
      // Posts that waited for this channel to be reconnected can go now.
      wake('resolved');
      return channel.id;
    },
  });
}

export function oauthHandlers(
  flows: MastodonOAuthFlows,
): HandlerMap<'channels.oauthStart' | 'channels.oauthStatus'> {
  return {
    'channels.oauthStart': async (input) => {
      try {
        return await flows.start(input);
      } catch (error) {
        if (error instanceof ConnectorError) throw new AppError('CONNECTION_FAILED', error.message);
        throw error;
      }
    },
    'channels.oauthStatus': ({ flowId }) => flows.status(flowId),
  };
}
