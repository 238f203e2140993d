// After a timeout or a crash: did the status go out? With its id, ask for it. Without one,
// look through the account's latest statuses for this post's text; if it is not there, a
// resend is safe while Mastodon still remembers the Idempotency-Key (one hour).
import { z } from 'zod';
import type { OutgoingPost, Verification } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import type { MastodonApi } from './mastodon-api';

/** Mastodon forgets an Idempotency-Key an hour after the status it made. */
const IDEMPOTENCY_WINDOW_MS = 60 * 60 * 1000;
/** Room for the server's clock differing from this machine's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const PostedStatus = z.object({
  id: z.string().min(1),
  url: z.string().nullish(),
  created_at: z.string(),
  content: z.string(),
  media_attachments: z.array(z.unknown()),
});
export type PostedStatus = z.infer<typeof PostedStatus>;

export async function verifyStatus(
  api: MastodonApi,
  accountId: string,
  post: OutgoingPost,
  remoteId: string | null,
  now: number,
): Promise<Verification> {
  if (remoteId) {
    try {
      const reply = await api.call(`/api/v1/statuses/${encodeURIComponent(remoteId)}`, { during: 'read' });
      const found = parseStatuses([reply.body])[0]!;
      return { status: 'published', remoteId: found.id, remoteUrl: found.url ?? null };
    } catch (error) {
      if (error instanceof ConnectorError && error.details.httpStatus === 404) return { status: 'absent' };
      throw error;
    }
  }
  const reply = await api.call(`/api/v1/accounts/${encodeURIComponent(accountId)}/statuses?limit=40`, {
    during: 'read',
  });
  const wanted = comparable(post.text);
  const match = parseStatuses(reply.body).find(
    (status) =>
      Date.parse(status.created_at) >= post.firstAttemptAt - CLOCK_SKEW_MS &&
      status.media_attachments.length === post.images.length &&
      comparable(plainText(status.content)) === wanted,
  );
  if (match) return { status: 'published', remoteId: match.id, remoteUrl: match.url ?? null };
  // Keep a margin inside the hour, since the server's clock and ours may differ.
  return now - post.firstAttemptAt < IDEMPOTENCY_WINDOW_MS - CLOCK_SKEW_MS
    ? { status: 'retry-safe', searched: true }
    : { status: 'absent' };
}

function parseStatuses(body: unknown): PostedStatus[] {
  const parsed = z.array(PostedStatus).safeParse(body);
  if (!parsed.success) {
    // The question stays open; the outbox asks again later instead of guessing.
    throw new ConnectorError('server', say('connectors.mastodon.oddVerifyAnswer'));
  }
  return parsed.data;
}

/** The words of a status as Mastodon renders it: paragraphs and line breaks, no tags or entities. */
export function plainText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  );
}

/**
 * Text reduced to what survives Mastodon's rendering: whitespace runs become one space, and
 * a mention of a remote account shows only its username, so the domain is left out.
 */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(^|[^\w/])@(\w+(?:[.-]+\w+)*)@[\w.-]+\w/gu, '$1@$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}
