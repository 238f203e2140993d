import { z } from 'zod';

/** The languages Cadence speaks, or "system": the first of the computer's languages it speaks. */
export const LANGUAGE_CHOICES = ['system', 'en', 'de'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Light or dark: as the computer is set ("system"), or always one of them. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * How far ahead "keep this laptop awake" reaches, in hours: the quit question offers to stay awake
 * for the posts due within this many hours (the owner's choice in Settings).
 */
export const KEEP_AWAKE_HOURS = [2, 6, 12, 24] as const;
export type KeepAwakeHours = (typeof KEEP_AWAKE_HOURS)[number];

const settingFields = {
  /** Posts missed (laptop asleep, app closed) by less than this are still sent on wake. */
  graceWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  /** Closing the window keeps Cadence running in the tray so scheduled posts still go out. */
  closeToTray: z.boolean(),
  /** Whether the tray behaviour was explained the first time the window closed. */
  closeToTrayExplained: z.boolean(),
  notifyOnSuccess: z.boolean(),
  language: z.enum(LANGUAGE_CHOICES),
  theme: z.enum(THEME_CHOICES),
  /** Cadence starts when the owner logs in, so the publishing timer runs without being opened. */
  openAtLogin: z.boolean(),
  /** One notification for what arrived in the inbox since the last check. */
  notifyInbox: z.boolean(),
  keepAwakeHours: z.union(KEEP_AWAKE_HOURS.map((hours) => z.literal(hours))),
};

/** Owner preferences with their defaults. */
export const AppSettings = z.object({
  graceWindowMinutes: settingFields.graceWindowMinutes.default(120),
  closeToTray: settingFields.closeToTray.default(true),
  closeToTrayExplained: settingFields.closeToTrayExplained.default(false),
  notifyOnSuccess: settingFields.notifyOnSuccess.default(false),
  language: settingFields.language.default('system'),
  theme: settingFields.theme.default('system'),
  openAtLogin: settingFields.openAtLogin.default(false),
  notifyInbox: settingFields.notifyInbox.default(true),
  keepAwakeHours: settingFields.keepAwakeHours.default(12),
});
export type AppSettings = z.infer<typeof AppSettings>;

/**
 * A change to some settings. Without defaults on purpose: a partial of AppSettings fills every
 * setting left out with its default, so changing one setting would reset all the others.
 */
export const AppSettingsChanges = z.object(settingFields).partial().strict();
export type AppSettingsChanges = z.infer<typeof AppSettingsChanges>;

export const OutboxStatus = z.object({
  online: z.boolean(),
  /** Targets waiting to go out: scheduled, sending or waiting to retry. */
  queued: z.number().int().nonnegative(),
  /** Targets the owner must look at: failed, missed, or an outcome only they can confirm. */
  attention: z.number().int().nonnegative(),
  nextAt: z.number().int().nullable(),
});
export type OutboxStatus = z.infer<typeof OutboxStatus>;
