// The "Post it now" panel's images as files under their own names (a file manager and a browser
// need one), one folder per reminded target. They are copies of the media store's files, so they
// go as soon as the reminder is settled: posted, missed, taken back or deleted. A folder is kept
// only while its target still waits for the owner; anything else in the folder is a leftover
// (a crash, or a failed delete) and goes at the next sweep.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ImageToCopy {
  mediaId: string;
  sha256: string;
  fileName: string;
}

export class ReminderCopies {
  constructor(
    /** The folder of copies: nothing else is written there. */
    private readonly folder: string,
    private readonly mediaPath: (sha256: string) => string,
  ) {}

  /** The target's images as files, copied the first time they are asked for. */
  copiesOf(targetId: string, images: readonly ImageToCopy[]): { mediaId: string; path: string }[] {
    const folder = join(this.folder, targetId);
    mkdirSync(folder, { recursive: true });
    return images.map((image, index) => {
      // The position keeps two images of the same name apart.
      const path = join(folder, `${index + 1}-${safeFileName(image.fileName)}`);
      if (!existsSync(path)) {
        // Copied whole, then named: a crash mid-copy never leaves a cut image to drag.
        const partial = `${path}.partial`;
        copyFileSync(this.mediaPath(image.sha256), partial);
        renameSync(partial, path);
      }
      return { mediaId: image.mediaId, path };
    });
  }

  /**
   * Removes every target's folder but those of `waiting` (asked only when there is a folder,
   * so the usual empty sweep reads nothing from the database). Returns how many went.
   */
  sweep(waiting: () => ReadonlySet<string>): number {
    const folders = this.folders();
    if (folders.length === 0) return 0;
    const keep = waiting();
    let removed = 0;
    for (const name of folders.filter((folder) => !keep.has(folder))) {
      try {
        rmSync(join(this.folder, name), { recursive: true, force: true });
        removed += 1;
      } catch (error) {
        // A copy in use (Windows) or a read-only disk: the owner loses nothing, the next sweep retries.
        console.error('[cadence] could not remove a reminder’s image copies', error);
      }
    }
    return removed;
  }

  private folders(): string[] {
    if (!existsSync(this.folder)) return [];
    try {
      return readdirSync(this.folder);
    } catch (error) {
      console.error('[cadence] could not read the reminders’ image copies', error);
      return [];
    }
  }
}

/** A name any file system takes: no folders, no control or reserved characters. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 120) || 'image';
}
