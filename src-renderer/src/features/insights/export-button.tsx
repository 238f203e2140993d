import { downloadCsv, type CsvTable } from './csv-export';

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
      aria-label={`Export ${name} as CSV`}
      onClick={() => downloadCsv(fileName, table())}
    >
      Export CSV
    </button>
  );
}
