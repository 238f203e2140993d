import { downloadCsv, type CsvTable } from './csv-export';
import { t } from '../../i18n/i18n';

/** "Export CSV" for one table; the file is made on this device. */
export function ExportButton({
  name,
  fileName,
  table,
}: {
  name: string;
  fileName: string;
  table: () => CsvTable;
}) {
  return (
    <button
      type="button"
      className="button small"
      aria-label={t('insights:exportNamed', { name })}
      onClick={() => downloadCsv(fileName, table())}
    >
      {t('insights:exportCsv')}
    </button>
  );
}
