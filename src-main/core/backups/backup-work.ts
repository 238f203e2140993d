// Backups, restores, exports and imports run one at a time: a restore must not replace the file a
// backup is copying, and stopping the core waits for whichever is under way.
export class BackupWork {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` once everything queued before it has finished. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when nothing is under way. */
  async idle(): Promise<void> {
    for (let seen: Promise<unknown> | null = null; seen !== this.tail;) {
      seen = this.tail;
      await seen;
    }
  }
}
