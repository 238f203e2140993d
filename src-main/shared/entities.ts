// Shapes that cross the IPC boundary. Shared by main and renderer; imports nothing but zod and
// the message shapes.
import { z } from 'zod';
import { KeyedSentences } from './messages/owner-message';

export const NETWORKS = [
  'bluesky',
  'mastodon',
  'telegram',
  'discord',
  'webhook',
  'x',
  'facebook',
  'instagram',
  'threads',
  'linkedin',
  /** No API: Cadence reminds the owner to post by hand (issue 11, "Remind me"). */
  'reminder',
] as const;
export const STAGES = ['starting', 'growing', 'scaling'] as const;
export const POST_STATUSES = ['draft', 'scheduled', 'published', 'failed'] as const;
/** Organic posts keep the brand present (management); campaign posts grow it (marketing). */
export const POST_KINDS = ['organic', 'campaign'] as const;
/** Who set the stage: proposed by Cadence from the answers, or chosen by the owner. */
export const STAGE_SOURCES = ['proposed', 'owner'] as const;
export const TARGET_STATES = [
  'pending',
  'scheduled',
  'sending',
  'retry_wait',
  'published',
  'failed',
  'unknown',
  'missed',
  /** Being handed to the network's own scheduler: the request is out, its answer not yet recorded. */
  'handing_off',
  /** Held by the network's own scheduler, which publishes it at its time; Cadence confirms after. */
  'handed_off',
  /** A "Remind me" channel's post is due: the owner was reminded and posts it by hand. */
  'reminding',
] as const;

export const NETWORK_LABELS: Record<(typeof NETWORKS)[number], string> = {
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  telegram: 'Telegram',
  discord: 'Discord',
  webhook: 'Webhook',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  reminder: 'Remind me',
};

/** Limits that keep one message from exhausting memory or the database. */
export const LIMITS = {
  id: 64,
  name: 200,
  handle: 200,
  body: 20_000,
  altText: 2_000,
  fileName: 255,
  mediaBytes: 20 * 1024 * 1024,
  mediaPerPost: 10,
  channelsPerPost: 50,
  calendarRangeMs: 100 * 24 * 60 * 60 * 1000,
} as const;

/** What media.add takes: photos (HEIC becomes JPEG as it is attached), and mp4 videos. */
export const MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
  'video/mp4',
] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const Id = z.string().min(1).max(LIMITS.id);
export const Network = z.enum(NETWORKS);
export const Stage = z.enum(STAGES);
export const PostStatus = z.enum(POST_STATUSES);
export const TargetState = z.enum(TARGET_STATES);
export type Network = z.infer<typeof Network>;
export type Stage = z.infer<typeof Stage>;
export type PostStatus = z.infer<typeof PostStatus>;
export type TargetState = z.infer<typeof TargetState>;
export const PostKind = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof PostKind>;
export const StageSource = z.enum(STAGE_SOURCES);
export type StageSource = z.infer<typeof StageSource>;
/** 0: weeks start on Sunday, 1: on Monday. The renderer sends the locale's. */
export const WeekStartsOn = z.union([z.literal(0), z.literal(1)]);
export type WeekStartsOn = z.infer<typeof WeekStartsOn>;
/** UTC milliseconds since the epoch. */
export const Instant = z.number().int().min(0).max(8_640_000_000_000_000);
/** An IANA zone name, checked against the platform's time-zone database. */
export const TimeZoneName = z.string().min(1).max(64).refine(isKnownTimeZone, { message: 'input.timeZone' });
/** A wall-clock date and time with no zone, to the minute: 2026-03-08T09:00. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'input.localDateTime');
/** A day with no time or zone, "YYYY-MM-DD": the pattern (for hand checks) and its schema. */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LocalDate = z.string().regex(LOCAL_DATE_PATTERN, 'input.localDate');

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The networks a "Remind me" channel can be for (their presets: shared/reminder-presets.ts). */
export const REMINDER_PRESET_IDS = [
  'tiktok',
  'google-business',
  'pinterest',
  'instagram',
  'nextdoor',
  'whatsapp',
  'linkedin-page',
  'other',
] as const;
export const ReminderPresetId = z.enum(REMINDER_PRESET_IDS);
export type ReminderPresetId = z.infer<typeof ReminderPresetId>;

