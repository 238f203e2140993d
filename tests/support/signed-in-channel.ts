// A channel as the own-app sign-in leaves it, written beside the core for tests that start from
// an account already signed in: the connection's secret in the keychain, its profile in the row.
import { randomUUID } from 'node:crypto';
import { secretKeyFor } from '../../src-main/core/connectors/account-directory';
import type { Connection } from '../../src-main/core/connectors/connector';
import { channels } from '../../src-main/core/db/schema';
import type { SecretStore } from '../../src-main/core/ports';
import type { Network } from '../../src-main/shared/entities';
import type { TestCore } from './test-core';

/** Keeps `connection` as a connected `network` channel of `t`; returns the channel's id. */
export async function keepSignedInChannel(
  t: TestCore,
  secrets: SecretStore,
  network: Network,
  connection: Connection,
): Promise<string> {
  const channelId = randomUUID();
  await secrets.set(secretKeyFor(channelId), connection.secret);
  const now = t.clock.now();
  const { profile } = connection;
  t.core.database.db
    .insert(channels)
    .values({
      id: channelId,
      network,
      displayName: profile.displayName ?? profile.handle,
      handle: profile.handle,
      connection: 'connected',
      remoteAccountId: profile.remoteAccountId,
      avatarUrl: profile.avatarUrl,
      followersCount: profile.followersCount,
      settings: connection.settings,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return channelId;
}
