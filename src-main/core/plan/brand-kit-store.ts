import { eq } from 'drizzle-orm';
import { BrandKit, DEFAULT_BRAND_KIT } from '../../shared/brand-kit/kit';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { brandKit } from '../db/schema';

const KIT_ID = 1;

/** The single brand kit row. Until the owner saves one, there is none: the plan tells the two apart. */
export class BrandKitStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  /** The saved kit, or null. A stored kit that no longer parses reads as none rather than failing. */
  saved(): BrandKit | null {
    const row = this.db.select().from(brandKit).where(eq(brandKit.id, KIT_ID)).get();
    if (!row) return null;
    const parsed = BrandKit.safeParse(row.kit);
    return parsed.success ? parsed.data : null;
  }

  /** The kit the composer checks against: the saved one, or the defaults. */
  get(): BrandKit {
    return this.saved() ?? DEFAULT_BRAND_KIT;
  }

  save(kit: BrandKit): BrandKit {
    const now = this.clock.now();
    this.db
      .insert(brandKit)
      .values({ id: KIT_ID, kit, updatedAt: now })
      .onConflictDoUpdate({ target: brandKit.id, set: { kit, updatedAt: now } })
      .run();
    return this.get();
  }
}