/** An https address: a composer opens in the owner's browser, never over plain http. */
export const HttpsUrl = z
  .string()
  .trim()
  .max(2_000)
  .url('input.webAddress')
  .refine((value) => /^https:\/\//i.test(value), 'input.httpsAddress');

/** A "Remind me" channel's network: its name as the reminder says it, and its web composer. */
export const ReminderSetup = z.object({
  preset: ReminderPresetId,
  networkName: z.string().min(1).max(LIMITS.name),
  composerUrl: HttpsUrl,
});
export type ReminderSetup = z.infer<typeof ReminderSetup>;

export const Profile = z.object({
  name: z.string().max(LIMITS.name),
  timeZone: z.string(),
  stage: Stage,
  stageSource: StageSource,
  /** Why Cadence proposed the stage, in one sentence; null when the owner chose it. */
  stageReason: z.string().nullable(),
  weekStartsOn: WeekStartsOn,
  /** When the first-run wizard was completed or skipped; null until then. */
  onboardedAt: Instant.nullable(),
});
export type Profile = z.infer<typeof Profile>;

const Count = z.number().int().nonnegative();

/**
 * Limits a channel's server reports about itself. Only Mastodon-compatible servers report
 * them (from /api/v2/instance); the other networks have fixed limits and ignore these.
 */
export const ChannelLimits = z
  .object({
    maxCharacters: Count.min(1).optional(),
    charactersReservedPerUrl: Count.optional(),
    maxImages: Count.optional(),
    maxImageBytes: Count.min(1).optional(),
    maxAltTextLength: Count.min(1).optional(),
  })
  .strict();
export type ChannelLimits = z.infer<typeof ChannelLimits>;

/**
 * How many posts the network still takes, as it last said: its rolling window (Instagram's 24-hour
 * publishing limit, X's 24-hour post limits) and whether the plan's cap is spent (X), in its words.
 */
export const PostingAllowance = z
  .object({
    window: z
      .object({
        used: Count,
        total: Count,
        hours: Count,
        /** When Cadence read it (Instagram), or when the network starts counting afresh (X). */
        checkedAt: Instant.optional(),
        resetsAt: Instant.optional(),
      })
      .optional(),
    capReached: z.object({ period: z.enum(['Monthly', 'Daily']), at: Instant, said: z.string() }).optional(),
  })
  .strict();
export type PostingAllowance = z.infer<typeof PostingAllowance>;

/** Where connectors keep it in a channel's settings, for the channel store to read. */
export const POSTING_ALLOWANCE_SETTING = 'postingAllowance';

export const CONNECTION_STATES = ['manual', 'connected', 'needs_reconnect'] as const;

export const Channel = z.object({
  id: Id,
  network: Network,
  displayName: z.string(),
  handle: z.string(),
  /** manual: typed in by hand, cannot publish. connected: signed in. needs_reconnect: sign-in expired or revoked. */
  connection: z.enum(CONNECTION_STATES),
  serverUrl: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  followersCount: z.number().int().nullable(),
  /** What the server said about its limits (Mastodon), for the composer's live counters. */
  limits: ChannelLimits.nullable(),
  /** What the network last said about how many more posts it takes (X, Instagram); absent elsewhere. */
  postingAllowance: PostingAllowance.optional(),
  /** When the stored sign-in stops working (ms); null when the network gives no end. Never the secret. */
  accessExpiresAt: Instant.nullable(),
  /** When what renews it (a refresh token) stops working; null when there is none or it has no end. */
  refreshExpiresAt: Instant.nullable(),
  /** When the network last refused the sign-in, so only reconnecting helps; null since the last sign-in. */
  credentialFailedAt: Instant.nullable(),
  /** Its posts due soon are handed to the network's own scheduler as the laptop goes to sleep. */
  handOffOnSleep: z.boolean(),
  /** The owner paused its queue (issue 12): its queued posts are not sent. */
  queuePaused: z.boolean().optional(),
  /** Present on a "Remind me" channel: the network the owner posts to by hand. */
  reminder: ReminderSetup.optional(),
  createdAt: Instant,
});
export type Channel = z.infer<typeof Channel>;

export const PostTarget = z.object({
  id: Id,
  channelId: Id,
  bodyOverride: z.string().nullable(),
  state: TargetState,
  remoteUrl: z.string().nullable(),
  lastError: z.string().nullable(),
  /** lastError as catalog keys, to show in the owner's language; null for plain text (older rows). */
  lastErrorKey: KeyedSentences,
  /** The owner asked for it to be handed to the network's own scheduler, where the network has one. */
  handOff: z.boolean(),
});
export type PostTarget = z.infer<typeof PostTarget>;

/** What Cadence read of a video when it was attached; each network's rules check these. */
export const VideoFacts = z.object({
  durationMs: z.number().int().nonnegative(),
  /** The RFC 6381 codec string, e.g. "avc1.64001f" for H.264. */
  codec: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});
export type VideoFacts = z.infer<typeof VideoFacts>;

export const MediaItem = z.object({
  id: Id,
  postId: Id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mimeType: z.string(),
  byteSize: z.number().int().nonnegative(),
  fileName: z.string(),
  altText: z.string(),
  position: z.number().int().nonnegative(),
  /** Set for a video (video/mp4), absent or null for a photo. */
  video: VideoFacts.nullable().optional(),
});
export type MediaItem = z.infer<typeof MediaItem>;

const Schedule = {
  scheduledAt: Instant.nullable(),
  scheduledTimeZone: z.string().nullable(),
  scheduledLocal: z.string().nullable(),
};

export const Post = z.object({
  id: Id,
  body: z.string(),
  status: PostStatus,
  kind: PostKind,
  ...Schedule,
  /** The campaign whose links this post carries (tagged with UTM parameters when sent). */
  campaignId: Id.nullable().optional(),
  /** In a queue slot (issue 12): the queue may move it; a time picked by hand takes it out. */
  queued: z.boolean().optional(),
  /** Recycled into empty queue slots, at most every evergreenGapDays, until evergreenUntil. */
  evergreen: z.boolean().optional(),
  evergreenGapDays: z.number().int().nullable().optional(),
  evergreenUntil: Instant.nullable().optional(),
  /** The evergreen post this one is a recycled copy of. */
  recycledFromId: Id.nullable().optional(),
  /** The recurring series that made it (shared/recurrence.ts), if any. */
  seriesId: Id.nullable().optional(),
  createdAt: Instant,
  updatedAt: Instant,
  targets: z.array(PostTarget),
  media: z.array(MediaItem),
});
export type Post = z.infer<typeof Post>;

/** What lists and the calendar need of a post, without its full body and media. */
export const PostSummary = z.object({
  id: Id,
  excerpt: z.string(),
  status: PostStatus,
  kind: PostKind,
  ...Schedule,
  updatedAt: Instant,
  channelIds: z.array(Id),
  mediaCount: z.number().int().nonnegative(),
  /** A network's own scheduler holds it on some channel, to publish it with the laptop closed. */
  handedOff: z.boolean(),
  /** It is one post of a recurring series. */
  repeats: z.boolean().optional(),
  /** It is a copy of an evergreen post, put into a free queue slot (issue 12). */
  recycled: z.boolean().optional(),
});
export type PostSummary = z.infer<typeof PostSummary>;

/**
 * A post the calendar draws: scheduled at a time, and not a draft. The renderer places posts, and
 * calendar.month counts them per day, by this one rule, so "+N more" counts what the grid would show.
 */
export function isOnCalendar<P extends Pick<PostSummary, 'status' | 'scheduledAt'>>(
  post: P,
): post is P & { scheduledAt: number } {
  return post.status !== 'draft' && post.scheduledAt !== null;
}

export const TimeOption = z.object({
  choice: z.enum(['earlier', 'later']),
  utc: Instant,
  local: LocalDateTime,
  offset: z.string(),
});
export type TimeOption = z.infer<typeof TimeOption>;

/** How a wall-clock time maps to instants in a zone: once, never (a DST gap) or twice (fall-back). */
export const TimeCheck = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), utc: Instant, offset: z.string() }),
  z.object({ kind: z.literal('gap'), options: z.array(TimeOption).length(2) }),
  z.object({ kind: z.literal('ambiguous'), options: z.array(TimeOption).length(2) }),
]);
export type TimeCheck = z.infer<typeof TimeCheck>;

export const ActivityEntry = z.object({
  id: z.number().int(),
  at: Instant,
  kind: z.string(),
  postId: z.string().nullable(),
  targetId: z.string().nullable(),
  message: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;
