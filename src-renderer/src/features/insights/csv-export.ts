// Every Insights table can be saved as a CSV file, made here in the renderer from what the
// table shows: nothing leaves the device.

export interface CsvTable {
  headers: string[];
  rows: Array<Array<string | number | null>>;
}

/**
 * What a spreadsheet would read as a formula: a cell starting with "=", "+", "-", "@", a tab or
 * a carriage return (OWASP, "CSV Injection"). Campaign and channel names come from imported
 * files and from networks, so a name like =HYPERLINK(…) must reach the sheet as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** "-12.5%" or "-1,234.56": a minus, digits and separators only, which no spreadsheet evaluates. */
const NEGATIVE_FIGURE = /^-\d+(?:[.,]\d+)*%?$/;

/**
 * One cell, safe to open in a spreadsheet. Text that could start a formula gets a leading
 * apostrophe, which spreadsheets read as "this is text". Numbers are left alone: String() of a
 * JS number is only digits, ".", "e", "-" or Infinity/NaN, which a spreadsheet reads as a
 * number, and an apostrophe would turn -5 into text that no longer sums.
 */
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !NEGATIVE_FIGURE.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: CsvTable): string {
  return [table.headers, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function downloadCsv(fileName: string, table: CsvTable): void {
  // A BOM so spreadsheet programs read the file as UTF-8.
  const blob = new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
