// Writing files so that a crash or a power cut never leaves half of one under its real name: each
// is written beside it, flushed to disk, then renamed over it. And the plain reason a write failed.
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';

const PARTIAL = '.partial';

/** Runs `write(temporary)`, then puts the finished file at `file`; the temporary is gone either way. */
export function writeAtomically(file: string, write: (temporary: string) => void): void {
  const temporary = file + PARTIAL;
  try {
    rmSync(temporary, { force: true });
    write(temporary);
    flushFile(temporary);
    renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
  flushFolder(dirname(file));
}

export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  writeAtomically(file, (temporary) => writeFileSync(temporary, data));
}

export function copyFileAtomically(from: string, to: string): void {
  writeAtomically(to, (temporary) => copyFileSync(from, temporary));
}

export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true, recursive: true });
  } catch {
    // A folder that refused the write may refuse this too; the next write starts by removing it.
  }
}

export function flushFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename itself survive a power cut. */
export function flushFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder to flush it; NTFS journals the rename on its own.
  }
}

export type WriteFailure = 'full' | 'readOnly' | 'missing' | 'other';

/** Why the file system refused a write, in the words the owner can act on. */
export function writeFailureOf(error: unknown): WriteFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_READONLY')
    return 'readOnly';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'SQLITE_CANTOPEN') return 'missing';
  return 'other';
}

export function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A write the file system refused, said as what the owner can do about it. */
export function writeRefusal(error: unknown, folder: string): AppError {
  const failure = writeFailureOf(error);
  return new AppError(
    'STORAGE',
    failure === 'other'
      ? say('backups.write.other', { folder, detail: detailOf(error) })
      : say(`backups.write.${failure}`, { folder }),
  );
}
