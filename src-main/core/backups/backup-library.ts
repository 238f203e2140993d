// The backups in the backup folder. Each is one checked SQLite file, with a small note beside it
// of what it holds (posts, the images it names, its schema); the images themselves are kept once
// each, by content hash, in the folder's cadence-images/, so that a restore brings back a picture
// deleted since. After each new backup the rotation decides which stay.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupKind, BackupSummary } from '../../shared/contract/backups';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { Clock } from '../clock';
import type { BackupFolder } from './backup-folder';
import { backupName, backupsToKeep, parseBackupName, type NamedBackup } from './backup-rotation';
import { copyDatabase, DamagedDatabase, type CheckedDatabase } from './database-copy';
import { copyFileAtomically, removeQuietly, writeFileAtomically, writeRefusal } from './files';

const IMAGES_FOLDER = 'cadence-images';
const SHA256 = /^[0-9a-f]{64}$/;

export interface BackupLibraryDeps {
  folder: BackupFolder;
  clock: Clock;
  /** The live database. */
  sqlite: Database.Database;
  /** Where the data folder keeps an image. */
  imagePath(sha256: string): string;
  /** The business's time zone, whose days and weeks the rotation counts. */
  timeZone(): string;
}

export class BackupLibrary {
  constructor(private readonly deps: BackupLibraryDeps) {}

  /** Every backup in the folder, newest first. */
  list(): BackupSummary[] {
    return this.named()
      .map((backup) => this.summaryOf(backup))
      .filter((summary) => summary !== null)
      .sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  }

  /** The newest ordinary backup's moment, which the daily timer counts from. */
  newestAt(): number | null {
    const regular = this.named().filter((backup) => backup.kind === 'backup');
    return regular.length === 0 ? null : Math.max(...regular.map((backup) => backup.createdAt));
  }

  /** Backs up now, the images included, then lets the rotation remove what it no longer keeps. */
  async create(kind: BackupKind): Promise<BackupSummary> {
    const folder = this.deps.folder.path;
    try {
      this.deps.folder.ensure();
      let at = this.deps.clock.now();
      while (existsSync(join(folder, backupName(kind, at)))) at += 1;
      const name = backupName(kind, at);
      const checked = await copyDatabase(this.deps.sqlite, join(folder, name));
      this.keepImages(folder, checked.images);
      writeFileAtomically(noteFile(folder, name), JSON.stringify(checked));
      this.rotate(folder, name);
      return this.summaryOf({ name, kind, createdAt: at })!;
    } catch (error) {
      // Never a raw error: the storage guard would take a full backup drive for a full data disk.
      if (error instanceof AppError) throw error;
      if (error instanceof DamagedDatabase) throw new AppError('STORAGE', say('backups.write.damaged'));
      throw writeRefusal(error, folder);
    }
  }

  get folderPath(): string {
    return this.deps.folder.path;
  }

  /** The file of a backup, or null when it is not (or no longer) in the folder. */
  fileOf(name: string): string | null {
    if (!parseBackupName(name)) return null;
    const file = join(this.deps.folder.path, name);
    return existsSync(file) ? file : null;
  }

  /** Copies back into the data folder the images a restored database names that it lacks. */
  restoreImages(images: readonly string[]): void {
    for (const sha256 of images) {
      const kept = this.imageFile(this.deps.folder.path, sha256);
      const target = this.deps.imagePath(sha256);
      if (!SHA256.test(sha256) || existsSync(target) || !existsSync(kept)) continue;
      mkdirSync(dirname(target), { recursive: true });
      copyFileAtomically(kept, target);
    }
  }

  summaryOf(backup: NamedBackup): BackupSummary | null {
    const folder = this.deps.folder.path;
    try {
      const bytes = statSync(join(folder, backup.name)).size;
      return { ...backup, bytes, posts: readNote(folder, backup.name)?.posts ?? null };
    } catch {
      return null;
    }
  }

  private named(): NamedBackup[] {
    let names: string[];
    try {
      names = readdirSync(this.deps.folder.path);
    } catch {
      // A folder not made yet, or a drive not connected: no backups to show.
      return [];
    }
    return names.map(parseBackupName).filter((backup) => backup !== null);
  }

  private keepImages(folder: string, images: readonly string[]): void {
    for (const sha256 of images) {
      const kept = this.imageFile(folder, sha256);
      const source = this.deps.imagePath(sha256);
      if (!SHA256.test(sha256) || existsSync(kept) || !existsSync(source)) continue;
      mkdirSync(dirname(kept), { recursive: true });
      copyFileAtomically(source, kept);
    }
  }

  /**
   * Removes the backups the rotation no longer keeps, then the images no kept backup names. The
   * one just made always stays, even when a clock set back makes it older than another of its day.
   */
  private rotate(folder: string, made: string): void {
    const backups = this.named();
    const keep = backupsToKeep(backups, this.deps.timeZone()).add(made);
    for (const backup of backups) {
      if (keep.has(backup.name)) continue;
      removeQuietly(join(folder, backup.name));
      removeQuietly(noteFile(folder, backup.name));
    }
    const notes = backups.filter((backup) => keep.has(backup.name)).map((b) => readNote(folder, b.name));
    // A backup without its note (copied in by hand) may name any image: then none is removed.
    if (notes.some((note) => note === null)) return;
    const named = new Set(notes.flatMap((note) => note!.images));
    const imagesFolder = join(folder, IMAGES_FOLDER);
    for (const prefix of safeList(imagesFolder)) {
      for (const file of safeList(join(imagesFolder, prefix))) {
        if (!named.has(file)) removeQuietly(join(imagesFolder, prefix, file));
      }
    }
  }

  private imageFile(folder: string, sha256: string): string {
    return join(folder, IMAGES_FOLDER, sha256.slice(0, 2), sha256);
  }
}

function noteFile(folder: string, name: string): string {
  return join(folder, name.replace(/\.db$/, '.json'));
}

function readNote(folder: string, name: string): CheckedDatabase | null {
  try {
    const note = JSON.parse(readFileSync(noteFile(folder, name), 'utf8')) as Partial<CheckedDatabase>;
    if (typeof note.posts !== 'number' || !Array.isArray(note.images)) return null;
    return {
      posts: note.posts,
      images: note.images.filter((s) => typeof s === 'string'),
      schema: note.schema ?? 0,
    };
  } catch {
    return null;
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
