// The fixed limits of each network, and the limits a Mastodon-compatible server reports
// about itself. Numbers come from each network's documentation (see issue 3, section 1).
import { z } from 'zod';
import { ChannelLimits, LIMITS } from '../entities';

/** Mastodon's own defaults, used until the server has told us its real limits. */
export const MASTODON_DEFAULTS = {
  maxCharacters: 500,
  charactersReservedPerUrl: 23,
  maxImages: 4,
  /** Mastodon 4's default image_size_limit: 16 MiB. */
  maxImageBytes: 16 * 1024 * 1024,
  /** Mastodon 4's default description_limit for alt text. */
  maxAltTextLength: 1_500,
} as const;

export const BLUESKY_TEXT = { graphemes: 300, bytes: 3_000 } as const;
export const TELEGRAM_TEXT = { message: 4_096, caption: 1_024 } as const;
export const DISCORD_TEXT = 2_000;
export const X_TEXT = 280;
/** A Page post's message (developers.facebook.com/docs/pages-api/posts): 63,206 characters. */
export const FACEBOOK_TEXT = 63_206;
/**
 * An Instagram caption: 2,200 characters, at most 30 hashtags, and at least one photo, since
 * the API publishes no text-only posts (developers.facebook.com/docs/instagram-platform/
 * instagram-graph-api/reference/ig-user/media, "caption" and "Limitations").
 */
export const INSTAGRAM_TEXT = { caption: 2_200, hashtags: 30 } as const;
/** A Threads post: "Text posts are limited to 500 characters" (developers.facebook.com/docs/threads/posts). */
export const THREADS_TEXT = 500;
/** A LinkedIn post's commentary: 3,000 characters (learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api). */
export const LINKEDIN_TEXT = 3_000;
/** The webhook receiver sets no limit, so Cadence's own body limit is the only one. */
export const WEBHOOK_TEXT = LIMITS.body;

export { ChannelLimits };

const Count = z.number().int().nonnegative();

// Only the fields Cadence uses; servers differ in what else they send, and a server that
// leaves one out (older Mastodon, Pleroma, GoToSocial) keeps Mastodon's default for it.
const InstanceLimitsBody = z.object({
  configuration: z
    .object({
      statuses: z
        .object({
          max_characters: Count.min(1).optional(),
          characters_reserved_per_url: Count.optional(),
          max_media_attachments: Count.optional(),
        })
        .optional(),
      media_attachments: z
        .object({
          image_size_limit: Count.min(1).optional(),
          description_limit: Count.min(1).nullable().optional(),
        })
        .optional(),
    })
    .optional(),
});

/** Reads the limits out of a GET /api/v2/instance body. Anything missing or malformed is left out. */
export function mastodonLimitsFromInstance(body: unknown): ChannelLimits {
  const parsed = InstanceLimitsBody.safeParse(body);
  if (!parsed.success) return {};
  const statuses = parsed.data.configuration?.statuses;
  const media = parsed.data.configuration?.media_attachments;
  const limits: ChannelLimits = {
    maxCharacters: statuses?.max_characters,
    charactersReservedPerUrl: statuses?.characters_reserved_per_url,
    maxImages: statuses?.max_media_attachments,
    maxImageBytes: media?.image_size_limit,
    maxAltTextLength: media?.description_limit ?? undefined,
  };
  return Object.fromEntries(
    Object.entries(limits).filter(([, value]) => value !== undefined),
  ) as ChannelLimits;
}
