// Reads the facts the plan is checked from, and keeps the owner's ticks and the closed weeks.
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { PostKind } from '../../shared/entities';
import type { PlanWeek } from '../../shared/plan';
import type { ChannelAtRisk } from '../../shared/posts-at-risk';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { planTicks, planWeeks } from '../db/schema';
import type { BrandKitStore } from './brand-kit-store';
import type { CoreFacts, PublishedPost } from './facts';
import type { Period } from './periods';

interface PublishedRow {
  id: string;
  kind: PostKind;
  publishedAt: number;
  texts: string;
}

export class PlanStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    private readonly kits: BrandKitStore,
    private readonly channelsAtRisk: () => ChannelAtRisk[],
  ) {}

  /**
   * A post counts as published when its first channel published it. Only posts with a target
   * published inside the period can qualify, so those are found first. Inbox replies are not posts.
   */
  published(period: Period): PublishedPost[] {
    const rows = this.db.all<PublishedRow>(sql`
      select p.id as id, p.kind as kind, min(t.published_at) as publishedAt,
        json_group_array(coalesce(t.body_override, p.body)) as texts
      from posts p join post_targets t on t.post_id = p.id
      where t.state = 'published' and t.published_at is not null and p.reply_to_item_id is null and p.id in (
        select post_id from post_targets
        where state = 'published' and published_at >= ${period.from} and published_at < ${period.to})
      group by p.id
      having min(t.published_at) >= ${period.from}
      order by publishedAt`);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      publishedAt: row.publishedAt,
      texts: [...new Set(JSON.parse(row.texts) as string[])],
    }));
  }

  scheduledBetween(from: number, to: number): number {
    const row = this.db.get<{ n: number }>(sql`
      select count(*) as n from posts
      where status = 'scheduled' and scheduled_at >= ${from} and scheduled_at < ${to}
        and reply_to_item_id is null`);
    return row?.n ?? 0;
  }

  /** The main text and the variants of campaign posts scheduled or first published in the period. */
  campaignTexts(period: Period): string[] {
    const rows = this.db.all<{ texts: string }>(sql`
      select json_group_array(coalesce(t.body_override, p.body)) as texts
      from posts p join post_targets t on t.post_id = p.id
      where p.kind = 'campaign' and (
        (p.scheduled_at >= ${period.from} and p.scheduled_at < ${period.to}) or p.id in (
          select post_id from post_targets
          where state = 'published' and published_at >= ${period.from} and published_at < ${period.to}))
      group by p.id`);
    return [...new Set(rows.flatMap((row) => JSON.parse(row.texts) as string[]))];
  }

  connectedChannels(): number {
    const row = this.db.get<{ n: number }>(
      sql`select count(*) as n from channels where connection = 'connected'`,
    );
    return row?.n ?? 0;
  }

  tickedAt(itemId: string, periodKey: string): number | null {
    const row = this.db
      .select({ tickedAt: planTicks.tickedAt })
      .from(planTicks)
      .where(and(eq(planTicks.itemId, itemId), eq(planTicks.periodKey, periodKey)))
      .get();
    return row?.tickedAt ?? null;
  }

  setTick(itemId: string, periodKey: string, done: boolean): void {
    if (!done) {
      this.db
        .delete(planTicks)
        .where(and(eq(planTicks.itemId, itemId), eq(planTicks.periodKey, periodKey)))
        .run();
      return;
    }
    this.db
      .insert(planTicks)
      .values({ itemId, periodKey, tickedAt: this.clock.now() })
      .onConflictDoNothing()
      .run();
  }

  /** The items ticked at an instant within [from, to), for the balance gauge. */
  itemsTickedBetween(from: number, to: number): string[] {
    return this.db
      .select({ itemId: planTicks.itemId })
      .from(planTicks)
      .where(and(gte(planTicks.tickedAt, from), lt(planTicks.tickedAt, to)))
      .all()
      .map((row) => row.itemId);
  }

  isWeekClosed(weekKey: string): boolean {
    return (
      this.db
        .select({ key: planWeeks.weekKey })
        .from(planWeeks)
        .where(eq(planWeeks.weekKey, weekKey))
        .get() !== undefined
    );
  }

  /** Stores a closed week once; a second close of the same week keeps the first snapshot. */
  closeWeek(week: PlanWeek): void {
    this.db
      .insert(planWeeks)
      .values({
        weekKey: week.key,
        startsAt: week.from,
        stage: week.stage,
        closedAt: week.closedAt,
        snapshot: week,
      })
      .onConflictDoNothing()
      .run();
  }

  recentWeeks(limit: number): PlanWeek[] {
    return this.db
      .select({ snapshot: planWeeks.snapshot })
      .from(planWeeks)
      .orderBy(desc(planWeeks.startsAt))
      .limit(limit)
      .all()
      .map((row) => row.snapshot);
  }

  /** Facts for one evaluation; posts read for a period are read once however many rules ask. */
  facts(): CoreFacts {
    const published = new Map<string, PublishedPost[]>();
    const kit = this.kits.saved();
    return {
      connectedChannels: this.connectedChannels(),
      brandKit: kit,
      published: (period) => {
        const key = `${period.from}:${period.to}`;
        if (!published.has(key)) published.set(key, this.published(period));
        return published.get(key)!;
      },
      scheduledBetween: (from, to) => this.scheduledBetween(from, to),
      campaignTexts: (period) => this.campaignTexts(period),
      tickedAt: (itemId, periodKey) => this.tickedAt(itemId, periodKey),
      channelsAtRisk: this.channelsAtRisk,
    };
  }
}
