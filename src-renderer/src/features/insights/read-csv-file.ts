import { decodeCsvBytes } from '@shared/csv-bytes';
import { MARKETING_LIMITS } from '@shared/marketing';
import { t } from '../../i18n/i18n';

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
    const limit = MARKETING_LIMITS.csvFileBytes / MEGABYTE;
    throw new CsvFileError(t('insights:import.tooLarge', { file: fileName, size: megabytes, limit }));
  }
  if (file.size === 0) throw new CsvFileError(t('insights:import.empty', { file: fileName }));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    throw new CsvFileError(t('insights:import.unreadable', { file: fileName }));
  }
  return { fileName, csvText: decodeCsvBytes(new Uint8Array(bytes)) };
}
