// Joins a channel's record with its keychain secret into the Account a connector works with,
// and records what a connector learns about the sign-in through ChannelStore's interface.
import { NETWORK_LABELS } from '../../shared/entities';
import { say } from '../../shared/messages/owner-message';
import type { SecretStore } from '../ports';
import type { AccountRecords } from './channel-records';
import type { Account, CredentialExpiry } from './connector';
import { ConnectorError } from './connector-error';
import type { OwnAppStore } from './own-app-store';

export const secretKeyFor = (channelId: string) => `channel:${channelId}`;

export class AccountDirectory {
  constructor(
    private readonly records: AccountRecords,
    private readonly secrets: SecretStore,
    private readonly apps: OwnAppStore,
  ) {}

  /** The account behind a channel, or a ConnectorError saying what the owner must do. */
  async resolve(channelId: string): Promise<Account> {
    const row = this.records.accountFields(channelId);
    if (!row) throw new ConnectorError('config', say('connectors.common.channelRemoved'));
    const label = NETWORK_LABELS[row.network];
    if (row.connection === 'manual') {
      throw new ConnectorError(
        'config',
        say('connectors.common.notConnected', { channel: row.displayName, network: label }),
      );
    }
    if (row.connection === 'needs_reconnect') {
      throw new ConnectorError('auth', say('connectors.common.signInAgain', { network: label }));
    }
    const secret = await this.secrets.get(secretKeyFor(channelId));
    if (secret === null) {
      throw new ConnectorError('auth', say('connectors.common.signInGone', { network: label }));
    }
    return {
      channelId,
      network: row.network,
      handle: row.handle,
      serverUrl: row.serverUrl,
      remoteAccountId: row.remoteAccountId,
      settings: row.settings ?? {},
      secret,
      app: await this.apps.get(row.network),
      expiry: { accessExpiresAt: row.accessExpiresAt, refreshExpiresAt: row.refreshExpiresAt },
      saveSecret: (next, expiry) => this.saveSecret(channelId, next, expiry),
      saveSettings: async (patch) => this.records.mergeSettings(channelId, patch),
    };
  }

  /**
   * Keeps a renewed credential, and with it when it ends, so the calendar can warn before it
   * does. Without an expiry (a Bluesky session), the stored one stays.
   */
  async saveSecret(channelId: string, secret: string, expiry?: CredentialExpiry): Promise<void> {
    await this.secrets.set(secretKeyFor(channelId), secret);
    if (expiry) this.records.setCredentialExpiry(channelId, expiry);
  }

  /**
   * The network will not renew a sign-in that still works: it keeps publishing until its end,
   * and the refusal tells the calendar that posts after that end are at risk.
   */
  markRenewalRefused(channelId: string): void {
    this.records.markRenewalRefused(channelId);
  }

  /** The network refused the sign-in: nothing but reconnecting helps, from now on. */
  markNeedsReconnect(channelId: string): void {
    this.records.markNeedsReconnect(channelId);
  }
}
