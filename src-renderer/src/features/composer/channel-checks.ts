// What stands between the post and each selected channel, by that network's own rules.
// The counters show the length; this decides whether publishing or scheduling may start.
import { type Channel, type MediaItem } from '@shared/entities';
import { validatePostForNetwork, type ImageFacts, type Problem } from '@shared/text-rules';
import { t } from '../../i18n/i18n';
import { problemWords } from '../../lib/problem-words';
import type { DraftContent } from './draft-journal';
import { channelNetworkName } from '../../lib/network-name';

export interface ChannelCheck {
  channel: Channel;
  /** "Bluesky · Corner Bakery", as the counters name the channel. */
  name: string;
  errors: Problem[];
  warnings: Problem[];
}

export function imageFacts(media: readonly MediaItem[], altTexts: Record<string, string>): ImageFacts[] {
  return media.map((item) => ({
    byteSize: item.byteSize,
    mimeType: item.mimeType,
    altText: altTexts[item.id] ?? item.altText,
    video: item.video,
  }));
}

/** The selected channels that still exist, in the order they were picked. */
export function selectedChannels(channels: readonly Channel[], channelIds: readonly string[]): Channel[] {
  return channelIds.flatMap((id) => channels.filter((channel) => channel.id === id));
}

export function checkChannels(
  channels: readonly Channel[],
  content: DraftContent,
  images: readonly ImageFacts[],
): ChannelCheck[] {
  return channels.map((channel) => {
    const text = content.variants[channel.id] ?? content.body;
    const problems = validatePostForNetwork(channel.network, { text, images }, channel.limits);
    return {
      channel,
      name: t('composer:checks.name', {
        network: channelNetworkName(channel),
        channel: channel.displayName,
      }),
      errors: problems.filter((problem) => problem.severity === 'error'),
      warnings: problems.filter((problem) => problem.severity === 'warning'),
    };
  });
}

/** Why the post can neither be published nor scheduled as it is, or null when it can. */
export function blockingReason(checks: readonly ChannelCheck[]): string | null {
  const blocked = checks.filter((check) => check.errors.length > 0);
  const first = blocked[0];
  if (!first) return null;
  const text = t('composer:checks.fixFirst', {
    channel: first.name,
    problem: problemWords(first.errors[0]!),
  });
  const others = blocked.length - 1;
  return others === 0 ? text : t('composer:checks.more', { text, count: others });
}
