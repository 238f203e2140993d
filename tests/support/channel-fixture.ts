// A channel as the window lists it, for tests that need one without a core behind it.
import type { Channel, Network } from '../../src-main/shared/entities';

export function channelFixture(id: string, network: Network, over: Partial<Channel> = {}): Channel {
  return {
    id,
    network,
    displayName: id,
    handle: `@${id}`,
    connection: 'connected',
    serverUrl: null,
    avatarUrl: null,
    followersCount: null,
    limits: null,
    accessExpiresAt: null,
    refreshExpiresAt: null,
    credentialFailedAt: null,
    handOffOnSleep: false,
    createdAt: 0,
    ...over,
  };
}
