// The queue's records: each channel's weekly slots and pause, and the posts that sit in slots.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Network } from '../../shared/entities';
import { compareSlots, type QueueEntry, type WeeklySlot } from '../../shared/queue';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { channels, media, posts, postTargets, queueSlots } from '../db/schema';
import type { EvergreenCandidate, TimelinePost } from './evergreen';
import type { NearbyPost } from './post-warnings';

const EXCERPT_LENGTH = 140;

export interface EvergreenSettings {
  evergreen: boolean;
  gapDays: number;
  until: number | null;
}

export class QueueStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  slotsOf(channelId: string): WeeklySlot[] {
    return this.db
      .select({ weekday: queueSlots.weekday, time: queueSlots.time })
      .from(queueSlots)
      .where(eq(queueSlots.channelId, channelId))
      .all()
      .sort(compareSlots);
  }

  /** Replaces the channel's slots with these (repeats dropped). */
  setSlots(channelId: string, slots: WeeklySlot[]): void {
    this.db.transaction((tx) => {
      tx.delete(queueSlots).where(eq(queueSlots.channelId, channelId)).run();
      for (const slot of slots) {
        tx.insert(queueSlots)
          .values({ channelId, ...slot })
          .onConflictDoNothing()
          .run();
      }
    });
  }

  isPaused(channelId: string): boolean {
    return (
      this.db.select({ paused: channels.queuePaused }).from(channels).where(eq(channels.id, channelId)).get()
        ?.paused ?? false
    );
  }

  /** Channels with slots and a queue that runs: the ones evergreen posts are recycled into. */
  runningChannels(): { id: string; network: Network }[] {
    return this.db.all(sql`
      select c.id as id, c.network as network from channels c
      where c.queue_paused = 0 and exists (select 1 from queue_slots s where s.channel_id = c.id)`);
  }

  /**
   * The posts in the channel's queue still to go out, soonest first: placed by "Add to queue"
   * (or recycled), scheduled, and not yet sending or handed to a network's scheduler there.
   */
  entries(channelId: string): QueueEntry[] {
    return this.db
      .all<{ postId: string; excerpt: string; scheduledAt: number; evergreen: number; recycled: number }>(
        sql`
        select p.id as postId, substr(coalesce(t.body_override, p.body), 1, ${EXCERPT_LENGTH}) as excerpt,
               p.scheduled_at as scheduledAt, p.evergreen as evergreen,
               p.recycled_from_id is not null as recycled
        from post_targets t join posts p on p.id = t.post_id
        where t.channel_id = ${channelId} and t.state = 'scheduled'
          and p.queued = 1 and p.status = 'scheduled' and p.scheduled_at is not null
        order by p.scheduled_at, p.id`,
      )
      .map((row) => ({ ...row, evergreen: row.evergreen === 1, recycled: row.recycled === 1 }));
  }

  /**
   * The instants in [from, until) taken on the channel by a post that is not a draft or a reply;
   * `except` leaves out the post being placed, so queueing it again may keep its own slot.
   */
  taken(channelId: string, from: number, until: number, except = ''): Set<number> {
    const rows = this.db.all<{ at: number }>(sql`
      select p.scheduled_at as at from post_targets t join posts p on p.id = t.post_id
      where t.channel_id = ${channelId} and p.status != 'draft' and p.reply_to_item_id is null
        and p.id != ${except} and p.scheduled_at >= ${from} and p.scheduled_at < ${until}`);
    return new Set(rows.map((row) => row.at));
  }

  /** The channel's posts in [from, until) with the text each goes out with there. */
  nearby(channelIds: string[], from: number, until: number): NearbyPost[] {
    if (channelIds.length === 0) return [];
    return this.db.all<NearbyPost>(sql`
      select p.id as postId, t.channel_id as channelId, p.scheduled_at as at,
             coalesce(t.body_override, p.body) as text
      from post_targets t join posts p on p.id = t.post_id
      where t.channel_id in (${sql.join(
        channelIds.map((id) => sql`${id}`),
        sql`, `,
      )})
        and p.status != 'draft' and p.reply_to_item_id is null
        and p.scheduled_at >= ${from} and p.scheduled_at < ${until}`);
  }

  timeline(channelId: string, from: number, until: number): TimelinePost[] {
    return this.nearby([channelId], from, until).map(({ at, text }) => ({ at, text }));
  }

  /** Evergreen posts on the channel that are ready to go (not drafts), with every use there. */
  evergreenCandidates(channelId: string): EvergreenCandidate[] {
    const rows = this.db.all<{
      postId: string;
      text: string;
      gapDays: number | null;
      until: number | null;
      uses: string | null;
    }>(sql`
      select p.id as postId, coalesce(t.body_override, p.body) as text, p.evergreen_gap_days as gapDays,
             p.evergreen_until as until,
             (select group_concat(u.scheduled_at) from posts u join post_targets ut on ut.post_id = u.id
               where ut.channel_id = t.channel_id and u.scheduled_at is not null
                 and (u.id = p.id or u.recycled_from_id = p.id)) as uses
      from posts p join post_targets t on t.post_id = p.id
      where p.evergreen = 1 and p.status != 'draft' and t.channel_id = ${channelId}`);
    return rows.map((row) => ({
      postId: row.postId,
      text: row.text,
      gapDays: row.gapDays ?? DEFAULT_EVERGREEN_GAP_DAYS,
      until: row.until,
      uses: row.uses ? row.uses.split(',').map(Number) : [],
    }));
  }

  anyEvergreen(): boolean {
    return this.db.get(sql`select 1 as one from posts where evergreen = 1 limit 1`) !== undefined;
  }

  setEvergreen(postId: string, settings: EvergreenSettings): void {
    this.db
      .update(posts)
      .set({
        evergreen: settings.evergreen,
        evergreenGapDays: settings.evergreen ? settings.gapDays : null,
        evergreenUntil: settings.evergreen ? settings.until : null,
        updatedAt: this.clock.now(),
      })
      .where(eq(posts.id, postId))
      .run();
  }

  /**
   * A recycled copy of an evergreen post for one channel at one slot: a post of its own, so the
   * outbox sends it exactly once like any other, and its history stays apart from the original's.
   */
  recycle(originalId: string, channelId: string, at: number, timeZone: string, local: string): string {
    const id = randomUUID();
    const now = this.clock.now();
    this.db.transaction((tx) => {
      const original = tx.select().from(posts).where(eq(posts.id, originalId)).get()!;
      const target = tx
        .select({ bodyOverride: postTargets.bodyOverride })
        .from(postTargets)
        .where(and(eq(postTargets.postId, originalId), eq(postTargets.channelId, channelId)))
        .get();
      tx.insert(posts)
        .values({
          id,
          body: original.body,
          kind: original.kind,
          campaignId: original.campaignId,
          status: 'scheduled',
          scheduledAt: at,
          scheduledTimeZone: timeZone,
          scheduledLocal: local,
          queued: true,
          recycledFromId: originalId,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      tx.insert(postTargets)
        .values({
          id: randomUUID(),
          postId: id,
          channelId,
          bodyOverride: target?.bodyOverride ?? null,
          state: 'scheduled',
          updatedAt: now,
        })
        .run();
      const images = tx
        .select()
        .from(media)
        .where(eq(media.postId, originalId))
        .orderBy(asc(media.position))
        .all();
      for (const image of images) {
        tx.insert(media)
          .values({ ...image, id: randomUUID(), postId: id, createdAt: now })
          .run();
      }
    });
    return id;
  }
}

/** The gap a post marked evergreen keeps between its uses when the owner gives none. */
export const DEFAULT_EVERGREEN_GAP_DAYS = 14;
