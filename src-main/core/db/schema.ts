// The one place the database schema is defined. drizzle-kit generates the committed
// migrations in ./migrations from this file (`npm run db:generate`).

import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { BrandKit } from '../../shared/brand-kit/kit';
import type { KeyedText } from '../../shared/messages/owner-message';
import {
  CONNECTION_STATES,
  NETWORKS,
  POST_KINDS,
  POST_STATUSES,
  STAGE_SOURCES,
  STAGES,
  TARGET_STATES,
  type WeekStartsOn,
} from '../../shared/entities';
import { INBOX_KINDS, INBOX_STATUSES, type InboxContextMessage, type ReplyTo } from '../../shared/inbox';
import { LIBRARY_KINDS } from '../../shared/library';
import type { OnboardingAnswers, PlanWeek } from '../../shared/plan';
import type { RepeatRule, SeriesEnd } from '../../shared/recurrence';

/** Single row (id = 1): who the business is and which clock it lives by. */
export const businessProfile = sqliteTable('business_profile', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().default(''),
  timeZone: text('time_zone').notNull(),
  stage: text('stage', { enum: STAGES }).notNull().default('starting'),
  stageSource: text('stage_source', { enum: STAGE_SOURCES }).notNull().default('proposed'),
  stageReason: text('stage_reason'),
  /** The first-run answers, as OnboardingAnswers; null until the wizard is completed. */
  answers: text('answers', { mode: 'json' }).$type<OnboardingAnswers>(),
  weekStartsOn: integer('week_starts_on').$type<WeekStartsOn>().notNull().default(1),
  onboardedAt: integer('onboarded_at'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Every stage the business has been at, so past weeks are read against the stage of their time. */
export const stageHistory = sqliteTable(
  'stage_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    source: text('source', { enum: STAGE_SOURCES }).notNull(),
    reason: text('reason'),
  },
  (table) => [index('stage_history_at_idx').on(table.at)],
);

/** Plan items the owner ticked by hand, per period ('once', 'week:…', 'month:…'). Unticking deletes the row. */
export const planTicks = sqliteTable(
  'plan_ticks',
  {
    itemId: text('item_id').notNull(),
    periodKey: text('period_key').notNull(),
    tickedAt: integer('ticked_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.periodKey] })],
);

/** A closed week as it was when it closed, so later rule changes never rewrite the past. */
export const planWeeks = sqliteTable('plan_weeks', {
  weekKey: text('week_key').primaryKey(),
  startsAt: integer('starts_at').notNull(),
  stage: text('stage', { enum: STAGES }).notNull(),
  closedAt: integer('closed_at').notNull(),
  snapshot: text('snapshot', { mode: 'json' }).$type<PlanWeek>().notNull(),
});

/** Single row (id = 1): the brand voice kit, once the owner saved one. */
export const brandKit = sqliteTable('brand_kit', {
  id: integer('id').primaryKey(),
  kit: text('kit', { mode: 'json' }).$type<BrandKit>().notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** A place the business posts to. Credentials never live here; they go to the OS keychain. */
export type ConnectionState = (typeof CONNECTION_STATES)[number];

export const channels = sqliteTable('channels', {
  id: text('id').primaryKey(),
  network: text('network', { enum: NETWORKS }).notNull(),
  displayName: text('display_name').notNull(),
  handle: text('handle').notNull(),
  /** 'manual' channels were typed in by hand and cannot publish; connected ones hold a secret in the keychain. */
  connection: text('connection', { enum: CONNECTION_STATES }).notNull().default('manual'),
  /** The server the account lives on: PDS, Mastodon instance, Bot API base, webhook URL host. */
  serverUrl: text('server_url'),
  /** The network's own id for the account (DID, Mastodon account id, Telegram chat id). */
  remoteAccountId: text('remote_account_id'),
  avatarUrl: text('avatar_url'),
  followersCount: integer('followers_count'),
  /** Non-secret connection settings and limits read from the server, as JSON. */
  settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>(),
  lastCheckedAt: integer('last_checked_at'),
  /**
   * When the stored credential stops working (ms), as the network said when it was issued or
   * renewed; null when it gives no end. The secret itself is in the keychain, never here.
   */
  accessExpiresAt: integer('access_expires_at'),
  /** When the credential that renews it (a refresh token) stops working; null when none or no end. */
  refreshExpiresAt: integer('refresh_expires_at'),
  /** When the network last refused the credential, so only reconnecting helps; null since a sign-in. */
  credentialFailedAt: integer('credential_failed_at'),
  /** The owner paused this channel's queue: its queued posts stay put and are not sent (issue 12). */
  queuePaused: integer('queue_paused', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const posts = sqliteTable(
  'posts',
  {
    id: text('id').primaryKey(),
    body: text('body').notNull().default(''),
    status: text('status', { enum: POST_STATUSES }).notNull().default('draft'),
    kind: text('kind', { enum: POST_KINDS }).notNull().default('organic'),
    /** The instant to publish, in UTC milliseconds. */
    scheduledAt: integer('scheduled_at'),
    /** The IANA zone the owner planned in, and the wall-clock time they chose there. */
    scheduledTimeZone: text('scheduled_time_zone'),
    scheduledLocal: text('scheduled_local'),
    /** The campaign whose links this post carries; its links are UTM-tagged when it is sent. */
    campaignId: text('campaign_id').references((): AnySQLiteColumn => campaigns.id, { onDelete: 'set null' }),
    /** Set on a reply written in the inbox: the item it answers. Replies stay out of the calendar and plan counts. */
    replyToItemId: text('reply_to_item_id').references((): AnySQLiteColumn => inboxItems.id, {
      onDelete: 'set null',
    }),
    /** Placed in a posting slot by "Add to queue": the queue's reorder and shuffle may move it. */
    queued: integer('queued', { mode: 'boolean' }).notNull().default(false),
    /** Recycled into empty queue slots (see core/queue/evergreen.ts) at most every evergreenGapDays. */
    evergreen: integer('evergreen', { mode: 'boolean' }).notNull().default(false),
    evergreenGapDays: integer('evergreen_gap_days'),
    /** After this instant the post is no longer recycled; null for no end. */
    evergreenUntil: integer('evergreen_until'),
    /** The evergreen post this one is a recycled copy of. */
    recycledFromId: text('recycled_from_id').references((): AnySQLiteColumn => posts.id, {
      onDelete: 'set null',
    }),
    /** The recurring series that made this post, and the rule's wall-clock time it stands for. */
    seriesId: text('series_id').references((): AnySQLiteColumn => postSeries.id, { onDelete: 'set null' }),
    occurrenceLocal: text('occurrence_local'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    // The calendar's window in time order. It also holds what the month view's first pass reads
    // (status, id, and whether a post is an inbox reply), so that pass reads this index alone
    // rather than some 4,000 rows across the table for a busy month (core/store/post-summaries.ts).
    index('posts_calendar_idx').on(table.scheduledAt, table.status, table.id, table.replyToItemId),
    index('posts_status_updated_idx').on(table.status, table.updatedAt),
    // The outbox's view: open posts in time order, without reading the published history.
    index('posts_status_scheduled_idx').on(table.status, table.scheduledAt),
    index('posts_campaign_idx').on(table.campaignId),
    index('posts_recycled_from_idx').on(table.recycledFromId),
    // The few evergreen posts, found without reading every post: the queue asks at each start
    // whether there are any, and a full scan of 100k posts cost the cold start about 34 ms.
    index('posts_evergreen_idx')
      .on(table.status)
      .where(sql`evergreen = 1`),
    // Exactly one post per occurrence: growing a series twice can never make a second.
    uniqueIndex('posts_series_occurrence_idx').on(table.seriesId, table.occurrenceLocal),
  ],
);

/**
 * A channel's weekly posting slots, as wall-clock times in the business time zone: "Add to
 * queue" fills them in order. ISO weekday, 1 = Monday.
 */
export const queueSlots = sqliteTable(
  'queue_slots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    /** 'HH:MM', 24-hour. */
    time: text('time').notNull(),
  },
  (table) => [uniqueIndex('queue_slots_channel_time_idx').on(table.channelId, table.weekday, table.time)],
);

/** What a post of a series copies, so later occurrences are made from it rather than from an edited one. */
export interface SeriesTemplate {
  body: string;
  kind: (typeof POST_KINDS)[number];
  campaignId: string | null;
  targets: { channelId: string; bodyOverride: string | null; handOff: boolean }[];
  media: { sha256: string; mimeType: string; byteSize: number; fileName: string; altText: string }[];
}

/**
 * A recurring post. Its occurrences are real posts made ahead within a rolling horizon, so the
 * outbox sends each exactly once like any other post (see core/series/series-store.ts).
 */
export const postSeries = sqliteTable('post_series', {
  id: text('id').primaryKey(),
  rule: text('rule', { mode: 'json' }).$type<RepeatRule>().notNull(),
  end: text('end', { mode: 'json' }).$type<SeriesEnd>().notNull(),
  startLocal: text('start_local').notNull(),
  timeZone: text('time_zone').notNull(),
  template: text('template', { mode: 'json' }).$type<SeriesTemplate>().notNull(),
  /** The last occurrence made as a post; the next growth starts after it, so a deleted one stays deleted. */
  madeThrough: text('made_through'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** One per channel a post goes to, each with its own text override and delivery state. */
export const postTargets = sqliteTable(
  'post_targets',
  {
    id: text('id').primaryKey(),
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    bodyOverride: text('body_override'),
    state: text('state', { enum: TARGET_STATES }).notNull().default('pending'),
    remoteId: text('remote_id'),
    remoteUrl: text('remote_url'),
    lastError: text('last_error'),
    /** lastError's catalog keys and values, so it shows in the owner's language; null for plain text. */
    lastErrorKey: text('last_error_key', { mode: 'json' }).$type<KeyedText[]>(),
    /** Sent with every attempt for this target, so the network can recognise a retry. */
    idempotencyKey: text('idempotency_key'),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    publishedAt: integer('published_at'),
    /** The owner asked for this target to be handed to the network's own scheduler (issue 11). */
    handOff: integer('hand_off', { mode: 'boolean' }).notNull().default(false),
    /** The network's id for the scheduled post it holds for this target, while it holds one. */
    handOffId: text('hand_off_id'),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('post_targets_post_channel_idx').on(table.postId, table.channelId),
    index('post_targets_channel_idx').on(table.channelId),
    index('post_targets_state_next_idx').on(table.state, table.nextAttemptAt),
    // The few targets waiting for a hand-off, found without reading every target.
    index('post_targets_hand_off_idx')
      .on(table.state)
      .where(sql`hand_off = 1`),
  ],
);

/**
 * One row per request Cadence sends to a network. Written before the request leaves and
 * completed after the answer, so a crash in between leaves evidence to reconcile.
 */
export const publishAttempts = sqliteTable(
  'publish_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: text('target_id')
      .notNull()
      .references(() => postTargets.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    outcome: text('outcome', { enum: ['published', 'retry', 'failed', 'unknown', 'handed_off'] }),
    httpStatus: integer('http_status'),
    serverAnswer: text('server_answer'),
  },
  (table) => [index('publish_attempts_target_idx').on(table.targetId, table.startedAt)],
);

/** Owner preferences, one JSON value per key. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** An image attached to a post. The bytes live under <data>/media by SHA-256. */
export const media = sqliteTable(
  'media',
  {
    id: text('id').primaryKey(),
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    mimeType: text('mime_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    fileName: text('file_name').notNull(),
    altText: text('alt_text').notNull().default(''),
    position: integer('position').notNull(),
    createdAt: integer('created_at').notNull(),
    /** What was read of a video when it was attached (all null for a photo). */
    videoDurationMs: integer('video_duration_ms'),
    videoCodec: text('video_codec'),
    videoWidth: integer('video_width'),
    videoHeight: integer('video_height'),
  },
  (table) => [index('media_post_idx').on(table.postId, table.position)],
);

/**
 * Append-only record of what happened. Not tied to posts by a foreign key,
 * so the history survives the deletion of what it describes.
 */
export const activityLog = sqliteTable(
  'activity_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    kind: text('kind').notNull(),
    postId: text('post_id'),
    targetId: text('target_id'),
    message: text('message').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (table) => [index('activity_log_post_idx').on(table.postId, table.at)],
);

/** A marketing campaign. Dates are calendar days in the business time zone (YYYY-MM-DD). */
export const campaigns = sqliteTable(
  'campaigns',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** utm_campaign on every tagged link; unique so imported rows find their campaign. */
    slug: text('slug').notNull(),
    goal: text('goal', { enum: ['awareness', 'traffic', 'sales'] }).notNull(),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    /** Minor units (cents) of `currency`. */
    budgetMinor: integer('budget_minor'),
    currency: text('currency'),
    channelIds: text('channel_ids', { mode: 'json' }).$type<string[]>().notNull(),
    landingUrl: text('landing_url'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [uniqueIndex('campaigns_slug_idx').on(table.slug)],
);

/** Money spent on ads, typed in or imported from an ad platform's export. */
export const adSpend = sqliteTable(
  'ad_spend',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    /** The ad platform's campaign name, kept so a campaign created later still finds its rows. */
    campaignName: text('campaign_name'),
    date: text('date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    impressions: integer('impressions'),
    clicks: integer('clicks'),
    source: text('source', { enum: ['manual', 'meta', 'google'] }).notNull(),
    note: text('note'),
    /** Imported rows only: the same row imported twice is stored once. */
    rowHash: text('row_hash'),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [
    uniqueIndex('ad_spend_row_hash_idx').on(table.rowHash),
    index('ad_spend_campaign_date_idx').on(table.campaignId, table.date),
  ],
);

/** Rows of a Google Analytics 4 export, by UTM tags. */
export const analyticsRows = sqliteTable(
  'analytics_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmContent: text('utm_content'),
    sessions: integer('sessions').notNull(),
    clicks: integer('clicks'),
    /** GA4 may count fractional key events, so this is not an integer. */
    conversions: real('conversions').notNull(),
    revenueMinor: integer('revenue_minor'),
    currency: text('currency'),
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    rowHash: text('row_hash').notNull(),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [
    uniqueIndex('analytics_rows_row_hash_idx').on(table.rowHash),
    index('analytics_rows_campaign_idx').on(table.campaignId, table.date),
  ],
);

/** Shop orders and payments (Shopify, Square, Stripe), joined to campaigns by UTM. */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source', { enum: ['shopify', 'square', 'stripe'] }).notNull(),
    orderId: text('order_id').notNull(),
    createdAt: integer('created_at').notNull(),
    /** The order's calendar day in the business time zone. */
    date: text('date').notNull(),
    totalMinor: integer('total_minor').notNull(),
    currency: text('currency').notNull(),
    landingSite: text('landing_site'),
    referringSite: text('referring_site'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmContent: text('utm_content'),
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    rowHash: text('row_hash').notNull(),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [
    uniqueIndex('orders_source_order_idx').on(table.source, table.orderId),
    index('orders_campaign_idx').on(table.campaignId, table.date),
  ],
);

/** One row per committed import, so the owner can see what came in from which file. */
export const importsLog = sqliteTable('imports_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull(),
  kind: text('kind').notNull(),
  rowsImported: integer('rows_imported').notNull(),
  rowsSkipped: integer('rows_skipped').notNull(),
  at: integer('at').notNull(),
});

/**
 * A mention, reply, quote, comment or message from a channel's network. Items outlive their
 * channel: removing it sets channel_id to null, and source_key (the account, not the channel
 * row) with channel_label keeps them identifiable and unique.
 */
export const inboxItems = sqliteTable(
  'inbox_items',
  {
    id: text('id').primaryKey(),
    channelId: text('channel_id').references((): AnySQLiteColumn => channels.id, { onDelete: 'set null' }),
    /** The account the item came to: network, server and remote account id. */
    sourceKey: text('source_key').notNull(),
    network: text('network', { enum: NETWORKS }).notNull(),
    /** The channel's name and handle when the item arrived, shown after the channel is gone. */
    channelLabel: text('channel_label').notNull(),
    remoteId: text('remote_id').notNull(),
    kind: text('kind', { enum: INBOX_KINDS }).notNull(),
    authorName: text('author_name'),
    authorHandle: text('author_handle').notNull(),
    authorAvatarUrl: text('author_avatar_url'),
    text: text('text').notNull().default(''),
    url: text('url'),
    /** Our post it answers, matched by its published target's remote id. */
    inReplyToPostId: text('in_reply_to_post_id').references((): AnySQLiteColumn => posts.id, {
      onDelete: 'set null',
    }),
    /** Remote ids of the message it answers and of its conversation's first message. */
    parentRemoteId: text('parent_remote_id'),
    rootRemoteId: text('root_remote_id'),
    /** The answered message when it is not ours, for the thread view. */
    parent: text('parent', { mode: 'json' }).$type<InboxContextMessage>(),
    /** What a connector needs to answer this item (ids, cids, chat, visibility). */
    replyTo: text('reply_to', { mode: 'json' }).$type<ReplyTo>().notNull(),
    receivedAt: integer('received_at').notNull(),
    syncedAt: integer('synced_at').notNull(),
    status: text('status', { enum: INBOX_STATUSES }).notNull().default('new'),
    firstRepliedAt: integer('first_replied_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('inbox_items_source_remote_idx').on(table.sourceKey, table.remoteId),
    // The list: newest first overall, by status, by channel and by kind.
    index('inbox_items_received_idx').on(table.receivedAt, table.id),
    index('inbox_items_status_received_idx').on(table.status, table.receivedAt),
    index('inbox_items_channel_received_idx').on(table.channelId, table.receivedAt),
    // "Unread on this channel": the list and its count without reading every item of the channel.
    index('inbox_items_channel_status_idx').on(table.channelId, table.status, table.receivedAt),
    index('inbox_items_kind_received_idx').on(table.kind, table.receivedAt),
    index('inbox_items_root_idx').on(table.sourceKey, table.rootRemoteId),
    index('inbox_items_post_idx').on(table.inReplyToPostId),
  ],
);

/** The owner's labels on inbox items, one row per label. */
export const inboxLabels = sqliteTable(
  'inbox_labels',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => inboxItems.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.itemId, table.label] }),
    index('inbox_labels_label_idx').on(table.label, table.itemId),
  ],
);

/** Where each channel's inbox sync stands: its network cursor, last result and backoff. */
export const inboxCursors = sqliteTable('inbox_cursors', {
  channelId: text('channel_id')
    .primaryKey()
    .references(() => channels.id, { onDelete: 'cascade' }),
  /** Opaque to the sync engine; each source decides what it holds. */
  cursor: text('cursor'),
  lastSyncedAt: integer('last_synced_at'),
  lastError: text('last_error'),
  /** lastError's catalog keys and values, so it shows in the owner's language; null for plain text. */
  lastErrorKey: text('last_error_key', { mode: 'json' }).$type<KeyedText[]>(),
  /** What the network lets Cadence see, when that is limited. */
  notice: text('notice'),
  failures: integer('failures').notNull().default(0),
  backoffUntil: integer('backoff_until'),
  updatedAt: integer('updated_at').notNull(),
});

/** Likes, reposts and follows counted per channel and business-zone day, for metrics. */
export const inboxInteractions = sqliteTable(
  'inbox_interactions',
  {
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD in the business time zone. */
    day: text('day').notNull(),
    likes: integer('likes').notNull().default(0),
    reposts: integer('reposts').notNull().default(0),
    follows: integer('follows').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.channelId, table.day] })],
);

/** Snippets the owner inserts into replies. */
export const savedReplies = sqliteTable('saved_replies', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * The owner's library of saved pieces the composer inserts: whole-post templates (with
 * {business}, {date} and {link} filled in when inserted), snippets such as a signature or a call
 * to action, and hashtag groups.
 */
export const libraryItems = sqliteTable(
  'library_items',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: LIBRARY_KINDS }).notNull(),
    name: text('name').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [index('library_items_kind_name_idx').on(table.kind, table.name)],
);

/** A channel's follower count as the network reported it at one moment (null: it did not say). */
export const metricSnapshots = sqliteTable(
  'metric_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    takenAt: integer('taken_at').notNull(),
    followers: integer('followers'),
  },
  (table) => [index('metric_snapshots_channel_taken_idx').on(table.channelId, table.takenAt)],
);

/** A published post's counts on one channel at one moment; null where the network gives no number. */
export const postMetrics = sqliteTable(
  'post_metrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: text('target_id')
      .notNull()
      .references(() => postTargets.id, { onDelete: 'cascade' }),
    takenAt: integer('taken_at').notNull(),
    likes: integer('likes'),
    reposts: integer('reposts'),
    replies: integer('replies'),
    quotes: integer('quotes'),
    views: integer('views'),
  },
  (table) => [index('post_metrics_target_taken_idx').on(table.targetId, table.takenAt)],
);

/** When the owner opened the follower and engagement numbers, for the plan's monthly check. */
export const metricViews = sqliteTable('metric_views', {
  viewedAt: integer('viewed_at').primaryKey(),
});

export const schema = {
  businessProfile,
  channels,
  posts,
  postSeries,
  postTargets,
  queueSlots,
  publishAttempts,
  media,
  activityLog,
  appSettings,
  campaigns,
  adSpend,
  analyticsRows,
  orders,
  importsLog,
  stageHistory,
  planTicks,
  planWeeks,
  brandKit,
  inboxItems,
  inboxLabels,
  inboxCursors,
  inboxInteractions,
  savedReplies,
  libraryItems,
  metricSnapshots,
  postMetrics,
  metricViews,
};
