// The business profile, the app's preferences and state, and the owner's own developer apps
// (kept in the keychain; the sign-ins made with them are in channels-handlers.ts).
import type { OwnAppSummary, settingsContract } from '../../shared/contract/settings';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { OWN_APP_GUIDES, appNetworkOf } from '../../shared/own-app-guides/own-app-networks';
import type { Connector } from '../connectors/connector';
import { appErrorOf, ConnectorError } from '../connectors/connector-error';
import type { OwnAppStore } from '../connectors/own-app-store';
import type { WakeReason } from '../outbox/outbox';
import type { SecretStore } from '../ports';
import type { StorageHealth } from '../storage/storage-health';
import type { SettingsStore } from '../store/settings-store';
import { NO_BACKGROUND_WORK, type ContractHandlers, type CoreContext, type DomainModule } from './types';

export interface SettingsDeps {
  settings: SettingsStore;
  storage: StorageHealth;
  secrets: SecretStore;
  apps: OwnAppStore;
  connectors: Partial<Record<Network, Connector>>;
  wakeOutbox(reason: WakeReason): void;
}

export function settingsDomain(ctx: CoreContext, deps: SettingsDeps): DomainModule<typeof settingsContract> {
  const handlers: ContractHandlers<typeof settingsContract> = {
    'profile.get': () => ctx.profile.get(),
    'profile.update': (changes) => {
      const profile = ctx.profile.update(changes);
      ctx.events.emit({ type: 'profile.changed' });
      return profile;
    },
    'settings.get': () => deps.settings.get(),
    'settings.update': (changes) => {
      const settings = deps.settings.update(changes);
      // Only the grace window changes what is due; the other preferences leave the queue alone.
      if (changes.graceWindowMinutes !== undefined) deps.wakeOutbox('scheduled');
      ctx.events.emit({ type: 'settings.changed' });
      return settings;
    },
    'app.info': () => ({ secretsEncrypted: deps.secrets.encrypted }),
    'storage.status': () => deps.storage.status(),
    ...ownAppHandlers(ctx, deps),
  };
  return { ...NO_BACKGROUND_WORK, handlers };
}

/** The owner's saved developer apps. */
type OwnAppChannels = Extract<keyof typeof settingsContract, `apps.${string}`>;

function ownAppHandlers(
  ctx: CoreContext,
  { apps, connectors }: SettingsDeps,
): Pick<ContractHandlers<typeof settingsContract>, OwnAppChannels> {
  const signInOf = (network: Network) => {
    const signIn = connectors[appNetworkOf(network)]?.ownApp;
    if (!signIn || !OWN_APP_GUIDES[appNetworkOf(network)]) {
      throw new AppError('INVALID_INPUT', say('signIn.noOwnApp', { network: NETWORK_LABELS[network] }));
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
      // Channels signed in with the app can no longer renew their sign-in without it: they post
      // until it ends, and the calendar shows the posts due after that as at risk.
      const cannotRenew = ctx.channels
        .list()
        .filter(
          (channel) =>
            appNetworkOf(channel.network) === appNetworkOf(network) &&
            channel.connection === 'connected' &&
            channel.accessExpiresAt !== null &&
            channel.credentialFailedAt === null &&
            connectors[channel.network]?.ownApp?.renewsWithApp,
        );
      // A send or check in progress may need the app to renew the sign-in it uses.
      ctx.channels.refuseWhileInProgress(
        cannotRenew.map((channel) => channel.id),
        'forgetApp',
      );
      await apps.remove(network);
      for (const channel of cannotRenew) ctx.channels.markRenewalRefused(channel.id);
      if (cannotRenew.length > 0) ctx.events.emit({ type: 'channels.changed' });
      return null;
    },
    'apps.test': async ({ network }) => {
      const signIn = signInOf(network);
      const app = await apps.get(network);
      if (!app)
        throw new AppError(
          'INVALID_INPUT',
          say('signIn.clientIdFirst', { network: NETWORK_LABELS[network] }),
        );
      try {
        await signIn.testApp(app);
      } catch (error) {
        if (error instanceof ConnectorError) throw appErrorOf(error);
        throw error;
      }
      return { checked: true as const };
    },
  };
}
