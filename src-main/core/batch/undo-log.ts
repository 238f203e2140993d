// What Undo can reverse: for each delete, reschedule or bulk action, the rows of every post it
// touched as they were before, and each changed post's fingerprint right after. The change itself
// is done at once; Undo is a second, real change that puts the rows back.
//
// Decision (issue 12 §6): undo records live in memory only, for UNDO_WINDOW_MS and at most
// MAX_UNDO_RECORDS at a time, and go when Cadence closes. A deleted post's rows are gone from the
// database at once (the calendar, the outbox and backups no longer see it); only its image files
// are held on disk while its record lasts, and are collected when the record goes, or by the
// media sweep at the next start.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { PostRows } from './post-rows';

export const UNDO_WINDOW_MS = 15 * 60_000;
export const MAX_UNDO_RECORDS = 20;

export interface UndoEntry {
  before: PostRows;
  /** The post's fingerprint right after the action; null when the action deleted it. */
  after: string | null;
}

interface UndoRecord {
  expiresAt: number;
  entries: UndoEntry[];
}

/** Keeps image files a deleted post may need back; MediaStore collects them once released. */
export interface ImageHolder {
  hold(sha256s: readonly string[]): void;
  release(sha256s: readonly string[]): void;
}

export class UndoLog {
  private readonly records = new Map<string, UndoRecord>();

  constructor(
    private readonly clock: Clock,
    private readonly images: ImageHolder,
  ) {}

  /** Records an action's entries and returns the id Undo names it by. */
  add(entries: UndoEntry[]): string {
    this.dropExpired();
    const id = randomUUID();
    this.images.hold(deletedImages(entries));
    this.records.set(id, { expiresAt: this.clock.now() + UNDO_WINDOW_MS, entries });
    // The oldest goes first: a Map keeps insertion order.
    for (const oldest of this.records.keys()) {
      if (this.records.size <= MAX_UNDO_RECORDS) break;
      this.drop(oldest);
    }
    return id;
  }

  /**
   * The entries of a record, taken out (an undo applies once), or null when it expired or never
   * existed. The caller releases the images once it has put back what it could.
   */
  take(id: string): UndoEntry[] | null {
    this.dropExpired();
    const record = this.records.get(id);
    if (!record) return null;
    this.records.delete(id);
    return record.entries;
  }

  /** Lets go of a taken record's images: restored posts name them again, the rest may go. */
  release(entries: UndoEntry[]): void {
    this.images.release(deletedImages(entries));
  }

  private dropExpired(): void {
    const now = this.clock.now();
    for (const [id, record] of this.records) {
      if (record.expiresAt <= now) this.drop(id);
    }
  }

  private drop(id: string): void {
    const record = this.records.get(id);
    if (!record) return;
    this.records.delete(id);
    this.release(record.entries);
  }
}

function deletedImages(entries: UndoEntry[]): string[] {
  return entries
    .filter((entry) => entry.after === null)
    .flatMap((entry) => entry.before.media.map((m) => m.sha256));
}
