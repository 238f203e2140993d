// How an export is laid out: comment lines, the header row (not always the first), the exporter
// its columns name, and which column holds each field, recognised or chosen by the owner.
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { ColumnMapping, ImportInput } from '../../shared/marketing';
import type { CsvRecord } from './csv';
import { autoMapping, detectFormat, fits, formatOf, normalizeHeader, type FormatSpec } from './formats';
import { parseDate } from './values';

/** How far down a file the header row may be (Google Ads puts a title and a date range first). */
const HEADER_SEARCH_ROWS = 15;

/** The header row, in the first lines, and the exporter it names (or the kind the owner chose). */
export function findHeader(
  input: ImportInput,
  records: CsvRecord[],
): { format: FormatSpec; headerIndex: number } {
  const candidates = records.slice(0, HEADER_SEARCH_ROWS);
  const wanted = input.kind ? formatOf(input.kind) : null;
  for (const [index, record] of candidates.entries()) {
    const headers = record.cells.map((h) => h.trim());
    if (wanted) {
      const mapped = Object.values(input.mapping ?? {});
      // Any chosen column marks the header row; a chosen column it lacks is named below.
      const covered = mapped.some((m) => headers.some((h) => normalizeHeader(h) === normalizeHeader(m)));
      if (fits(wanted, headers) || covered) return { format: wanted, headerIndex: index };
    } else {
      const detected = detectFormat(headers);
      if (detected) return { format: detected, headerIndex: index };
    }
  }
  const firstLine = records[0]!.cells.filter((c) => c.trim() !== '').slice(0, 12);
  const cells = firstLine.map((c) => `“${c.trim()}”`).join(', ');
  const file = input.fileName;
  if (wanted) {
    const actually = candidates
      .map((r) => detectFormat(r.cells.map((c) => c.trim())))
      .find((f) => f !== null);
    const said = { file, wanted: wanted.words };
    throw new AppError(
      'INVALID_INPUT',
      actually
        ? say('imports.notThatFormat', { ...said, actual: actually.words })
        : say('imports.notThatFormatFirstLine', { ...said, cells }),
    );
  }
  throw new AppError('INVALID_INPUT', say('imports.unrecognised', { file, cells }));
}

const CHOOSE_COLUMNS = ['one', 'two', 'three', 'four'] as const;
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** The owner's choice of columns, each checked to be a field of the format and a column of the file. */
function checkedOverride(
  override: ColumnMapping | undefined,
  format: FormatSpec,
  headers: string[],
): ColumnMapping {
  const checked: ColumnMapping = {};
  for (const [field, header] of Object.entries(override ?? {})) {
    const spec = format.fields.find((s) => s.field === field);
    if (!spec) throw new AppError('INVALID_INPUT', say('imports.noField', { format: format.words, field }));
    const column = headers.find((h) => normalizeHeader(h) === normalizeHeader(header));
    if (column === undefined) {
      throw new AppError('INVALID_INPUT', say('imports.noColumn', { column: header, field: spec.words }));
    }
    checked[field] = column;
  }
  return checked;
}

/** Which column holds each field: recognised from the headers, then as the owner chose; every required field needs one. */
export function columnMapping(
  override: ColumnMapping | undefined,
  format: FormatSpec,
  headers: string[],
): ColumnMapping {
  const mapping = { ...autoMapping(format, headers), ...checkedOverride(override, format, headers) };
  const missing = format.fields.filter((spec) => spec.required && !mapping[spec.field]);
  if (missing.length > 0) {
    const count = CHOOSE_COLUMNS[missing.length - 1] ?? 'four';
    const fields = Object.fromEntries(missing.slice(0, 4).map((spec, i) => [ORDINALS[i]!, spec.words]));
    throw new AppError('INVALID_INPUT', say(`imports.chooseColumns.${count}`, fields));
  }
  return mapping;
}

export function isComment(record: CsvRecord): boolean {
  return record.cells[0]!.trimStart().startsWith('#') && record.cells.slice(1).every((c) => c.trim() === '');
}

/** "Amount spent (EUR)" says the currency of its column. */
export function currencyInHeader(header: string | undefined): string | undefined {
  return header ? /\(([A-Za-z]{3})\)\s*$/.exec(header)?.[1]?.toUpperCase() : undefined;
}

/** GA4 writes "# End date: 20261130" above its table. */
export function periodEnd(comments: CsvRecord[]): string | null {
  for (const comment of comments) {
    const match = /^#\s*end date:\s*(\S+)/i.exec(comment.cells[0]!.trim());
    if (match) return parseDate(match[1]!);
  }
  return null;
}
