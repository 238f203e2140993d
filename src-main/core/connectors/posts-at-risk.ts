// Which scheduled posts will find their channel's sign-in ended or refused when they are due, so
// the calendar, the tray and a notification can ask the owner to reconnect before a post is lost.
// Pure: the channels, the scheduled posts and the moment are handed in.
import { NETWORK_LABELS, type Channel, type Network } from '../../shared/entities';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import type { ChannelAtRisk } from '../../shared/posts-at-risk';

/** The latest instant a post can be scheduled at, so the at-risk read sees every scheduled post. */
const END_OF_TIME = 8_640_000_000_000_000;

/** Where the channels at risk are read from: the stores and the clock. */
export interface AtRiskSources {
  channels: { list(): Channel[] };
  posts: {
    range(
      from: number,
      to: number,
    ): ReadonlyArray<{ id: string; status: string; scheduledAt: number | null; channelIds: string[] }>;
  };
  clock: { now(): number };
}

/**
 * The channels at risk now, as the calendar, the tray, the notices and the plan show them. Only
 * posts due after the earliest end are read, and none while no sign-in has an end: this runs on
 * every post change.
 */
export function readPostsAtRisk({ channels, posts, clock }: AtRiskSources): ChannelAtRisk[] {
  const now = clock.now();
  const all = channels.list();
  const ends = all.flatMap((channel) => signInEndsAt(channel, now) ?? []);
  if (ends.length === 0) return [];
  return postsAtRisk(all, scheduledOnChannels(posts.range(Math.min(...ends), END_OF_TIME)), now);
}

/** Networks whose sign-in renews itself each time it is used (X's rotating refresh tokens). */
const RENEWS_ITSELF: ReadonlySet<Network> = new Set<Network>(['x']);

export interface ScheduledOnChannels {
  postId: string;
  scheduledAt: number;
  channelIds: readonly string[];
}

/** When the channel's sign-in stops working for good (short of reconnecting); null when it has no end. */
export function signInEndsAt(channel: Channel, now: number): number | null {
  if (channel.connection === 'manual') return null;
  if (channel.connection === 'needs_reconnect') return now;
  if (channel.credentialFailedAt !== null) {
    // Refused renewal: the current sign-in still works until its own end.
    const stillWorks = channel.accessExpiresAt !== null && channel.accessExpiresAt > now;
    return stillWorks ? channel.accessExpiresAt : now;
  }
  if (RENEWS_ITSELF.has(channel.network)) return null;
  return channel.refreshExpiresAt ?? channel.accessExpiresAt;
}

/** Channels with scheduled posts due at or after their sign-in ends, soonest end first. */
export function postsAtRisk(
  channels: readonly Channel[],
  scheduled: readonly ScheduledOnChannels[],
  now: number,
): ChannelAtRisk[] {
  const risks: ChannelAtRisk[] = [];
  for (const channel of channels) {
    const endsAt = signInEndsAt(channel, now);
    if (endsAt === null) continue;
    const posts = scheduled
      .filter((post) => post.channelIds.includes(channel.id) && post.scheduledAt >= endsAt)
      .map(({ postId, scheduledAt }) => ({ postId, scheduledAt }))
      .sort((a, b) => a.scheduledAt - b.scheduledAt);
    if (posts.length === 0) continue;
    risks.push({
      channelId: channel.id,
      network: channel.network,
      handle: channel.handle,
      reconnectBy: endsAt,
      posts,
    });
  }
  return risks.sort((a, b) => a.reconnectBy - b.reconnectBy);
}

/**
 * "Reconnect LinkedIn before Tue 9 Dec: 4 posts at risk", for the tray and the notification: the
 * day in the business time zone, written in the locale of whatever language shows it.
 */
export function reconnectMessage(risk: ChannelAtRisk, timeZone: string): OwnerMessage {
  return say('atRisk.reconnectBefore', {
    network: NETWORK_LABELS[risk.network],
    reconnectBy: risk.reconnectBy,
    timeZone,
    count: risk.posts.length,
  });
}

/**
 * The one risk the tray names, or null when none: the channel to reconnect soonest (the calendar
 * lists them all, and the tray's menu must stay short).
 */
export function trayRiskMessage(risks: readonly ChannelAtRisk[], timeZone: string): OwnerMessage | null {
  const soonest = risks.reduce<ChannelAtRisk | null>(
    (first, risk) => (first === null || risk.reconnectBy < first.reconnectBy ? risk : first),
    null,
  );
  return soonest && reconnectMessage(soonest, timeZone);
}

/** The scheduled posts of the calendar's summaries, as postsAtRisk reads them. */
export function scheduledOnChannels(
  summaries: ReadonlyArray<{ id: string; status: string; scheduledAt: number | null; channelIds: string[] }>,
): ScheduledOnChannels[] {
  return summaries.flatMap((post) =>
    post.status === 'scheduled' && post.scheduledAt !== null
      ? [{ postId: post.id, scheduledAt: post.scheduledAt, channelIds: post.channelIds }]
      : [],
  );
}
