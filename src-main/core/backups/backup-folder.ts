// Where the backups go: the data folder's backups/, or a folder the owner chose (a synced Dropbox
// or iCloud folder, an external drive). The choice is kept in a small file beside the database,
// not in it: restoring an old backup must not send the next backups back to an old folder.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { writeFileAtomically } from './files';

const SETTING_FILE = 'backup-folder.json';
export const DEFAULT_FOLDER_NAME = 'backups';

export class BackupFolder {
  private chosen: string | null;

  constructor(private readonly dataDir: string) {
    this.chosen = readChoice(join(dataDir, SETTING_FILE));
  }

  /** The folder backups go to now. */
  get path(): string {
    return this.chosen ?? join(this.dataDir, DEFAULT_FOLDER_NAME);
  }

  get isDefault(): boolean {
    return this.chosen === null;
  }

  /** The folder, made when it is the default one; a chosen one that is gone is said to be gone. */
  ensure(): string {
    if (this.chosen === null) mkdirSync(this.path, { recursive: true });
    else if (!isFolder(this.chosen))
      throw new AppError('STORAGE', say('backups.write.missing', { folder: this.chosen }));
    return this.path;
  }

  /** Uses `folder` from now on (null: the data folder's own), once it is known to take files. */
  choose(folder: string | null): void {
    if (folder !== null) checkFolder(folder, this.dataDir);
    const chosen = folder === null ? null : resolve(folder);
    writeFileAtomically(join(this.dataDir, SETTING_FILE), JSON.stringify({ folder: chosen }));
    this.chosen = chosen;
  }
}

function readChoice(file: string): string | null {
  try {
    const { folder } = JSON.parse(readFileSync(file, 'utf8')) as { folder?: unknown };
    return typeof folder === 'string' && isAbsolute(folder) ? folder : null;
  } catch {
    // No choice yet, or a file that no longer reads: the data folder's own backups/.
    return null;
  }
}

/** Refuses, in plain words, a folder that cannot hold the backups. */
function checkFolder(folder: string, dataDir: string): void {
  if (!isAbsolute(folder)) throw new AppError('INVALID_INPUT', say('backups.folder.notAbsolute'));
  const path = resolve(folder);
  if (!isFolder(path)) throw new AppError('INVALID_INPUT', say('backups.folder.missing', { folder: path }));
  // The data folder holds the database and its images; backups among them could be taken for
  // them, or lost with them. Its own backups/ is the one place inside it for them.
  const inside = relative(resolve(dataDir), path);
  const withinData = inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
  const withinDefault = inside === DEFAULT_FOLDER_NAME || inside.startsWith(DEFAULT_FOLDER_NAME + sep);
  if (withinData && !withinDefault) throw new AppError('INVALID_INPUT', say('backups.folder.isDataFolder'));
  if (!canWriteIn(path))
    throw new AppError('INVALID_INPUT', say('backups.folder.notWritable', { folder: path }));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // Missing, or not ours to look at: either way no place for backups.
    return false;
  }
}

/** Whether a file can be made there: permissions alone do not tell (read-only drives, Windows ACLs). */
function canWriteIn(folder: string): boolean {
  const probe = join(folder, `.cadence-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}
