// How a channel reads in Settings: its handle with the @ people expect, its follower count,
// and its connection state in words.
import type { Channel } from '@shared/entities';
import { t } from '../../i18n/i18n';

/** Networks Cadence can sign in to, in the order the connect panel offers them. */
export const CONNECTABLE_NETWORKS = [
  'instagram',
  'facebook',
  'linkedin',
  'x',
  'threads',
  'bluesky',
  'mastodon',
  'telegram',
  'discord',
  'webhook',
  'reminder',
] as const;
export type ConnectableNetwork = (typeof CONNECTABLE_NETWORKS)[number];

export function isConnectable(network: Channel['network']): network is ConnectableNetwork {
  return (CONNECTABLE_NETWORKS as readonly string[]).includes(network);
}

/** "@alice.test" for Bluesky and Mastodon, whose APIs report handles without the @. */
export function displayHandle(channel: Pick<Channel, 'network' | 'handle'>): string {
  const { network, handle } = channel;
  if ((network === 'bluesky' || network === 'mastodon') && !handle.startsWith('@')) return `@${handle}`;
  return handle;
}

export function followersText(count: number): string {
  return t('settings:channels.followers', { count });
}

export function connectionLabel(channel: Pick<Channel, 'connection'>): string {
  return t(`settings:channels.state.${channel.connection}`);
}

/** What "Test connection" found, e.g. "Connected as @alice.test · 120 followers". */
export function testResultText(channel: Channel): string {
  const handle = displayHandle(channel);
  if (channel.followersCount === null) return t('settings:channels.testResult', { handle });
  return t('settings:channels.testResultFollowers', {
    handle,
    followers: followersText(channel.followersCount),
  });
}

/** A channel that was signed in once offers "Reconnect"; one added by hand offers "Connect". */
export function wasConnected(channel: Pick<Channel, 'connection' | 'serverUrl'>): boolean {
  return channel.connection !== 'manual' || channel.serverUrl !== null;
}
