// SQLite's `synchronous` setting decides whether a commit is on the disk when it returns. The
// connection runs at NORMAL: in WAL mode a power cut can then undo the last few commits (never
// corrupt the file), and each commit costs no disk flush. A write that must survive a power cut,
// such as the record that a request is about to leave, is committed at FULL instead.
import type Database from 'better-sqlite3';

const FULL = 2;

/** Runs `write` (one transaction) so that its commit has reached the disk when this returns. */
export function commitDurably<T>(sqlite: Database.Database, write: () => T): T {
  const level = sqlite.pragma('synchronous', { simple: true }) as number;
  // The level cannot change inside a transaction: an enclosing one decides for both.
  if (sqlite.inTransaction || level >= FULL) return write();
  sqlite.pragma('synchronous = FULL');
  try {
    return write();
  } finally {
    sqlite.pragma(`synchronous = ${level}`);
  }
}
