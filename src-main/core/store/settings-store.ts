import { AppSettings } from '../../shared/app-settings';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { appSettings } from '../db/schema';

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
