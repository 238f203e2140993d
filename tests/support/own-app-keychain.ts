// One own-app channel's keychain entry and settings row, as the app keeps them, for connector
// tests that run without a core: each resolve hands out a fresh Account (as the
// AccountDirectory does, so a caller may hold a secret that was replaced meanwhile), and every
// saved secret is recorded with its expiry.
import type { Account, Connection, CredentialExpiry, OwnApp } from '../../src-main/core/connectors/connector';
import type { Network } from '../../src-main/shared/entities';

export interface SavedSecret {
  secret: string;
  expiry: CredentialExpiry | undefined;
}

export class OwnAppKeychain {
  readonly saves: SavedSecret[] = [];
  settings: Record<string, unknown>;
  secret: string;
  expiry: CredentialExpiry;

  constructor(
    private readonly network: Network,
    readonly connection: Connection,
    public app: OwnApp | null,
    private readonly channelId = `${network}-channel`,
  ) {
    this.secret = connection.secret;
    this.expiry = connection.expiry ?? { accessExpiresAt: null, refreshExpiresAt: null };
    this.settings = { ...connection.settings };
  }

  /** The account as the outbox would get it now. */
  resolve(): Account {
    const { profile } = this.connection;
    return {
      channelId: this.channelId,
      network: this.network,
      handle: profile.handle,
      serverUrl: this.connection.serverUrl,
      remoteAccountId: profile.remoteAccountId,
      settings: { ...this.settings },
      secret: this.secret,
      app: this.app,
      expiry: { ...this.expiry },
      saveSecret: async (secret, expiry) => {
        this.secret = secret;
        if (expiry) this.expiry = expiry;
        this.saves.push({ secret, expiry });
      },
      saveSettings: async (patch) => {
        this.settings = { ...this.settings, ...patch };
      },
    };
  }

  /** The stored secret, parsed. */
  get stored(): Record<string, unknown> {
    return JSON.parse(this.secret) as Record<string, unknown>;
  }
}
