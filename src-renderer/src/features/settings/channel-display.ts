// How a channel reads in Settings: its handle with the @ people expect, its follower count,
// and its connection state in words.
import type { Channel } from '@shared/entities';

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
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'follower' : 'followers'}`;
}

export function connectionLabel(channel: Pick<Channel, 'connection'>): string {
  switch (channel.connection) {
    case 'connected':
      return 'Connected';
    case 'needs_reconnect':
      return 'Sign-in expired — reconnect';
    case 'manual':
      return "Not connected (can't publish)";
  }
}

/** What "Test connection" found, e.g. "Connected as @alice.test · 120 followers". */
export function testResultText(channel: Channel): string {
  const followers = channel.followersCount === null ? '' : ` · ${followersText(channel.followersCount)}`;
  return `Connected as ${displayHandle(channel)}${followers}`;
}

/** A channel that was signed in once offers "Reconnect"; one added by hand offers "Connect". */
export function wasConnected(channel: Pick<Channel, 'connection' | 'serverUrl'>): boolean {
  return channel.connection !== 'manual' || channel.serverUrl !== null;
}
