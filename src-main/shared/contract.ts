// The one list of IPC channels. Each names its input and output schema; main and the
// web bridge parse every input against it, and the preload refuses names not listed here.
import { z } from 'zod';
import { marketingContract } from './marketing-contract';
import { AppSettings, AppSettingsChanges, OutboxStatus } from './app-settings';
import { BrandKit, KIT_LIMITS } from './brand-kit/kit';
import { CalendarInstant } from './calendar-instant';
import { ConnectInput, MastodonOAuthStart } from './connect-inputs';
import {
  ActivityEntry,
  Channel,
  Id,
  Instant,
  LIMITS,
  LocalDateTime,
  MediaItem,
  Network,
  Post,
  PostKind,
  PostSummary,
  Profile,
  Stage,
  TimeCheck,
  TimeZoneName,
  WeekStartsOn,
} from './entities';
import {
  INBOX_LIMITS,
  InboxCounts,
  InboxItem,
  InboxLabel,
  InboxList,
  InboxListInput,
  InboxSourceInfo,
  InboxStatus,
  InboxThread,
  ResponseTimes,
  SavedReply,
  SavedReplyBody,
  SavedReplyTitle,
} from './inbox';
import {
  BestPostsInput,
  EngagementReport,
  FollowerSeries,
  FollowersInput,
  MetricsRange,
  PostEngagement,
  SnapshotResult,
} from './metrics';
import { ownAppContract } from './own-app-contract';
import { ChannelAtRisk } from './posts-at-risk';
import { OnboardingAnswers, OnboardingState, Plan, PlanTickInput, StageProposal } from './plan';
import { StorageStatus } from './storage-status';

const NoInput = z.undefined().or(z.null()).or(z.object({}).strict());
const ById = z.object({ id: Id }).strict();
const Deleted = z.object({ id: Id });
const Text = (max: number) => z.string().max(max);
const Choice = z.enum(['earlier', 'later']);

