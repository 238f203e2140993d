// Warnings the composer shows before a post is sent: pure over the posts near it.
import type { Network } from '../../shared/entities';
import { DUPLICATE_WINDOW_MS, REJECTS_DUPLICATES, type PostWarning } from '../../shared/queue';

const HOUR = 60 * 60 * 1000;

export interface NearbyPost {
  postId: string;
  channelId: string;
  at: number;
  text: string;
}

export interface WarnedPost {
  postId: string;
  at: number;
  /** Its channels, with the network of each and the text it goes out with there. */
  targets: { channelId: string; network: Network; text: string }[];
}

/**
 * Two posts less than an hour apart on one channel (any zone, half-hour offsets too), and identical text within the duplicate
 * window on a network that refuses repeats (REJECTS_DUPLICATES).
 */
export function postWarnings(post: WarnedPost, nearby: NearbyPost[]): PostWarning[] {
  const warnings: PostWarning[] = [];
  for (const target of post.targets) {
    for (const other of nearby) {
      if (other.postId === post.postId || other.channelId !== target.channelId) continue;
      if (Math.abs(other.at - post.at) < HOUR) {
        warnings.push({
          kind: 'sameHour',
          channelId: target.channelId,
          otherPostId: other.postId,
          otherAt: other.at,
        });
      }
      if (
        REJECTS_DUPLICATES.includes(target.network) &&
        Math.abs(other.at - post.at) <= DUPLICATE_WINDOW_MS &&
        other.text.trim() === target.text.trim() &&
        target.text.trim() !== ''
      ) {
        warnings.push({
          kind: 'duplicateText',
          channelId: target.channelId,
          otherPostId: other.postId,
          otherAt: other.at,
        });
      }
    }
  }
  return warnings;
}
