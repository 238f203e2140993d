import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  ChannelLimits,
  POSTING_ALLOWANCE_SETTING,
  PostingAllowance,
  ReminderSetup,
  type Channel,
  type Network,
} from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { channels, posts, postTargets } from '../db/schema';
import { refreshPostStatus } from '../outbox/post-status';
import { refuseWhileChannelInProgress, type ChannelChange } from '../outbox/send-in-progress';
import { say } from '../../shared/messages/owner-message';
import { REMINDER_SETTING } from '../../shared/reminder-presets';

type ChannelRow = typeof channels.$inferSelect;

/** The parts of a channel's row a connector's Account is built from. */
export type ChannelAccountFields = Pick<
  ChannelRow,
  | 'network'
  | 'displayName'
  | 'handle'
  | 'connection'
  | 'serverUrl'
  | 'remoteAccountId'
  | 'settings'
  | 'accessExpiresAt'
  | 'refreshExpiresAt'
>;

/** What a finished sign-in keeps in the channel's row (its secret goes to the keychain). */
export type SignedInFields = Pick<
  ChannelRow,
  | 'network'
  | 'handle'
  | 'serverUrl'
  | 'remoteAccountId'
  | 'avatarUrl'
  | 'followersCount'
  | 'settings'
  | 'accessExpiresAt'
  | 'refreshExpiresAt'
>;

/** The profile a working sign-in shows in Settings. */
export type CheckedProfile = Pick<ChannelRow, 'handle' | 'avatarUrl' | 'followersCount'>;

/**
 * The channels table and its only writer. The channel services in connectors/ reach it through
 * the interfaces in connectors/channel-records.ts, which this class meets.
 */
export class ChannelStore {
  // Prepared once: the channels are read on most requests and by each background task's pass.
  private readonly listQuery;

  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {
    this.listQuery = db.select().from(channels).orderBy(asc(channels.createdAt)).prepare();
  }

  list(): Channel[] {
    return this.listQuery.all().map(toChannel);
  }

  add(input: { network: Network; displayName: string; handle: string }): Channel {
    const now = this.clock.now();
    const id = randomUUID();
    this.db
      .insert(channels)
      .values({ id, ...input, createdAt: now, updatedAt: now })
      .run();
    return this.get(id);
  }

