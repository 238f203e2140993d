// Channels: the accounts posts go to, and connecting them with a token or password, a Mastodon
// sign-in, or a sign-in through the owner's own developer app. Sign-ins in progress live here.
import { and, eq } from 'drizzle-orm';
import type { channelsContract } from '../../shared/contract/channels';
import type { Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { canHandOff } from '../../shared/hand-off';
import { say } from '../../shared/messages/owner-message';
import { appNetworkOf } from '../../shared/own-app-guides/own-app-networks';
import type { ChannelConnections } from '../connectors/channel-connections';
import type { Connector, ConnectorContext } from '../connectors/connector';
import { appErrorOf, ConnectorError } from '../connectors/connector-error';
import type { AtRiskNotices } from '../connectors/at-risk-notices';
import type { CredentialRenewal } from '../connectors/credential-renewal';
import { MastodonOAuthFlows } from '../connectors/mastodon/mastodon-oauth';
import { OwnAppFlows } from '../connectors/own-app-flows';
import type { OwnAppStore } from '../connectors/own-app-store';
import { readPostsAtRisk } from '../connectors/posts-at-risk';
import type { AppDatabase } from '../db/open-database';
import { HAND_OFF_ON_SLEEP_SETTING } from '../store/channel-store';
import { channels } from '../db/schema';
import type { WakeReason } from '../outbox/outbox';
import type { OnlineSignal } from '../ports';
import type { ContractHandlers, CoreContext, DomainModule } from './types';

export interface ChannelsDeps {
  db: AppDatabase;
  connector: ConnectorContext;
  connectors: Partial<Record<Network, Connector>>;
  apps: OwnAppStore;
  connections: ChannelConnections;
  renewal: CredentialRenewal;
  /** Notifications three days before a sign-in ends with posts after it. */
  notices: Pick<AtRiskNotices, 'start' | 'stop'>;
  /** Wakes the outbox: posts that waited for a channel to be (re)connected can go. */
  wakeOutbox(reason: WakeReason): void;
  /** Takes back what a network's scheduler holds for the channel, before it is removed. */
  takeBackChannel(channelId: string): Promise<void>;
  /** Whether sign-ins are renewed in the background. */
  background: boolean;
  online: OnlineSignal;
}

export function channelsDomain(ctx: CoreContext, deps: ChannelsDeps): DomainModule<typeof channelsContract> {
  const changed = () => ctx.events.emit({ type: 'channels.changed' });
  // A finished sign-in becomes a connected channel.
  const saved = (channelId: string) => {
    changed();
    deps.wakeOutbox('resolved');
    return channelId;
  };
  const mastodon = new MastodonOAuthFlows({
    ctx: deps.connector,
    save: async (connection, input) =>
      saved((await deps.connections.save('mastodon', connection, input.channelId, input.displayName)).id),
  });
  const ownApp = ownAppFlows(ctx, deps, async (network, connection, channelId, displayName) =>
    saved((await deps.connections.save(network, connection, channelId, displayName)).id),
  );

  const handlers: ContractHandlers<typeof channelsContract> = {
    'channels.list': () => ctx.channels.list(),
    'channels.atRisk': () => readPostsAtRisk(ctx),
    'channels.add': (input) => {
      const channel = ctx.channels.add(input);
      changed();
      return channel;
    },
    'channels.remove': async ({ id }) => {
      await deps.takeBackChannel(id);
      const postIds = ctx.channels.remove(id);
      await deps.connections.forget(id);
      changed();
      for (const postId of postIds) ctx.events.emit({ type: 'post.changed', postId });
      if (postIds.length > 0) ctx.events.emit({ type: 'outbox.changed' });
      return { id };
    },
    'channels.setHandOffOnSleep': ({ id, on }) => {
      if (on && !canHandOff(ctx.channels.get(id).network)) {
        throw new AppError('INVALID_INPUT', say('handOff.errors.noScheduler'));
      }
      ctx.channels.mergeSettings(id, { [HAND_OFF_ON_SLEEP_SETTING]: on });
      changed();
      return ctx.channels.get(id);
    },
    // Not announced as a change: the composer asks whenever it shows the channel.
    'channels.postingAllowance': ({ id }) =>
      deps.connections.postingAllowance(id, deps.online.isOnline(), ctx.clock.now()),
    'channels.connect': async (input) => {
      const channel = await deps.connections.connect(input);
      changed();
      deps.wakeOutbox('resolved');
      return channel;
    },
    'channels.test': async ({ id }) => {
      try {
        return await deps.connections.test(id);
      } finally {
        changed();
      }
    },
    'channels.disconnect': async ({ id }) => {
      const channel = await deps.connections.disconnect(id);
      changed();
      return channel;
    },
    'channels.oauthStart': async (input) => {
      try {
        return await mastodon.start(input);
      } catch (error) {
        if (error instanceof ConnectorError) throw appErrorOf(error);
        throw error;
      }
    },
    'channels.oauthStatus': ({ flowId }) => mastodon.status(flowId),
    'channels.ownAppStart': (input) => ownApp.start({ ...input, network: appNetworkOf(input.network) }),
    'channels.ownAppStatus': ({ flowId }) => ownApp.status(flowId),
    'channels.ownAppPaste': ({ flowId, address }) => ownApp.paste(flowId, address),
    'channels.ownAppChoose': ({ flowId, candidateIds }) => ownApp.choose(flowId, candidateIds),
    'channels.ownAppCancel': ({ flowId }) => {
      ownApp.cancel(flowId);
      return null;
    },
  };

  return {
    handlers,
    start: () => {
      if (!deps.background) return;
      deps.renewal.start();
      deps.notices.start();
    },
    stop: () => {
      deps.notices.stop();
      // Sign-ins in progress end: their listeners on 127.0.0.1 close.
      mastodon.closeAll();
      ownApp.closeAll();
      return deps.renewal.stop();
    },
    whenIdle: () => deps.renewal.whenIdle(),
  };
}

/** Sign-ins with the owner's own developer app; `save` connects an account one of them gave. */
function ownAppFlows(
  ctx: CoreContext,
  deps: ChannelsDeps,
  save: ConstructorParameters<typeof OwnAppFlows>[0]['save'],
): OwnAppFlows {
  return new OwnAppFlows({
    ctx: deps.connector,
    connectors: deps.connectors,
    apps: deps.apps,
    existing: (network, remoteAccountId) =>
      remoteAccountId === null
        ? null
        : (deps.db
            .select({ id: channels.id, displayName: channels.displayName })
            .from(channels)
            .where(and(eq(channels.network, network), eq(channels.remoteAccountId, remoteAccountId)))
            .get() ?? null),
    channel: (channelId) => {
      ctx.channels.get(channelId);
      const row = deps.db.select().from(channels).where(eq(channels.id, channelId)).get()!;
      return {
        id: row.id,
        displayName: row.displayName,
        network: row.network,
        remoteAccountId: row.remoteAccountId,
      };
    },
    save,
  });
}
