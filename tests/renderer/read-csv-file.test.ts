// Reading the CSV export the owner picked on the Insights screen: its size is checked before
// any byte is read, and its bytes are decoded in the encoding the exporter used.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { CsvFileError, readCsvFile } from '../../src-renderer/src/features/insights/read-csv-file';
import { MARKETING_LIMITS } from '../../src-main/shared/marketing';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const TEXT = 'Day\tCampaign\tCost\r\n2026-11-25\tCafé Noël\t€12.40\r\n';

describe('readCsvFile', () => {
  it('refuses a file over the limit by its size, without reading it', async () => {
    let read = false;
    const huge = {
      name: 'orders-2020-2026.csv',
      size: 3 * 1024 ** 3,
      arrayBuffer: () => {
        read = true;
        return Promise.reject(new Error('read a 3 GB file'));
      },
    };
    const refused = readCsvFile(huge);
    await expect(refused).rejects.toThrow(CsvFileError);
    await expect(refused).rejects.toThrow(
      '“orders-2020-2026.csv” is 3072 MB; Cadence reads CSV files up to 10 MB. Export a shorter period.',
    );
    expect(read).toBe(false);
  });

  it('reads a file of exactly the limit, and refuses one byte more', async () => {
    const limit = MARKETING_LIMITS.csvFileBytes;
    const atLimit = new File([new Uint8Array(limit).fill(0x61)], 'max.csv');
    expect((await readCsvFile(atLimit)).csvText).toHaveLength(limit);
    const over = new File([new Uint8Array(limit + 1).fill(0x61)], 'over.csv');
    await expect(readCsvFile(over)).rejects.toThrow(
      /^“over\.csv” is 11 MB; Cadence reads CSV files up to 10 MB/,
    );
  });

  it('reads Excel\'s UTF-16 "Unicode Text" as text, and an empty file in plain words', async () => {
    const unicodeText = new File([Buffer.from(`\ufeff${TEXT}`, 'utf16le')], 'Campaigns.txt');
    expect(await readCsvFile(unicodeText)).toEqual({ fileName: 'Campaigns.txt', csvText: TEXT });
    await expect(readCsvFile(new File([], 'empty.csv'))).rejects.toThrow('“empty.csv” is empty.');
  });
});
