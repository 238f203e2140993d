import { z } from 'zod';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { appSettings } from '../db/schema';

/** Owner preferences with their defaults; unknown or malformed stored values fall back to them. */
export const AppSettings = z.object({
  /** Posts missed (laptop asleep, app closed) by less than this are still sent on wake. */
  graceWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(120),
  /** Closing the window keeps Cadence running in the tray so scheduled posts still go out. */
  closeToTray: z.boolean().default(true),
  /** Whether the tray behaviour was explained the first time the window closed. */
  closeToTrayExplained: z.boolean().default(false),
  notifyOnSuccess: z.boolean().default(false),
});
export type AppSettings = z.infer<typeof AppSettings>;

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
