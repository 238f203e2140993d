// Restoring a backup: it is copied into the data folder and checked there (the copy is what goes
// in, so a synced folder changing meanwhile cannot slip anything past the check); a damaged or
// newer backup is refused with nothing changed. Then the current data is saved as a
// before-restore backup, the images the backup names come back, and the core starts again on it.
import { join } from 'node:path';
import type { BackupSummary } from '../../shared/contract/backups';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { newestMigration } from '../db/migration-journal';
import { DATABASE_FILE } from '../db/open-database';
import type { BackupLibrary } from './backup-library';
import { parseBackupName } from './backup-rotation';
import { checkDatabase, DamagedDatabase, type CheckedDatabase } from './database-copy';
import { swapInDatabase, type RestartCore } from './database-swap';
import { copyFileAtomically, detailOf, removeQuietly } from './files';

export interface ReplaceDeps {
  dataDir: string;
  migrationsFolder: string;
  library: BackupLibrary;
  restart: RestartCore;
}

/** Where a database waits, checked, to take the live one's place. */
export function stagedFile(dataDir: string, purpose: 'restoring' | 'importing'): string {
  return join(dataDir, `${DATABASE_FILE}.${purpose}`);
}

/** Copies the backup into the data folder and checks the copy; refuses it, in plain words, when unsound. */
export function stageBackup(deps: ReplaceDeps, name: string): { staged: string; checked: CheckedDatabase } {
  const file = deps.library.fileOf(name);
  if (!file) throw new AppError('NOT_FOUND', say('backups.restore.notFound'));
  const staged = stagedFile(deps.dataDir, 'restoring');
  try {
    copyFileAtomically(file, staged);
    const checked = checkDatabase(staged);
    if (checked.schema > newestMigration(deps.migrationsFolder)) {
      throw new AppError('INVALID_INPUT', say('backups.restore.newer'));
    }
    return { staged, checked };
  } catch (error) {
    removeQuietly(staged);
    removeQuietly(`${staged}-journal`);
    if (error instanceof DamagedDatabase) throw new AppError('INVALID_INPUT', say('backups.restore.damaged'));
    if (error instanceof AppError) throw error;
    throw new AppError('STORAGE', say('backups.restore.copyFailed', { detail: detailOf(error) }));
  }
}

/** Saves the current data as a before-restore backup; a restore without it does not go ahead. */
export async function saveSafetyCopy(deps: ReplaceDeps, staged: string): Promise<BackupSummary> {
  try {
    return await deps.library.create('before-restore');
  } catch (error) {
    removeQuietly(staged);
    const reason = error instanceof AppError ? error.message : detailOf(error);
    throw new AppError('STORAGE', say('backups.restore.safetyCopyFailed', { reason }));
  }
}

/** Starts the core again on the staged file; on failure the data is put back as it was. */
export async function replaceDatabase(deps: ReplaceDeps, staged: string): Promise<void> {
  try {
    await deps.restart(swapInDatabase(deps.dataDir, staged));
  } catch (error) {
    removeQuietly(staged);
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', say('backups.restore.startFailed', { detail: detailOf(error) }));
  }
}

/** The summary of a backup as the list shows it. */
export function summaryOf(library: BackupLibrary, name: string): BackupSummary {
  const named = parseBackupName(name)!;
  return library.summaryOf(named) ?? { ...named, bytes: 0, posts: null };
}
