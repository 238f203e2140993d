// The owner's own developer apps (kept in the keychain) and the sign-ins made with them.
import { and, eq } from 'drizzle-orm';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { OwnAppSummary } from '../../shared/contract/settings';
import { OWN_APP_GUIDES, appNetworkOf } from '../../shared/own-app-guides/own-app-networks';
import type { ChannelConnections } from '../connectors/channel-connections';
import type { Connector, ConnectorContext } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import { OwnAppFlows } from '../connectors/own-app-flows';
import type { OwnAppStore } from '../connectors/own-app-store';
import type { AppDatabase } from '../db/open-database';
import { channels } from '../db/schema';
import type { WakeReason } from '../outbox/outbox';
import type { CoreContext, HandlerMap } from './types';

interface OwnAppDeps {
  db: AppDatabase;
  connector: ConnectorContext;
  connectors: Partial<Record<Network, Connector>>;
  apps: OwnAppStore;
  connections: ChannelConnections;
  wake(reason: WakeReason): void;
}

export function ownAppFlows(ctx: CoreContext, deps: OwnAppDeps): OwnAppFlows {
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
    save: async (network, connection, channelId, displayName) => {
      const channel = await deps.connections.save(network, connection, channelId, displayName);
      ctx.events.emit({ type: 'channels.changed' });
      // Posts that waited for this channel to be reconnected can go now.
      deps.wake('resolved');
      return channel.id;
    },
  });
}

type OwnAppChannels =
  | 'apps.get'
  | 'apps.save'
  | 'apps.remove'
  | 'apps.test'
  | 'channels.ownAppStart'
  | 'channels.ownAppStatus'
  | 'channels.ownAppPaste'
  | 'channels.ownAppChoose'
  | 'channels.ownAppCancel';

export function ownAppHandlers(
  deps: Pick<OwnAppDeps, 'apps' | 'connectors'>,
  flows: OwnAppFlows,
): HandlerMap<OwnAppChannels> {
  const { apps, connectors } = deps;
  const signInOf = (network: Network) => {
    const signIn = connectors[appNetworkOf(network)]?.ownApp;
    if (!signIn || !OWN_APP_GUIDES[appNetworkOf(network)]) {
      throw new AppError(
        'INVALID_INPUT',
        `Cadence cannot sign in to ${NETWORK_LABELS[network]} with your own app.`,
      );
    }
    return signIn;
  };
  const summaryOf = async (network: Network): Promise<OwnAppSummary | null> => {
    const app = await apps.get(network);
    return (
      app && {
        network: appNetworkOf(network),
        clientId: app.clientId,
        secretSaved: app.clientSecret !== null,
      }
    );
  };

  return {
    'apps.get': async () => {
      const withApps = (Object.keys(connectors) as Network[]).filter((n) => connectors[n]?.ownApp);
      const found = await Promise.all([...new Set(withApps.map(appNetworkOf))].map(summaryOf));
      return found.filter((summary) => summary !== null);
    },
    'apps.save': async ({ network, clientId, clientSecret }) => {
      signInOf(network);
      const kept =
        clientSecret === undefined ? ((await apps.get(network))?.clientSecret ?? null) : clientSecret;
      await apps.save(network, { clientId, clientSecret: kept });
      return (await summaryOf(network))!;
    },
    'apps.remove': async ({ network }) => {
      await apps.remove(network);
      return null;
    },
    'apps.test': async ({ network }) => {
      const signIn = signInOf(network);
      const app = await apps.get(network);
      if (!app)
        throw new AppError('INVALID_INPUT', `Enter your ${NETWORK_LABELS[network]} app’s client ID first.`);
      try {
        await signIn.testApp(app);
      } catch (error) {
        if (error instanceof ConnectorError) throw new AppError('CONNECTION_FAILED', error.message);
        throw error;
      }
      return { checked: true as const };
    },
    'channels.ownAppStart': (input) => flows.start({ ...input, network: appNetworkOf(input.network) }),
    'channels.ownAppStatus': ({ flowId }) => flows.status(flowId),
    'channels.ownAppPaste': ({ flowId, address }) => flows.paste(flowId, address),
    'channels.ownAppChoose': ({ flowId, candidateIds }) => flows.choose(flowId, candidateIds),
    'channels.ownAppCancel': ({ flowId }) => {
      flows.cancel(flowId);
      return null;
    },
  };
}
