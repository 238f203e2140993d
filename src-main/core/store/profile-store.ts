import { eq } from 'drizzle-orm';
import type { Profile } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { businessProfile } from '../db/schema';

const PROFILE_ID = 1;

/** The single business profile row, created on first read with the laptop's time zone. */
export class ProfileStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    private readonly defaultTimeZone: string,
  ) {}

  get(): Profile {
    const row = this.db.select().from(businessProfile).where(eq(businessProfile.id, PROFILE_ID)).get();
    if (row) return { name: row.name, timeZone: row.timeZone, stage: row.stage };
    const now = this.clock.now();
    this.db
      .insert(businessProfile)
      .values({ id: PROFILE_ID, timeZone: this.defaultTimeZone, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .run();
    return this.get();
  }

  update(changes: Partial<Profile>): Profile {
    this.get();
    this.db
      .update(businessProfile)
      .set({ ...changes, updatedAt: this.clock.now() })
      .where(eq(businessProfile.id, PROFILE_ID))
      .run();
    return this.get();
  }
}
