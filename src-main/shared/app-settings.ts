import { z } from 'zod';

/** Owner preferences with their defaults. */
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

export const OutboxStatus = z.object({
  online: z.boolean(),
  /** Targets waiting to go out: scheduled, sending or waiting to retry. */
  queued: z.number().int().nonnegative(),
  /** Targets the owner must look at: failed, missed, or an outcome only they can confirm. */
  attention: z.number().int().nonnegative(),
  nextAt: z.number().int().nullable(),
});
export type OutboxStatus = z.infer<typeof OutboxStatus>;
