// Ad spend entered by hand. Imported spend is written by the import service; both are read here.
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { SpendEntry } from '../../shared/marketing';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { adSpend } from '../db/schema';
import { say } from '../../shared/messages/owner-message';

export class SpendStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  add(input: {
    campaignId: string;
    date: string;
    amountMinor: number;
    currency: string;
    note?: string;
  }): SpendEntry {
    const id = randomUUID();
    this.db
      .insert(adSpend)
      .values({
        id,
        campaignId: input.campaignId,
        date: input.date,
        amountMinor: input.amountMinor,
        currency: input.currency,
        source: 'manual',
        note: input.note?.trim() || null,
        importedAt: this.clock.now(),
      })
      .run();
    return this.get(id);
  }

  list(campaignId?: string): SpendEntry[] {
    return this.db
      .select(columns)
      .from(adSpend)
      .where(campaignId ? eq(adSpend.campaignId, campaignId) : undefined)
      .orderBy(desc(adSpend.date), desc(adSpend.importedAt))
      .all();
  }

  /** Only hand-typed entries are deleted one by one; imported rows belong to their file. */
  deleteManual(id: string): void {
    const result = this.db
      .delete(adSpend)
      .where(and(eq(adSpend.id, id), eq(adSpend.source, 'manual')))
      .run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', say('errors.campaign.spendGone'));
  }

  private get(id: string): SpendEntry {
    return this.db.select(columns).from(adSpend).where(eq(adSpend.id, id)).get()!;
  }
}

const columns = {
  id: adSpend.id,
  campaignId: adSpend.campaignId,
  campaignName: adSpend.campaignName,
  date: adSpend.date,
  amountMinor: adSpend.amountMinor,
  currency: adSpend.currency,
  impressions: adSpend.impressions,
  clicks: adSpend.clicks,
  source: adSpend.source,
  note: adSpend.note,
  importedAt: adSpend.importedAt,
};