  get(id: string): Channel {
    const row = this.db.select().from(channels).where(eq(channels.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('errors.channel.gone'));
    return toChannel(row);
  }

  /**
   * Removes a channel and its posts' targets there, never while a post is being sent to it or
   * checked on it, and brings each of those posts' status up to date: published once every
   * channel left has it, back to drafts when no channel is left. Returns those posts' ids.
   */
  remove(id: string): string[] {
    const now = this.clock.now();
    return this.db.transaction((tx) => {
      const channel = tx
        .select({ name: channels.displayName })
        .from(channels)
        .where(eq(channels.id, id))
        .get();
      if (!channel) throw new AppError('NOT_FOUND', say('errors.channel.gone'));
      const targets = tx
        .select({
          postId: postTargets.postId,
          state: postTargets.state,
          nextAttemptAt: postTargets.nextAttemptAt,
        })
        .from(postTargets)
        .where(eq(postTargets.channelId, id))
        .all();
      refuseWhileChannelInProgress(targets, channel.name, 'removeChannel');
      // Its targets go with it (ON DELETE CASCADE).
      tx.delete(channels).where(eq(channels.id, id)).run();
      const postIds = [...new Set(targets.map((t) => t.postId))];
      for (const postId of postIds) {
        const left = tx
          .select({ id: postTargets.id })
          .from(postTargets)
          .where(eq(postTargets.postId, postId))
          .get();
        if (left) refreshPostStatus(tx, postId, now);
        else {
          // Nowhere left to send it: a plan with no channel is a draft (posts.schedule asks for one).
          tx.update(posts)
            .set({
              status: 'draft',
              scheduledAt: null,
              scheduledTimeZone: null,
              scheduledLocal: null,
              updatedAt: now,
            })
            .where(and(eq(posts.id, postId), inArray(posts.status, ['scheduled', 'failed'])))
            .run();
        }
      }
      return postIds;
    });
  }

  /** The row behind a connected account, or null when the channel is gone. */
  accountFields(id: string): ChannelAccountFields | null {
    const row = this.db.select().from(channels).where(eq(channels.id, id)).get();
    return row ?? null;
  }

  /** A finished sign-in for an account not yet in Cadence: a new connected channel under `id`. */
  addConnected(id: string, displayName: string, account: SignedInFields): Channel {
    const now = this.clock.now();
    this.db
      .insert(channels)
      .values({ id, displayName, createdAt: now, ...connectedFields(account, now) })
      .run();
    return this.get(id);
  }

  /** A finished sign-in on an existing channel: connected again, any earlier refusal cleared. */
  reconnect(id: string, account: SignedInFields, displayName?: string): Channel {
    const now = this.clock.now();
    this.db
      .update(channels)
      .set({ ...connectedFields(account, now), ...(displayName ? { displayName } : {}) })
      .where(eq(channels.id, id))
      .run();
    return this.get(id);
  }

  /** The stored sign-in works: connected, no refusal, and the profile as the network shows it now. */
  confirmConnected(id: string, profile: CheckedProfile): Channel {
    const now = this.clock.now();
    this.db
      .update(channels)
      .set({
        connection: 'connected',
        credentialFailedAt: null,
        handle: profile.handle,
        avatarUrl: profile.avatarUrl,
        followersCount: profile.followersCount,
        lastCheckedAt: now,
        updatedAt: now,
      })
      .where(eq(channels.id, id))
      .run();
    return this.get(id);
  }

  /** The credentials are forgotten; the channel and its posts stay, ready to reconnect. */
  markDisconnected(id: string): Channel {
    this.db
      .update(channels)
      .set({ connection: 'manual', updatedAt: this.clock.now() })
      .where(eq(channels.id, id))
      .run();
    return this.get(id);
  }

  /** Pauses or resumes the channel's posting queue (issue 12): a paused queue's posts wait. */
  setQueuePaused(id: string, paused: boolean): void {
    this.db
      .update(channels)
      .set({ queuePaused: paused, updatedAt: this.clock.now() })
      .where(eq(channels.id, id))
      .run();
  }

  /** When a renewed credential ends, so the calendar can warn before it does. */
  setCredentialExpiry(id: string, expiry: Pick<ChannelRow, 'accessExpiresAt' | 'refreshExpiresAt'>): void {
    this.db
      .update(channels)
      .set({
        accessExpiresAt: expiry.accessExpiresAt,
        refreshExpiresAt: expiry.refreshExpiresAt,
        updatedAt: this.clock.now(),
      })
      .where(eq(channels.id, id))
      .run();
  }

  /** Read and written in one synchronous step, so two merges never lose each other's keys. */
  mergeSettings(id: string, patch: Record<string, unknown>): void {
    const row = this.db
      .select({ settings: channels.settings })
      .from(channels)
      .where(eq(channels.id, id))
      .get();
    if (!row) return;
    this.db
      .update(channels)
      .set({ settings: { ...row.settings, ...patch }, updatedAt: this.clock.now() })
      .where(eq(channels.id, id))
      .run();
  }

  /**
   * The network will not renew a sign-in that still works: it keeps publishing until its end,
   * and the refusal tells the calendar that posts after that end are at risk.
   */
  markRenewalRefused(id: string): void {
    const now = this.clock.now();
    this.db
      .update(channels)
      .set({ credentialFailedAt: now, updatedAt: now })
      .where(eq(channels.id, id))
      .run();
  }

  /** Refuses while a post is being sent to, or checked on, any of the channels; `change` is what waits. */
  refuseWhileInProgress(ids: readonly string[], change: ChannelChange): void {
    for (const id of ids) {
      const targets = this.db
        .select({ state: postTargets.state, nextAttemptAt: postTargets.nextAttemptAt })
        .from(postTargets)
        .where(eq(postTargets.channelId, id))
        .all();
      refuseWhileChannelInProgress(targets, this.get(id).displayName, change);
    }
  }

  /** The network refused the sign-in: nothing but reconnecting helps, from now on. */
  markNeedsReconnect(id: string): void {
    const now = this.clock.now();
    this.db
      .update(channels)
      .set({ connection: 'needs_reconnect', credentialFailedAt: now, updatedAt: now })
      .where(eq(channels.id, id))
      .run();
  }

  /** Throws a plain-language error naming how many of the ids are unknown. */
  assertExist(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const found = this.db
      .select({ id: channels.id })
      .from(channels)
      .where(inArray(channels.id, [...ids]))
      .all();
    if (found.length !== new Set(ids).size) {
      throw new AppError('NOT_FOUND', say('errors.channel.chosenGone'));
    }
  }
}

/** The row of a channel just signed in: connected, its ends as the network gave them, no refusal. */
function connectedFields(account: SignedInFields, now: number) {
  return {
    network: account.network,
    handle: account.handle,
    serverUrl: account.serverUrl,
    remoteAccountId: account.remoteAccountId,
    avatarUrl: account.avatarUrl,
    followersCount: account.followersCount,
    settings: account.settings,
    accessExpiresAt: account.accessExpiresAt,
    refreshExpiresAt: account.refreshExpiresAt,
    connection: 'connected' as const,
    credentialFailedAt: null,
    lastCheckedAt: now,
    updatedAt: now,
  };
}

function toChannel(row: ChannelRow): Channel {
  return {
    id: row.id,
    network: row.network,
    displayName: row.displayName,
    handle: row.handle,
    connection: row.connection,
    serverUrl: row.serverUrl,
    avatarUrl: row.avatarUrl,
    followersCount: row.followersCount,
    limits: limitsIn(row.settings),
    postingAllowance: allowanceIn(row.settings),
    accessExpiresAt: row.accessExpiresAt,
    refreshExpiresAt: row.refreshExpiresAt,
    credentialFailedAt: row.credentialFailedAt,
    handOffOnSleep: row.settings?.[HAND_OFF_ON_SLEEP_SETTING] === true,
    // Only when paused: a running queue is the rule, and adds nothing to every channel's shape.
    ...(row.queuePaused ? { queuePaused: true } : {}),
    ...reminderIn(row.settings),
    createdAt: row.createdAt,
  };
}

/** The owner's "Hand off automatically when my laptop goes to sleep", kept with the channel's settings. */
export const HAND_OFF_ON_SLEEP_SETTING = 'handOffOnSleep';

/** A "Remind me" channel keeps its network under settings.reminder. */
function reminderIn(settings: Record<string, unknown> | null): { reminder?: ReminderSetup } {
  const parsed = ReminderSetup.safeParse(settings?.[REMINDER_SETTING]);
  return parsed.success ? { reminder: parsed.data } : {};
}

/** Connectors keep what the network says about posts left under settings.postingAllowance. */
function allowanceIn(settings: Record<string, unknown> | null): PostingAllowance | undefined {
  const parsed = PostingAllowance.safeParse(settings?.[POSTING_ALLOWANCE_SETTING]);
  return parsed.success ? parsed.data : undefined;
}

/** Connectors keep server-reported limits under settings.limits; anything malformed is ignored. */
function limitsIn(settings: Record<string, unknown> | null): ChannelLimits | null {
  const parsed = ChannelLimits.safeParse(settings?.limits);
  return parsed.success ? parsed.data : null;
}
