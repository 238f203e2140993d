import { eq } from 'drizzle-orm';
import { AppSettings } from '../../shared/app-settings';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { appSettings } from '../db/schema';

/** Bookkeeping lists kept in the settings table: the sign-in risks already announced. */
export type NoteName = 'atRiskAnnounced';

export class SettingsStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  get(): AppSettings {
    const stored: Record<string, unknown> = {};
    for (const row of this.db.select().from(appSettings).all()) stored[row.key] = row.value;
    const defaults = AppSettings.parse({});
    const result: Record<string, unknown> = { ...defaults };
    for (const key of Object.keys(defaults) as Array<keyof AppSettings>) {
      const field = AppSettings.shape[key].safeParse(stored[key]);
      if (field.success && stored[key] !== undefined) result[key] = field.data;
    }
    return result as AppSettings;
  }

  /** Cadence's own bookkeeping kept beside the settings, never shown in Settings: a list of keys. */
  keysNoted(name: NoteName): string[] {
    const row = this.db
      .select()
      .from(appSettings)
      .where(eq(appSettings.key, `note:${name}`))
      .get();
    const value: unknown = row?.value;
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  }

  noteKeys(name: NoteName, keys: string[]): void {
    const now = this.clock.now();
    this.db
      .insert(appSettings)
      .values({ key: `note:${name}`, value: keys, updatedAt: now })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: keys, updatedAt: now } })
      .run();
  }

  update(changes: Partial<AppSettings>): AppSettings {
    const now = this.clock.now();
    this.db.transaction((tx) => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        tx.insert(appSettings)
          .values({ key, value, updatedAt: now })
          .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: now } })
          .run();
      }
    });
    return this.get();
  }
}
