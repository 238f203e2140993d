// What the channel services in connectors/ ask of the channel records. ChannelStore (store/) is
// the only writer of the channels table and meets these interfaces; connectors import no store
// and no table, so nothing here can change a channel behind the store's back.
import type { Channel, Network } from '../../shared/entities';
import type { CredentialExpiry } from './connector';

/** The parts of a channel's row an Account is built from. */
export interface ChannelAccountFields extends CredentialExpiry {
  network: Network;
  displayName: string;
  handle: string;
  connection: Channel['connection'];
  serverUrl: string | null;
  remoteAccountId: string | null;
  settings: Record<string, unknown> | null;
}

/** What a finished sign-in keeps in the channel's row (its secret goes to the keychain). */
export interface SignedInFields extends CredentialExpiry {
  network: Network;
  handle: string;
  serverUrl: string | null;
  remoteAccountId: string | null;
  avatarUrl: string | null;
  followersCount: number | null;
  settings: Record<string, unknown>;
}

/** The channels' sign-in state, as AccountDirectory reads and records it. */
export interface AccountRecords {
  /** Null when the channel is gone. */
  accountFields(channelId: string): ChannelAccountFields | null;
  setCredentialExpiry(channelId: string, expiry: CredentialExpiry): void;
  mergeSettings(channelId: string, patch: Record<string, unknown>): void;
  markRenewalRefused(channelId: string): void;
  markNeedsReconnect(channelId: string): void;
}

/** Connecting, checking and disconnecting channels, as ChannelConnections records them. */
export interface ConnectionRecords {
  /** Throws NOT_FOUND when the channel is gone. */
  get(channelId: string): Channel;
  addConnected(channelId: string, displayName: string, account: SignedInFields): Channel;
  reconnect(channelId: string, account: SignedInFields, displayName?: string): Channel;
  confirmConnected(
    channelId: string,
    profile: { handle: string; avatarUrl: string | null; followersCount: number | null },
  ): Channel;
  markDisconnected(channelId: string): Channel;
}

/** Every channel, for services that look at them all (credential renewal). */
export interface ChannelList {
  list(): Channel[];
}
