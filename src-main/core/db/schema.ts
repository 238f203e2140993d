// The one place the database schema is defined. drizzle-kit generates the committed
// migrations in ./migrations from this file (`npm run db:generate`).

import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const POST_STATUSES = ['draft', 'scheduled', 'published', 'failed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const TARGET_STATES = [
  'pending',
  'scheduled',
  'sending',
  'retry_wait',
  'published',
  'failed',
  'unknown',
] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export const NETWORKS = ['bluesky', 'mastodon', 'telegram', 'discord', 'webhook', 'x'] as const;
export type Network = (typeof NETWORKS)[number];

export const STAGES = ['starting', 'growing', 'scaling'] as const;
export type Stage = (typeof STAGES)[number];

/** Single row (id = 1): who the business is and which clock it lives by. */
export const businessProfile = sqliteTable('business_profile', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().default(''),
  timeZone: text('time_zone').notNull(),
  stage: text('stage', { enum: STAGES }).notNull().default('starting'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** A place the business posts to. Credentials never live here; they go to the OS keychain. */
export const channels = sqliteTable('channels', {
  id: text('id').primaryKey(),
  network: text('network', { enum: NETWORKS }).notNull(),
  displayName: text('display_name').notNull(),
  handle: text('handle').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const posts = sqliteTable(
  'posts',
  {
    id: text('id').primaryKey(),
    body: text('body').notNull().default(''),
    status: text('status', { enum: POST_STATUSES }).notNull().default('draft'),
    /** The instant to publish, in UTC milliseconds. */
    scheduledAt: integer('scheduled_at'),
    /** The IANA zone the owner planned in, and the wall-clock time they chose there. */
    scheduledTimeZone: text('scheduled_time_zone'),
    scheduledLocal: text('scheduled_local'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    index('posts_scheduled_at_idx').on(table.scheduledAt),
    index('posts_status_updated_idx').on(table.status, table.updatedAt),
  ],
);

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
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('post_targets_post_channel_idx').on(table.postId, table.channelId),
    index('post_targets_channel_idx').on(table.channelId),
  ],
);

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

export const schema = { businessProfile, channels, posts, postTargets, media, activityLog };
