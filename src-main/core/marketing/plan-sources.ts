// When the plan's marketing items start checking themselves: each once its data exists in
// Cadence (a campaign set up, ad spend recorded, clicks or conversions imported). Before
// that, the item says what to do first instead of showing 0 of 1.
import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../db/open-database';
import { adSpend, analyticsRows, campaigns, orders } from '../db/schema';
import type { AdSpendFacts, CampaignFacts, ConversionFacts } from '../plan/facts';
import { marketingPlanFacts } from './plan-facts';

export function marketingPlanSources(db: AppDatabase, timeZone: () => string) {
  const facts = marketingPlanFacts(db, timeZone);
  const any = (table: SQLiteTable) =>
    db
      .select({ one: sql`1` })
      .from(table)
      .limit(1)
      .get() !== undefined;
  return {
    campaigns: (): CampaignFacts | null => (any(campaigns) ? facts.campaigns : null),
    adSpend: (): AdSpendFacts | null => (any(adSpend) ? facts.adSpend : null),
    conversions: (): ConversionFacts | null => (any(analyticsRows) || any(orders) ? facts.conversions : null),
  };
}
