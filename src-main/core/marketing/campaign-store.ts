// Campaigns, which posts belong to them, and the link from imported rows (ad spend, GA4,
// orders) to the campaign they name. Imported rows keep their own campaign text, so a
// campaign created after the import still finds them.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Post } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { slugify, type Campaign } from '../../shared/marketing';
import { MAY_BE_OUT } from '../../shared/target-states';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { adSpend, analyticsRows, campaigns, orders, posts, postTargets } from '../db/schema';
import { say } from '../../shared/messages/owner-message';

export interface CampaignFields {
  name?: string;
  slug?: string;
  goal?: Campaign['goal'];
  startsOn?: string | null;
  endsOn?: string | null;
  budgetMinor?: number | null;
  currency?: string | null;
  channelIds?: string[];
  landingUrl?: string | null;
}

export class CampaignStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  list(): Campaign[] {
    return this.db
      .select({ ...campaignColumns, postCount: postCount })
      .from(campaigns)
      .orderBy(asc(campaigns.startsOn), asc(campaigns.name))
      .all();
  }

  get(id: string): Campaign {
    const row = this.db
      .select({ ...campaignColumns, postCount: postCount })
      .from(campaigns)
      .where(eq(campaigns.id, id))
      .get();
    if (!row) throw new AppError('NOT_FOUND', say('errors.campaign.gone'));
    return row;
  }

  create(input: CampaignFields & { name: string; goal: Campaign['goal'] }): Campaign {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) {
      throw new AppError('INVALID_INPUT', say('errors.campaign.name'));
    }
    this.assertSlugFree(slug, null);
    const id = randomUUID();
    const now = this.clock.now();
    this.db
      .insert(campaigns)
      .values({
        id,
        name: input.name,
        slug,
        goal: input.goal,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        budgetMinor: input.budgetMinor ?? null,
        currency: input.currency ?? null,
        channelIds: [...new Set(input.channelIds ?? [])],
        landingUrl: input.landingUrl ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    this.linkImportedRows(id);
    return this.get(id);
  }

  update(id: string, changes: CampaignFields): Campaign {
    const current = this.get(id);
    const next = { ...current, ...changes };
    if (next.startsOn && next.endsOn && next.startsOn > next.endsOn) {
      throw new AppError('INVALID_INPUT', say('errors.campaign.dates'));
    }
    if (next.budgetMinor !== null && !next.currency) {
      throw new AppError('INVALID_INPUT', say('errors.campaign.currency'));
    }
    if (changes.slug !== undefined && changes.slug !== current.slug) {
      this.assertSlugFree(changes.slug, id);
      if (this.hasSentPosts(id)) {
        throw new AppError('CONFLICT', say('errors.campaign.slugInUse', { slug: current.slug }));
      }
    }
    this.db
      .update(campaigns)
      .set({
        ...changes,
        ...(changes.channelIds ? { channelIds: [...new Set(changes.channelIds)] } : {}),
        updatedAt: this.clock.now(),
      })
      .where(eq(campaigns.id, id))
      .run();
    this.linkImportedRows(id);
    return this.get(id);
  }

  /** Its posts stay, without a campaign; imported rows stay, unlinked. */
  delete(id: string): void {
    const result = this.db.delete(campaigns).where(eq(campaigns.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', say('errors.campaign.goneShort'));
  }

  setPostCampaign(post: Post, campaignId: string | null): void {
    if (campaignId !== null) this.get(campaignId);
    const current = this.db
      .select({ campaignId: posts.campaignId })
      .from(posts)
      .where(eq(posts.id, post.id))
      .get();
    if (current?.campaignId === campaignId) return;
    if (post.targets.some((t) => MAY_BE_OUT.includes(t.state))) {
      throw new AppError('CONFLICT', say('errors.campaign.postOut'));
    }
    this.db
      .update(posts)
      // A post in a campaign counts as marketing in the plan's balance (issue 5's post kinds).
      .set({ campaignId, ...(campaignId ? { kind: 'campaign' as const } : {}), updatedAt: this.clock.now() })
      .where(eq(posts.id, post.id))
      .run();
  }

  campaignOfPost(postId: string): { id: string; slug: string } | null {
    return (
      this.db
        .select({ id: campaigns.id, slug: campaigns.slug })
        .from(posts)
        .innerJoin(campaigns, eq(campaigns.id, posts.campaignId))
        .where(eq(posts.id, postId))
        .get() ?? null
    );
  }

  /** The campaign an imported row names: by slug (utm_campaign) or by the ad platform's campaign name. */
  resolve(text: string | null): string | null {
    if (!text) return null;
    const key = slugify(text);
    const row = this.db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(
        sql`${campaigns.slug} = ${key} or ${campaigns.slug} = lower(${text}) or lower(${campaigns.name}) = lower(${text})`,
      )
      .get();
    return row?.id ?? null;
  }

  /** Links the unlinked imported rows that name this campaign. */
  private linkImportedRows(id: string): void {
    this.db.transaction((tx) => {
      const names = tx
        .selectDistinct({ name: adSpend.campaignName })
        .from(adSpend)
        .where(isNull(adSpend.campaignId))
        .all()
        .map((r) => r.name)
        .filter((name): name is string => name !== null && this.resolve(name) === id);
      if (names.length > 0) {
        tx.update(adSpend)
          .set({ campaignId: id })
          .where(and(isNull(adSpend.campaignId), inArray(adSpend.campaignName, names)))
          .run();
      }
      for (const table of [analyticsRows, orders]) {
        const keys = tx
          .selectDistinct({ key: table.utmCampaign })
          .from(table)
          .where(isNull(table.campaignId))
          .all()
          .map((r) => r.key)
          .filter((key): key is string => key !== null && this.resolve(key) === id);
        if (keys.length > 0) {
          tx.update(table)
            .set({ campaignId: id })
            .where(and(isNull(table.campaignId), inArray(table.utmCampaign, keys)))
            .run();
        }
      }
    });
  }

  private assertSlugFree(slug: string, exceptId: string | null): void {
    const taken = this.db
      .select({ id: campaigns.id, name: campaigns.name })
      .from(campaigns)
      .where(eq(campaigns.slug, slug))
      .get();
    if (taken && taken.id !== exceptId) {
      throw new AppError('CONFLICT', say('errors.campaign.slugTaken', { name: taken.name, slug }));
    }
  }

  private hasSentPosts(id: string): boolean {
    return !!this.db
      .select({ id: postTargets.id })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .where(and(eq(posts.campaignId, id), inArray(postTargets.state, MAY_BE_OUT)))
      .get();
  }
}

const campaignColumns = {
  id: campaigns.id,
  name: campaigns.name,
  slug: campaigns.slug,
  goal: campaigns.goal,
  startsOn: campaigns.startsOn,
  endsOn: campaigns.endsOn,
  budgetMinor: campaigns.budgetMinor,
  currency: campaigns.currency,
  channelIds: campaigns.channelIds,
  landingUrl: campaigns.landingUrl,
  createdAt: campaigns.createdAt,
  updatedAt: campaigns.updatedAt,
};
const postCount = sql<number>`(select count(*) from posts p where p.campaign_id = campaigns.id)`;
