// The business profile, the app's preferences and state, and the owner's own developer apps
// (X, Facebook and Instagram, Threads, LinkedIn). An app's secret goes in, never out: the
// renderer only learns that one is saved.
import { z } from 'zod';
import { AppSettings, AppSettingsChanges } from '../app-settings';
import { LIMITS, Network, Profile, Stage, TimeZoneName, WeekStartsOn } from '../entities';
import { StorageStatus } from '../storage-status';
import { NoInput, Text } from './common';

/** What Settings may know of a saved app: its public client id, and whether a secret is kept. */
export const OwnAppSummary = z.object({
  network: Network,
  clientId: z.string(),
  secretSaved: z.boolean(),
});
export type OwnAppSummary = z.infer<typeof OwnAppSummary>;

const ClientId = z.string().trim().min(1, 'input.clientId').max(500, 'input.clientIdTooLong');

export const OwnAppSave = z
  .object({
    network: Network,
    clientId: ClientId,
    /** A new secret; omitted to keep the one saved, null to forget it (an app without one). */
    clientSecret: z.string().trim().min(1).max(2_000).nullable().optional(),
  })
  .strict();
export type OwnAppSave = z.infer<typeof OwnAppSave>;

export const settingsContract = {
  'profile.get': { input: NoInput, output: Profile },
  'profile.update': {
    input: z
      .object({
        name: Text(LIMITS.name).optional(),
        timeZone: TimeZoneName.optional(),
        /** A stage given here is the owner's choice, as with profile.setStage. */
        stage: Stage.optional(),
        weekStartsOn: WeekStartsOn.optional(),
      })
      .strict(),
    output: Profile,
  },
  'settings.get': { input: NoInput, output: AppSettings },
  'settings.update': { input: AppSettingsChanges, output: AppSettings },
  /** Whether secrets are kept by the OS keychain (false in web mode), for a plain warning. */
  'app.info': { input: NoInput, output: z.object({ secretsEncrypted: z.boolean() }) },
  /** Whether Cadence can save (the disk may be full, read-only or failing); checked again on each change. */
  'storage.status': { input: NoInput, output: StorageStatus },

  /** Every saved developer app: client id and whether a secret is kept (never the secret). */
  'apps.get': { input: NoInput, output: z.array(OwnAppSummary) },
  /** Keeps the app's id and secret in the keychain. */
  'apps.save': { input: OwnAppSave, output: OwnAppSummary },
  'apps.remove': { input: z.object({ network: Network }).strict(), output: z.null() },
  /** Checks the saved app with the network where it allows that; refuses in plain words otherwise. */
  'apps.test': {
    input: z.object({ network: Network }).strict(),
    output: z.object({ checked: z.literal(true) }),
  },
} as const;
