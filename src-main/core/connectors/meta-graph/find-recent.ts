// After a lost answer: is the post among the account's latest? Neither Facebook nor Instagram
// takes an idempotency key, so Cadence reads the newest posts and looks for this one: the same
// words, made no earlier than the first attempt (less some room for Meta's clock).
import { say, type MessageParams } from '../../../shared/messages/owner-message';
import type { OutgoingPost, Verification } from '../connector';

/** Room for Meta's clock differing from this machine's. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface RecentPost {
  id: string;
  /** The message or caption; absent for a post of photos only. */
  text: string | undefined;
  /** When Meta says it was made (ms), if it said. */
  createdAt: number | null;
  url: string | null;
}

/**
 * The verdict from one page of the account's newest posts. `full` says the page was as long as
 * asked for, so older posts may lie beyond it. `where` names the account in the network's
 * catalog words (Facebook's {{page}}, Instagram's {{handle}}).
 */
export function findPost(
  recent: readonly RecentPost[],
  post: Pick<OutgoingPost, 'text' | 'firstAttemptAt'>,
  full: boolean,
  network: 'facebook' | 'instagram',
  where: MessageParams,
): Verification {
  const since = post.firstAttemptAt - CLOCK_SKEW_MS;
  const candidates = recent.filter((item) => item.createdAt === null || item.createdAt >= since);
  const wanted = comparable(post.text);
  const matches = candidates.filter((item) => comparable(item.text ?? '') === wanted);
  // Photos without words all look alike: only a single one since the first attempt is this post.
  if (matches.length === 1 || (matches.length > 1 && wanted !== '')) {
    const found = matches[matches.length - 1]!;
    return { status: 'published', remoteId: found.id, remoteUrl: found.url };
  }
  if (matches.length > 1) {
    return {
      status: 'cannot-tell',
      reason: say(`connectors.${network}.cannotTell.photosAlike`, where),
    };
  }
  const oldest = recent.at(-1)?.createdAt ?? null;
  if (full && (oldest === null || oldest >= since)) {
    return {
      status: 'cannot-tell',
      reason: say(`connectors.${network}.cannotTell.tooManyToCheck`, where),
    };
  }
  return { status: 'absent' };
}

/** Text as it comes back from Meta: the same words, whatever the spacing and normal form. */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Graph's datetime (2026-03-01T10:00:00+0000) in ms, or null. */
export function graphTime(value: string | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : ms;
}
