// Importing a full export: the zip is read and checked whole (its manifest, every table's rows
// against the schema, every image against its hash) before anything is written; the rows go into
// a new database beside the live one, which takes its place once checked (see restore-backup.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute } from 'node:path';
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import type { ImportResult } from '../../shared/contract/backups';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { openDatabase } from '../db/open-database';
import { checkDatabase, DamagedDatabase, type CheckedDatabase } from './database-copy';
import { EXPORT_FORMAT, EXPORT_PATHS, ExportManifest, IMAGE_PATH, TABLE_PATH } from './export-format';
import { writeFileAtomically } from './files';
import { checkRows, EXPORTED_TABLES, RowProblem, writeTables, type TableRows } from './table-rows';

/** Far more than years of posts; a larger file, or one that unpacks larger, is not an export Cadence wrote. */
const MAX_EXPORT_BYTES = 2 * 1024 ** 3;

export interface ReadExport {
  tables: TableRows;
  images: Map<string, Uint8Array>;
}

/** Reads and checks an export; refuses, in plain words, a file that is not a sound one. */
export function readExport(file: string, latestSchema: number): ReadExport {
  if (!isAbsolute(file)) throw new AppError('INVALID_INPUT', say('backups.import.notAbsolute'));
  const size = fileSize(file);
  if (size === null) throw new AppError('NOT_FOUND', say('backups.import.notFound', { file }));
  if (size > MAX_EXPORT_BYTES) throw new AppError('INVALID_INPUT', say('backups.import.notExport'));
  let entries: Unzipped;
  let unpacked = 0;
  try {
    entries = unzipSync(readFileSync(file), {
      // Only the parts of an export are unpacked, and never past the limit (a "zip bomb").
      filter: (entry) => {
        unpacked += entry.originalSize;
        if (unpacked > MAX_EXPORT_BYTES) throw new RangeError('unpacks too large');
        return isExportPart(entry.name);
      },
    });
  } catch {
    throw new AppError('INVALID_INPUT', say('backups.import.notExport'));
  }
  const manifest = ExportManifest.safeParse(parseJson(entries[EXPORT_PATHS.manifest]));
  if (!manifest.success) {
    const format = (parseJson(entries[EXPORT_PATHS.manifest]) as { format?: unknown } | null)?.format;
    if (format !== EXPORT_FORMAT) throw new AppError('INVALID_INPUT', say('backups.import.notExport'));
    throw damaged('its manifest.json');
  }
  if (manifest.data.schema > latestSchema) throw new AppError('INVALID_INPUT', say('backups.import.newer'));
  return { tables: tablesOf(entries, manifest.data), images: imagesOf(entries, manifest.data) };
}

/** Writes the export into a new database at `staged` and checks it; the images go to the data folder. */
export function stageImport(
  exported: ReadExport,
  target: { staged: string; migrationsFolder: string; imagePath(sha256: string): string },
): { checked: CheckedDatabase; result: ImportResult } {
  const { staged } = target;
  removeStaged(staged);
  try {
    const opened = openDatabase({
      dataDir: dirname(staged),
      fileName: basename(staged),
      migrationsFolder: target.migrationsFolder,
    });
    try {
      writeTables(opened.db, exported.tables);
      opened.markStartSucceeded();
    } finally {
      opened.close();
    }
    const checked = checkDatabase(staged);
    for (const [sha256, bytes] of exported.images) {
      const path = target.imagePath(sha256);
      if (existsSync(path)) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomically(path, bytes);
    }
    const { posts, channels } = exported.tables;
    return {
      checked,
      result: { posts: posts!.length, images: exported.images.size, channels: channels!.length },
    };
  } catch (error) {
    removeStaged(staged);
    if (error instanceof RowProblem || error instanceof DamagedDatabase) throw damaged(error.message);
    // Two rows with one id, a value of the wrong kind: the rows broke a rule of the schema.
    if (isBrokenRule(error)) throw damaged((error as Error).message);
    throw error;
  }
}

function tablesOf(entries: Unzipped, manifest: ExportManifest): TableRows {
  const tables: TableRows = {};
  for (const path of Object.keys(entries)) {
    const name = TABLE_PATH.exec(path)?.[1];
    if (name === undefined) continue;
    try {
      tables[name] = checkRows(name, parseJson(entries[path]));
    } catch (error) {
      throw damaged(error instanceof RowProblem ? error.message : path);
    }
  }
  for (const { name } of EXPORTED_TABLES) {
    // A table this version has and the export's version did not starts empty.
    const expected = manifest.tables[name];
    if (expected !== undefined && tables[name]?.length !== expected) throw damaged(`data/${name}.json`);
    tables[name] ??= [];
  }
  return tables;
}

function imagesOf(entries: Unzipped, manifest: ExportManifest): Map<string, Uint8Array> {
  const images = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(entries)) {
    const sha256 = IMAGE_PATH.exec(path)?.[1];
    if (sha256 === undefined) continue;
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw damaged(path);
    images.set(sha256, bytes);
  }
  if (images.size !== manifest.images) throw damaged('images/');
  return images;
}

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

function isBrokenRule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH');
}

function isExportPart(path: string): boolean {
  return path === EXPORT_PATHS.manifest || TABLE_PATH.test(path) || IMAGE_PATH.test(path);
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return null;
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return null;
  }
}

function damaged(detail: string): AppError {
  return new AppError('INVALID_INPUT', say('backups.import.damaged', { detail }));
}

function removeStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.start-pending'])
    rmSync(staged + suffix, { force: true });
}
