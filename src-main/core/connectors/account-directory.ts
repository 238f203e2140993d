// Joins a channel row with its keychain secret into the Account a connector works with.
import { eq } from 'drizzle-orm';
import { NETWORK_LABELS } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { channels } from '../db/schema';
import type { SecretStore } from '../ports';
import type { Account, CredentialExpiry } from './connector';
import { ConnectorError } from './connector-error';
import type { OwnAppStore } from './own-app-store';

export const secretKeyFor = (channelId: string) => `channel:${channelId}`;

export class AccountDirectory {
  constructor(
    private readonly db: AppDatabase,
    private readonly secrets: SecretStore,
    private readonly clock: Clock,
    private readonly apps: OwnAppStore,
  ) {}

  /** The account behind a channel, or a ConnectorError saying what the owner must do. */
  async resolve(channelId: string): Promise<Account> {
    const row = this.db.select().from(channels).where(eq(channels.id, channelId)).get();
    if (!row)
      throw new ConnectorError('config', 'This channel was removed. Pick another channel for the post.');
    const label = NETWORK_LABELS[row.network];
    if (row.connection === 'manual') {
      throw new ConnectorError(
        'config',
        `“${row.displayName}” is not connected to ${label}. Connect it in Settings, then publish again.`,
      );
    }
    if (row.connection === 'needs_reconnect') {
      throw new ConnectorError(
        'auth',
        `${label} needs you to sign in again. Reconnect ${label} in Settings.`,
      );
    }
    const secret = await this.secrets.get(secretKeyFor(channelId));
    if (secret === null) {
      throw new ConnectorError(
        'auth',
        `Cadence no longer has the sign-in for ${label}. Reconnect ${label} in Settings.`,
      );
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
      saveSettings: async (patch) => this.mergeSettings(channelId, patch),
    };
  }

  /**
   * Keeps a renewed credential, and with it when it ends, so the calendar can warn before it
   * does. Without an expiry (a Bluesky session), the stored one stays.
   */
  async saveSecret(channelId: string, secret: string, expiry?: CredentialExpiry): Promise<void> {
    await this.secrets.set(secretKeyFor(channelId), secret);
    if (!expiry) return;
    this.db
      .update(channels)
      .set({
        accessExpiresAt: expiry.accessExpiresAt,
        refreshExpiresAt: expiry.refreshExpiresAt,
        updatedAt: this.clock.now(),
      })
      .where(eq(channels.id, channelId))
      .run();
  }

  /** Read and written in one synchronous step, so two merges never lose each other's keys. */
  private mergeSettings(channelId: string, patch: Record<string, unknown>): void {
    const row = this.db
      .select({ settings: channels.settings })
      .from(channels)
      .where(eq(channels.id, channelId))
      .get();
    if (!row) return;
    this.db
      .update(channels)
      .set({ settings: { ...row.settings, ...patch }, updatedAt: this.clock.now() })
      .where(eq(channels.id, channelId))
      .run();
  }

  /**
   * The network will not renew a sign-in that still works: it keeps publishing until its end,
   * and the refusal tells the calendar that posts after that end are at risk.
   */
  markRenewalRefused(channelId: string): void {
    const now = this.clock.now();
    this.db
      .update(channels)
      .set({ credentialFailedAt: now, updatedAt: now })
      .where(eq(channels.id, channelId))
      .run();
  }

  /** The network refused the sign-in: nothing but reconnecting helps, from now on. */
  markNeedsReconnect(channelId: string): void {
    const now = this.clock.now();
    this.db
      .update(channels)
      .set({ connection: 'needs_reconnect', credentialFailedAt: now, updatedAt: now })
      .where(eq(channels.id, channelId))
      .run();
  }
}
