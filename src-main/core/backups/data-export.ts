// The full export: one zip (fflate) with a JSON file per table, the images, the brand kit in its
// own file format and a README that explains the rest. Images are stored as they are (they are
// compressed already); the JSON is deflated.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { BrandKit, DEFAULT_BRAND_KIT, exportKit } from '../../shared/brand-kit/kit';
import type { ExportResult } from '../../shared/contract/backups';
import { localStringAt } from '../../shared/zoned-time';
import type { AppDatabase } from '../db/open-database';
import {
  EXPORT_FORMAT,
  EXPORT_PATHS,
  EXPORT_README,
  EXPORT_VERSION,
  type ExportManifest,
} from './export-format';
import { writeFileAtomically } from './files';
import { readTables, type TableRows } from './table-rows';

export interface ExportSource {
  db: AppDatabase;
  now: number;
  /** The newest migration of this version. */
  schema: number;
  imagePath(sha256: string): string;
}

/** The zip's bytes, and what it holds. */
export function buildExport(source: ExportSource): { zip: Uint8Array; posts: number; images: number } {
  const tables = readTables(source.db);
  const files: Zippable = { [EXPORT_PATHS.readme]: strToU8(EXPORT_README) };
  for (const [name, rows] of Object.entries(tables)) {
    files[EXPORT_PATHS.table(name)] = strToU8(JSON.stringify(rows, null, 1));
  }
  let images = 0;
  for (const sha256 of new Set(tables.media!.map((row) => String(row.sha256)))) {
    const file = source.imagePath(sha256);
    // An image already missing from the data folder is missing from the export too; its post stays.
    if (!existsSync(file)) continue;
    files[EXPORT_PATHS.image(sha256)] = [readFileSync(file), { level: 0 }];
    images += 1;
  }
  files[EXPORT_PATHS.brandKit] = strToU8(exportKit(brandKitOf(tables), new Date(source.now)));
  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(source.now).toISOString(),
    schema: source.schema,
    tables: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    images,
  };
  files[EXPORT_PATHS.manifest] = strToU8(JSON.stringify(manifest, null, 2));
  return { zip: zipSync(files, { level: 6 }), posts: tables.posts!.length, images };
}

/** Writes the export into `file`. */
export function writeExport(source: ExportSource, file: string): ExportResult {
  const { zip, posts, images } = buildExport(source);
  writeFileAtomically(file, zip);
  return { file, posts, images, bytes: zip.byteLength };
}

/** A name for the export that says when it was made, in the business's time. */
export function defaultExportName(now: number, timeZone: string): string {
  return `cadence-export-${localStringAt(now, timeZone).replace('T', '-').replace(':', '')}.zip`;
}

/** That name in `folder`, numbered when a file has it already. */
export function exportFileIn(folder: string, now: number, timeZone: string): string {
  const name = defaultExportName(now, timeZone);
  let file = join(folder, name);
  for (let n = 2; existsSync(file); n += 1) file = join(folder, name.replace(/\.zip$/, `-${n}.zip`));
  return file;
}

/** The saved kit, or the defaults the composer checks against when none was saved. */
function brandKitOf(tables: TableRows): BrandKit {
  const saved = BrandKit.safeParse(tables.brand_kit?.[0]?.kit);
  return saved.success ? saved.data : DEFAULT_BRAND_KIT;
}
