// Which errors mean the disk refused a write, and the words an owner needs for each. SQLite
// names the problem in its extended result codes; file writes (media) in Node's errno codes.
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import type { StorageProblem } from '../../shared/storage-status';

const SQLITE_PROBLEMS: Array<[prefix: string, problem: StorageProblem]> = [
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_IOERR', 'io'],
  ['SQLITE_CANTOPEN', 'io'],
  ['SQLITE_CORRUPT', 'damaged'],
  ['SQLITE_NOTADB', 'damaged'],
];

/** Codes only a disk gives. */
const DISK_PROBLEMS: Record<string, StorageProblem> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read-only',
  EIO: 'io',
};

/** Codes a socket gives too: a disk problem only when they name a file. */
const FILE_PROBLEMS: Record<string, StorageProblem> = {
  EACCES: 'read-only',
  EPERM: 'read-only',
};

/** The storage problem an error reports, or null for any other error. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, path } = error as { code?: unknown; path?: unknown };
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_')) {
    return SQLITE_PROBLEMS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1] ?? null;
  }
  return DISK_PROBLEMS[code] ?? (typeof path === 'string' ? (FILE_PROBLEMS[code] ?? null) : null);
}

export function storageMessage(problem: StorageProblem): OwnerMessage {
  return say(`storage.${problem}`);
}
