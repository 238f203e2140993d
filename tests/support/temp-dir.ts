// The one way tests make a folder of their own: data folders, files to attach, migration folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  dir: string;
  /** Removes the folder and everything in it. */
  cleanup(): void;
}

/** A new empty folder under the system's temp folder. */
export function tempDir(prefix = 'cadence-test-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
