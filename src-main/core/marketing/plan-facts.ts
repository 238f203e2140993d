// The marketing facts the plan's rules read (issue 5): campaigns with a budget and dates,
// ad-spend entries, and imported clicks or conversions, each for a plan period.
import { and, between, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/open-database';
import { adSpend, analyticsRows, campaigns, orders } from '../db/schema';
import { dayIn } from '../imports/values';
import type { AdSpendFacts, CampaignFacts, ConversionFacts } from '../plan/facts';
import type { Period } from '../plan/periods';

export function marketingPlanFacts(
  db: AppDatabase,
  timeZone: () => string,
): { campaigns: CampaignFacts; adSpend: AdSpendFacts; conversions: ConversionFacts } {
  // Periods are instants [from, to); the marketing tables hold business-zone days.
  const days = (period: Period) => ({
    first: dayIn(period.from, timeZone()),
    last: dayIn(period.to - 1, timeZone()),
  });
  const count = sql<number>`count(*)`;
  return {
    campaigns: {
      runningWithBudgetAndDates(period) {
        const { first, last } = days(period);
        return db
          .select({ n: count })
          .from(campaigns)
          .where(
            and(
              isNotNull(campaigns.budgetMinor),
              lte(campaigns.startsOn, last),
              gte(campaigns.endsOn, first),
            ),
          )
          .get()!.n;
      },
    },
    adSpend: {
      entries(period) {
        const { first, last } = days(period);
        return db
          .select({ n: count })
          .from(adSpend)
          .where(between(adSpend.date, first, last))
          .get()!.n;
      },
    },
    conversions: {
      importedRows(period) {
        const { first, last } = days(period);
        const analytics = db
          .select({ n: count })
          .from(analyticsRows)
          .where(between(analyticsRows.date, first, last))
          .get()!.n;
        return (
          analytics +
          db
            .select({ n: count })
            .from(orders)
            .where(between(orders.date, first, last))
            .get()!.n
        );
      },
    },
  };
}
