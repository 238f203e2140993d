// Connecting, testing and disconnecting accounts. The secret goes to the keychain; the
// channel row keeps only what is safe to show.
import { randomUUID } from 'node:crypto';
import type { ConnectInput, ReminderConnect } from '../../shared/connect-inputs';
import { REMINDER_PRESETS, REMINDER_SETTING, reminderSetupOf } from '../../shared/reminder-presets';
import type { PostingAllowanceReading } from '../../shared/contract/channels';
import { NETWORK_LABELS, type Channel, type Network, type PostingAllowance } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { SecretStore } from '../ports';
import { secretKeyFor, type AccountDirectory } from './account-directory';
import type { ConnectionRecords } from './channel-records';
import type { AccountProfile, Connection, Connector } from './connector';
import { appErrorOf, ConnectorError } from './connector-error';

export class ChannelConnections {
  constructor(
    private readonly channels: ConnectionRecords,
    private readonly secrets: SecretStore,
    private readonly accounts: AccountDirectory,
    private readonly connectors: Partial<Record<Network, Connector>>,
  ) {}

  async connect(input: ConnectInput): Promise<Channel> {
    if (input.network === 'reminder') return this.addReminder(input);
    const connector = this.connectorFor(input.network);
    const connection = await asAppError(() => connector.connect(input));
    return this.save(input.network, connection, input.channelId, input.displayName);
  }

  /** Stores a finished sign-in (also used by the Mastodon OAuth flow). */
  async save(
    network: Network,
    connection: Connection,
    channelId?: string,
    displayName?: string,
  ): Promise<Channel> {
    const id = channelId ?? randomUUID();
    if (channelId) this.channels.get(channelId);
    // The secret first: a channel row never says connected without one in the keychain.
    await this.secrets.set(secretKeyFor(id), connection.secret);
    const account = {
      network,
      handle: connection.profile.handle,
      serverUrl: connection.serverUrl,
      remoteAccountId: connection.profile.remoteAccountId,
      avatarUrl: connection.profile.avatarUrl,
      followersCount: connection.profile.followersCount,
      settings: connection.settings,
      accessExpiresAt: connection.expiry?.accessExpiresAt ?? null,
      refreshExpiresAt: connection.expiry?.refreshExpiresAt ?? null,
    };
    const typed = displayName?.trim();
    if (channelId) return this.channels.reconnect(id, account, typed || undefined);
    const name = typed || connection.profile.displayName || connection.profile.handle;
    return this.channels.addConnected(id, name, account);
  }

  /**
   * A "Remind me" channel: no sign-in and no secret, only its network's preset, whose limits
   * the composer's counters read like a server's.
   */
  private addReminder(input: ReminderConnect): Channel {
    const setup = reminderSetupOf(input);
    if ('missing' in setup) {
      throw new AppError(
        'INVALID_INPUT',
        say(setup.missing === 'name' ? 'input.reminderName' : 'input.reminderComposer'),
      );
    }
    const account = {
      network: 'reminder' as const,
      handle: setup.networkName,
      serverUrl: null,
      remoteAccountId: null,
      avatarUrl: null,
      followersCount: null,
      settings: { [REMINDER_SETTING]: setup, limits: REMINDER_PRESETS[setup.preset].limits },
      accessExpiresAt: null,
      refreshExpiresAt: null,
    };
    const typed = input.displayName?.trim();
    if (input.channelId) return this.channels.reconnect(input.channelId, account, typed || undefined);
    return this.channels.addConnected(randomUUID(), typed || setup.networkName, account);
  }

  /** Signs in with the stored credentials and refreshes the profile shown in Settings. */
  async test(channelId: string): Promise<Channel> {
    const account = await asAppError(() => this.accounts.resolve(channelId));
    const connector = this.connectorFor(account.network);
    let profile: AccountProfile;
    try {
      profile = await connector.test(account);
    } catch (error) {
      if (error instanceof ConnectorError && error.kind === 'auth')
        this.accounts.markNeedsReconnect(channelId);
      throw toAppError(error);
    }
    return this.channels.confirmConnected(channelId, profile);
  }

  /**
   * How many more posts the channel's network takes: asked afresh where the network can be asked
   * and Cadence is online, else the last reading (with when it was read).
   */
  async postingAllowance(channelId: string, online: boolean, now: number): Promise<PostingAllowanceReading> {
    const channel = this.channels.get(channelId);
    const ask = this.connectors[channel.network]?.postingAllowance;
    if (ask && online && channel.connection === 'connected') {
      try {
        return { allowance: await ask(await this.accounts.resolve(channelId)), fresh: true };
      } catch (error) {
        // The last reading still tells the owner something; a send says what went wrong.
        if (!(error instanceof ConnectorError)) throw error;
      }
    }
    return { allowance: stillCurrent(channel.postingAllowance, now), fresh: false };
  }

  /** Forgets the credentials; the channel and its posts stay, ready to reconnect. */
  async disconnect(channelId: string): Promise<Channel> {
    this.channels.get(channelId);
    await this.secrets.delete(secretKeyFor(channelId));
    return this.channels.markDisconnected(channelId);
  }

  /** Removing a channel also removes its secret. */
  async forget(channelId: string): Promise<void> {
    await this.secrets.delete(secretKeyFor(channelId));
  }

  private connectorFor(network: Network): Connector {
    const connector = this.connectors[network];
    if (!connector) {
      throw new AppError('INVALID_INPUT', say('signIn.cannotConnect', { network: NETWORK_LABELS[network] }));
    }
    return connector;
  }
}

/** A reading without the window the network has started counting afresh since (X's resetsAt). */
function stillCurrent(allowance: PostingAllowance | undefined, now: number): PostingAllowance | null {
  if (!allowance) return null;
  const { window, ...rest } = allowance;
  const ended = window?.resetsAt !== undefined && window.resetsAt <= now;
  const kept = { ...rest, ...(window && !ended ? { window } : {}) };
  return Object.keys(kept).length > 0 ? kept : null;
}

async function asAppError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error);
  }
}

function toAppError(error: unknown): unknown {
  if (error instanceof ConnectorError) return appErrorOf(error);
  return error;
}
