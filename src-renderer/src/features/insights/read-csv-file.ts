import { decodeCsvBytes } from '@shared/csv-bytes';
import { MARKETING_LIMITS } from '@shared/marketing';

export interface ChosenFile {
  fileName: string;
  csvText: string;
}

/** A picked file Cadence will not read; the message says why in plain words. */
export class CsvFileError extends Error {}

const MEGABYTE = 1024 * 1024;

/**
 * The size is checked before a byte is read, so a huge file never reaches memory; then the
 * bytes are decoded in whichever encoding the exporter used (UTF-8, UTF-16, Windows-1252).
 */
export async function readCsvFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<ChosenFile> {
  const fileName = file.name || 'export.csv';
  if (file.size > MARKETING_LIMITS.csvFileBytes) {
    const megabytes = Math.ceil(file.size / MEGABYTE);
    throw new CsvFileError(
      `“${fileName}” is ${megabytes} MB; Cadence reads CSV files up to ${MARKETING_LIMITS.csvFileBytes / MEGABYTE} MB. Export a shorter period.`,
    );
  }
  if (file.size === 0) throw new CsvFileError(`“${fileName}” is empty.`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    throw new CsvFileError(`“${fileName}” could not be read. Try choosing it again.`);
  }
  return { fileName, csvText: decodeCsvBytes(new Uint8Array(bytes)) };
}
