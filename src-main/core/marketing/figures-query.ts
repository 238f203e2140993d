// Gathers what the database knows about a campaign or a post into the inputs of the
// figures, choosing each number's source as src-main/shared/figures.ts explains.
import { and, asc, between, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { computeFigures, type FigureInputs, type Figures } from '../../shared/figures';
import { say } from '../../shared/messages/owner-message';
import type { MoneyTotal } from '../../shared/money';
import type { AppDatabase } from '../db/open-database';
import { adSpend, analyticsRows, campaigns, orders, posts } from '../db/schema';

export interface CampaignFigureRow {
  campaignId: string;
  name: string;
  slug: string;
  figures: Figures;
}

export interface PostFigureRow {
  postId: string;
  campaignId: string | null;
  excerpt: string;
  figures: Figures;
}

export class FiguresQuery {
  constructor(private readonly db: AppDatabase) {}

  /** Every campaign's figures over the days from..to (inclusive, business time zone). */
  campaigns(from: string, to: string): CampaignFigureRow[] {
    return this.db
      .select({ id: campaigns.id, name: campaigns.name, slug: campaigns.slug })
      .from(campaigns)
      .orderBy(asc(campaigns.startsOn), asc(campaigns.name))
      .all()
      .map((c) => ({
        campaignId: c.id,
        name: c.name,
        slug: c.slug,
        figures: computeFigures(
          this.inputs({
            spend: and(eq(adSpend.campaignId, c.id), between(adSpend.date, from, to))!,
            analytics: and(eq(analyticsRows.campaignId, c.id), between(analyticsRows.date, from, to))!,
            orders: and(eq(orders.campaignId, c.id), between(orders.date, from, to))!,
          }),
        ),
      }));
  }

  /** Each campaign post's figures, from the rows whose utm_content is its id. */
  posts(campaignId?: string): PostFigureRow[] {
    return this.db
      .select({ id: posts.id, campaignId: posts.campaignId, body: posts.body })
      .from(posts)
      .where(campaignId ? eq(posts.campaignId, campaignId) : isNotNull(posts.campaignId))
      .orderBy(asc(posts.scheduledAt), asc(posts.createdAt))
      .all()
      .map((p) => ({
        postId: p.id,
        campaignId: p.campaignId,
        excerpt: p.body.slice(0, 140),
        figures: computeFigures({
          ...this.inputs({
            spend: null,
            analytics: eq(analyticsRows.utmContent, p.id),
            orders: eq(orders.utmContent, p.id),
          }),
          missing: {
            spend: say('figures.missing.spendPerCampaign'),
            impressions: say('figures.missing.impressionsFromNetworks'),
          },
        }),
      }));
  }

  private inputs(where: { spend: SQL | null; analytics: SQL; orders: SQL }): FigureInputs {
    const spend = where.spend ? this.spend(where.spend) : null;
    const analytics = this.analytics(where.analytics);
    const sold = this.orders(where.orders);
    const haveAnalytics = analytics.rows > 0;
    const haveOrders = sold.count > 0;
    return {
      impressions: spend && spend.impressionRows > 0 ? spend.impressions : null,
      clicks: haveAnalytics ? analytics.clicks : spend && spend.clickRows > 0 ? spend.clicks : null,
      clicksSource: haveAnalytics ? 'analytics' : 'ads',
      conversions: haveOrders ? sold.count : haveAnalytics ? analytics.conversions : null,
      conversionsSource: haveOrders ? 'orders' : 'analytics',
      spend: spend && spend.rows > 0 ? spend.total : null,
      revenue: haveOrders ? sold.total : analytics.revenueRows > 0 ? analytics.revenue : null,
      revenueSource: haveOrders ? 'orders' : 'analytics',
    };
  }

  private spend(where: SQL) {
    const rows = this.db
      .select({
        currency: adSpend.currency,
        amount: sql<number>`sum(${adSpend.amountMinor})`,
        rows: sql<number>`count(*)`,
        impressions: sql<number>`coalesce(sum(${adSpend.impressions}), 0)`,
        impressionRows: sql<number>`count(${adSpend.impressions})`,
        clicks: sql<number>`coalesce(sum(${adSpend.clicks}), 0)`,
        clickRows: sql<number>`count(${adSpend.clicks})`,
      })
      .from(adSpend)
      .where(where)
      .groupBy(adSpend.currency)
      .all();
    const total: MoneyTotal = {};
    for (const row of rows) total[row.currency] = row.amount;
    return {
      total,
      rows: sum(rows, 'rows'),
      impressions: sum(rows, 'impressions'),
      impressionRows: sum(rows, 'impressionRows'),
      clicks: sum(rows, 'clicks'),
      clickRows: sum(rows, 'clickRows'),
    };
  }

  private analytics(where: SQL) {
    const totals = this.db
      .select({
        rows: sql<number>`count(*)`,
        clicks: sql<number>`coalesce(sum(coalesce(${analyticsRows.clicks}, ${analyticsRows.sessions})), 0)`,
        conversions: sql<number>`coalesce(sum(${analyticsRows.conversions}), 0)`,
      })
      .from(analyticsRows)
      .where(where)
      .get()!;
    const revenueRows = this.db
      .select({ currency: analyticsRows.currency, amount: sql<number>`sum(${analyticsRows.revenueMinor})` })
      .from(analyticsRows)
      .where(and(where, isNotNull(analyticsRows.revenueMinor)))
      .groupBy(analyticsRows.currency)
      .all();
    const revenue: MoneyTotal = {};
    for (const row of revenueRows) if (row.currency) revenue[row.currency] = row.amount;
    return { ...totals, revenue, revenueRows: revenueRows.length };
  }

  private orders(where: SQL) {
    const rows = this.db
      .select({
        currency: orders.currency,
        amount: sql<number>`sum(${orders.totalMinor})`,
        count: sql<number>`count(*)`,
      })
      .from(orders)
      .where(where)
      .groupBy(orders.currency)
      .all();
    const total: MoneyTotal = {};
    for (const row of rows) total[row.currency] = row.amount;
    return { total, count: sum(rows, 'count') };
  }
}

function sum<K extends string>(rows: Array<Record<K, number>>, key: K): number {
  return rows.reduce((acc, row) => acc + Number(row[key]), 0);
}