export const contract = {
  // Campaigns, UTM, spend, imports and figures: listed in their own file.
  ...marketingContract,
  ...ownAppContract,

  'profile.get': { input: NoInput, output: Profile },
  'profile.update': {
    input: z
      .object({
        name: Text(LIMITS.name).optional(),
        timeZone: TimeZoneName.optional(),
        /** A stage given here is the owner's choice, as with profile.setStage. */
        stage: Stage.optional(),
        weekStartsOn: WeekStartsOn.optional(),
      })
      .strict(),
    output: Profile,
  },

  'channels.list': { input: NoInput, output: z.array(Channel) },
  /** Channels whose sign-in ends or was refused before some of their scheduled posts are due. */
  'channels.atRisk': { input: NoInput, output: z.array(ChannelAtRisk) },
  'channels.add': {
    input: z
      .object({
        network: Network,
        displayName: Text(LIMITS.name).trim().min(1, 'Give the channel a name'),
        handle: Text(LIMITS.handle).trim().min(1, 'Enter the account handle'),
      })
      .strict(),
    output: Channel,
  },
  'channels.remove': { input: ById, output: Deleted },

  'posts.create': {
    input: z
      .object({
        body: Text(LIMITS.body).optional(),
        channelIds: z.array(Id).max(LIMITS.channelsPerPost).optional(),
        kind: PostKind.optional(),
      })
      .strict(),
    output: Post,
  },
  'posts.update': {
    input: z
      .object({
        id: Id,
        body: Text(LIMITS.body).optional(),
        channelIds: z.array(Id).max(LIMITS.channelsPerPost).optional(),
        /** Per-channel text; null clears the override so the channel uses the main body. */
        variants: z
          .record(Id, Text(LIMITS.body).nullable())
          .refine((variants) => Object.keys(variants).length <= LIMITS.channelsPerPost, {
            message: `A post can have its own text for at most ${LIMITS.channelsPerPost} channels`,
          })
          .optional(),
        kind: PostKind.optional(),
      })
      .strict(),
    output: Post,
  },
  'posts.get': { input: ById, output: Post },
  'posts.delete': { input: ById, output: Deleted },
  'posts.listDrafts': {
    input: z
      .object({ limit: z.number().int().min(1).max(500).optional() })
      .strict()
      .optional(),
    output: z.array(PostSummary),
  },
  'posts.schedule': {
    input: z
      .object({ id: Id, local: LocalDateTime, timeZone: TimeZoneName, choice: Choice.optional() })
      .strict(),
    output: Post,
  },
  'posts.unschedule': { input: ById, output: Post },

  'calendar.range': {
    input: z
      .object({ from: Instant, to: Instant })
      .strict()
      .refine((r) => r.to > r.from && r.to - r.from <= LIMITS.calendarRangeMs, {
        message: 'The calendar range must be positive and at most 100 days',
      }),
    output: z.array(PostSummary),
  },
  'time.check': {
    input: z.object({ local: LocalDateTime, timeZone: TimeZoneName }).strict(),
    output: TimeCheck,
  },

  'media.add': {
    input: z
      .object({
        postId: Id,
        fileName: Text(LIMITS.fileName).min(1),
        mimeType: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
        dataBase64: z
          .string()
          .max(Math.ceil(LIMITS.mediaBytes / 3) * 4, 'Images can be at most 20 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Image data must be base64'),
        altText: Text(LIMITS.altText).optional(),
      })
      .strict(),
    output: MediaItem,
  },
  'media.update': {
    input: z.object({ id: Id, altText: Text(LIMITS.altText) }).strict(),
    output: MediaItem,
  },
  'media.remove': { input: ById, output: Deleted },

  'posts.publishNow': { input: ById, output: Post },
  'outbox.status': { input: NoInput, output: OutboxStatus },
  /** For an outcome only the owner can confirm (Telegram, Discord): it went out, or send it again. */
  'outbox.resolve': {
    input: z.object({ targetId: Id, resolution: z.enum(['published', 'send-again']) }).strict(),
    output: Post,
  },
  'settings.get': { input: NoInput, output: AppSettings },
  'settings.update': { input: AppSettingsChanges, output: AppSettings },

  'channels.connect': { input: ConnectInput, output: Channel },
  'channels.test': { input: ById, output: Channel },
  'channels.disconnect': { input: ById, output: Channel },
  /** Mastodon OAuth: the renderer opens authorizeUrl in the browser, then polls oauthStatus. */
  'channels.oauthStart': {
    input: MastodonOAuthStart,
    output: z.object({ flowId: z.string(), authorizeUrl: z.string() }),
  },
  'channels.oauthStatus': {
    input: z.object({ flowId: z.string().min(1).max(100) }).strict(),
    output: z.object({
      state: z.enum(['waiting', 'connected', 'failed']),
      message: z.string().optional(),
      channelId: Id.optional(),
    }),
  },
  /** Whether secrets are kept by the OS keychain (false in web mode), for a plain warning. */
  'app.info': { input: NoInput, output: z.object({ secretsEncrypted: z.boolean() }) },
  /** Whether Cadence can save (the disk may be full, read-only or failing); checked again on each change. */
  'storage.status': { input: NoInput, output: StorageStatus },

  'activity.list': {
    input: z.object({ postId: Id, before: Instant.optional() }).strict(),
    output: z.array(ActivityEntry),
  },

  /** The owner's choice of stage; Cadence stops proposing and keeps the change in the history. */
  'profile.setStage': { input: z.object({ stage: Stage }).strict(), output: Profile },
  'onboarding.get': { input: NoInput, output: OnboardingState },
  /** What Cadence would propose for these answers; saves nothing. */
  'onboarding.propose': { input: z.object({ answers: OnboardingAnswers }).strict(), output: StageProposal },
  /** Saves the answers; a stage given is the owner's override of the proposal. */
  'onboarding.complete': {
    input: z
      .object({ answers: OnboardingAnswers, stage: Stage.optional(), weekStartsOn: WeekStartsOn })
      .strict(),
    output: Profile,
  },
  'onboarding.skip': { input: z.object({ weekStartsOn: WeekStartsOn }).strict(), output: Profile },
  /** The plan for the current stage at `at` (default now); closes finished weeks into the history. */
  'plan.get': { input: z.object({ at: CalendarInstant.optional() }).strict().optional(), output: Plan },
  /** Ticks or unticks a hand-checked item for the current period; refuses items Cadence checks itself. */
  'plan.tick': { input: PlanTickInput, output: Plan },
  'brandKit.get': { input: NoInput, output: BrandKit },
  'brandKit.update': { input: BrandKit, output: BrandKit },
  'brandKit.export': { input: NoInput, output: z.object({ json: z.string(), fileName: z.string() }) },
  /** Replaces the kit with the one in the file; a file that is not a kit is refused with the reason. */
  'brandKit.import': {
    input: z
      .object({ json: z.string().max(KIT_LIMITS.fileChars, 'This file is too large to be a brand kit') })
      .strict(),
    output: BrandKit,
  },

  /** The unified inbox, newest first; filters combine. */
  'inbox.list': { input: InboxListInput, output: InboxList },
  /** An item with our original post and the conversation Cadence knows. */
  'inbox.get': { input: ById, output: InboxThread },
  /** new = unread, read = seen or "undone", done = handled. */
  'inbox.setStatus': {
    input: z.object({ ids: z.array(Id).min(1).max(INBOX_LIMITS.bulk), status: InboxStatus }).strict(),
    output: z.object({ updated: z.number().int().nonnegative() }),
  },
  'inbox.setLabels': {
    input: z
      .object({
        ids: z.array(Id).min(1).max(INBOX_LIMITS.bulk),
        add: z.array(InboxLabel).max(INBOX_LIMITS.labels).default([]),
        remove: z.array(InboxLabel).max(INBOX_LIMITS.labels).default([]),
      })
      .strict(),
    output: z.object({ updated: z.number().int().nonnegative() }),
  },
  /** Queues a reply in the outbox (sent at once when online, exactly once, with the usual retries). */
  'inbox.reply': {
    input: z
      .object({
        id: Id,
        text: Text(LIMITS.body).trim().min(1, 'Write a reply first'),
        channelId: Id.optional(),
      })
      .strict(),
    output: z.object({ item: InboxItem, post: Post }),
  },
  /** Syncs every channel with an inbox now; resolves when the sync is done. */
  'inbox.refresh': { input: NoInput, output: z.array(InboxSourceInfo) },
  'inbox.counts': { input: NoInput, output: InboxCounts },
  /** Every channel: whether it has an inbox, and how its sync is doing. */
  'inbox.sources': { input: NoInput, output: z.array(InboxSourceInfo) },
  /** Weekly median time to first reply and items past the reply target, in the business time zone. */
  'inbox.responseTimes': {
    input: z
      .object({
        weeks: z.number().int().min(1).max(INBOX_LIMITS.weeks),
        /** Defaults to the current stage's reply target (24 h unless the plan says otherwise). */
        targetHours: z
          .number()
          .positive()
          .max(24 * 14)
          .optional(),
      })
      .strict(),
    output: ResponseTimes,
  },
  'savedReplies.list': { input: NoInput, output: z.array(SavedReply) },
  'savedReplies.create': {
    input: z.object({ title: SavedReplyTitle, body: SavedReplyBody }).strict(),
    output: SavedReply,
  },
  'savedReplies.update': {
    input: z.object({ id: Id, title: SavedReplyTitle.optional(), body: SavedReplyBody.optional() }).strict(),
    output: SavedReply,
  },
  'savedReplies.delete': { input: ById, output: Deleted },

  /** Measures every connected channel (or one) now: followers and the last 30 days' post counts. */
  'metrics.snapshot': {
    input: z.object({ channelId: Id.optional() }).strict().optional(),
    output: SnapshotResult,
  },
  /** Follower counts over the range, per channel that was measured in it (or the one asked for). */
  'metrics.followers': {
    input: FollowersInput,
    output: z.array(FollowerSeries),
  },
  /** Engagement rate per channel (over the range and over time) and per post, with the formulas. */
  'metrics.engagement': { input: MetricsRange, output: EngagementReport },
  'metrics.bestPosts': {
    input: BestPostsInput,
    output: z.array(PostEngagement),
  },
  /** The owner looked at followers and engagement: the plan's monthly "look at the numbers" counts it. */
  'metrics.viewed': { input: NoInput, output: z.object({ viewedAt: Instant }) },
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Pushed from the core to every window. Small: the renderer re-reads what it shows. */
export const CoreEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('post.changed'), postId: Id }),
  z.object({ type: z.literal('post.deleted'), postId: Id }),
  z.object({ type: z.literal('channels.changed') }),
  z.object({ type: z.literal('profile.changed') }),
  /** A tick, a stage change or anything else the plan is checked from changed: re-read plan.get. */
  z.object({ type: z.literal('plan.changed') }),
  z.object({ type: z.literal('brandKit.changed') }),
  /** The queue, its next due time or the online state changed: re-read outbox.status. */
  z.object({ type: z.literal('outbox.changed') }),
  /** Saving started or stopped working: re-read storage.status. */
  z.object({ type: z.literal('storage.changed') }),
  /** Items arrived or changed, a reply went out, or a channel's sync state changed: re-read the inbox. */
  z.object({ type: z.literal('inbox.changed') }),
  /** A metrics snapshot was taken: re-read the Insights numbers. */
  z.object({ type: z.literal('metrics.changed') }),
]);
export type CoreEvent = z.infer<typeof CoreEvent>;

/** The one Electron channel for events; invocations use the contract names above. */
export const EVENT_CHANNEL = 'cadence:event';

/** What the preload (or the web bridge) puts on window.cadence. */
export interface CadenceBridge {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  /** A URL the renderer may use in <img src> for a stored media file. */
  mediaUrl(sha256: string): string;
}
