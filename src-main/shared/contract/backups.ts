// Owning the data: daily backups of the database (and the images it names) in a folder the owner
// may choose, restoring one of them, and a full export to one zip that another profile imports.
// Paths are typed by hand in web mode; in the app the owner picks them in the system's dialogs.
import { z } from 'zod';
import { Instant } from '../entities';
import { MessageParams } from '../messages/owner-message';
import { NoInput } from './common';

export const BACKUP_KINDS = ['backup', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A backup's file name: its kind and the moment it was made (UTC, to the millisecond). */
export const BACKUP_NAME =
  /^cadence-(backup|before-restore)-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.db$/;
export const BackupName = z.string().max(100).regex(BACKUP_NAME, 'input.notABackup');

export const BackupSummary = z.object({
  name: z.string(),
  /** "before-restore": the copy of the data as it was, saved before a restore replaced it. */
  kind: z.enum(BACKUP_KINDS),
  createdAt: Instant,
  bytes: z.number().int().nonnegative(),
  /** Counted when the backup was made and checked; null for a file Cadence did not check. */
  posts: z.number().int().nonnegative().nullable(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** A problem the owner must act on, in English with its catalog key. */
export const OwnerProblem = z.object({
  message: z.string(),
  key: z.string().optional(),
  params: MessageParams.optional(),
});
export type OwnerProblem = z.infer<typeof OwnerProblem>;

export const BackupsState = z.object({
  folder: z.string(),
  /** The data folder's own backups/ folder, as opposed to one the owner chose. */
  isDefaultFolder: z.boolean(),
  /** Whether the system's folder and file dialogs are at hand (not in web mode). */
  canPick: z.boolean(),
  /** Newest first. */
  backups: z.array(BackupSummary),
  /** When the next automatic backup is due; null when they are off. */
  nextAt: Instant.nullable(),
  /** Why the last automatic backup failed, until one succeeds. */
  problem: OwnerProblem.nullable(),
});
export type BackupsState = z.infer<typeof BackupsState>;

const AnyPath = z.string().trim().min(1, 'input.fullPath').max(4_096);

export const ExportResult = z.object({
  file: z.string(),
  posts: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ImportResult = z.object({
  posts: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  channels: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const backupsContract = {
  /** The folder, the backups in it and when the next one is due. */
  'backups.list': { input: NoInput, output: BackupsState },
  /** Backs up now; the daily rotation then keeps 7 daily and 4 weekly backups. */
  'backups.now': { input: NoInput, output: BackupSummary },
  /**
   * Puts a backup back in place of the current data, after saving that as a before-restore copy,
   * and starts the core again on it. A damaged backup is refused and nothing changes.
   */
  'backups.restore': {
    input: z.object({ name: BackupName }).strict(),
    output: z.object({ restored: BackupSummary, safetyCopy: BackupSummary }),
  },
  /** Backs up to this folder from now on (it must exist); null goes back to the data folder's. */
  'backups.setFolder': {
    input: z.object({ folder: AnyPath.nullable() }).strict(),
    output: BackupsState,
  },
  /** Asks for the folder in the system's dialog; the state unchanged when the owner cancels. */
  'backups.chooseFolder': { input: NoInput, output: BackupsState },
  /**
   * Writes everything to one zip: in the app where the owner says, in web mode into the backup
   * folder. Null when the owner cancelled the dialog.
   */
  'data.export': { input: NoInput, output: ExportResult.nullable() },
  /**
   * Imports an export into this profile, which must have no posts yet, and starts the core again
   * on it. Without a file, the system's dialog asks for one; null when the owner cancelled it.
   */
  'data.import': {
    input: z.object({ file: AnyPath.optional() }).strict(),
    output: ImportResult.nullable(),
  },
} as const;
