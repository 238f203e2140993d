// A small RFC 4180 CSV reader. No CSV library is installed, so this is it: quoted fields
// may hold the delimiter, doubled quotes and line breaks; a BOM is dropped; CRLF, LF and
// CR all end a record; blank records are skipped. Exporters in decimal-comma locales
// write ";" (and some write tabs), so the delimiter is read from the header line.

export interface CsvRecord {
  /** 1-based line number where the record starts, for messages the owner can check. */
  line: number;
  cells: string[];
}

export interface CsvFile {
  delimiter: string;
  records: CsvRecord[];
}

const DELIMITERS = [',', ';', '\t'] as const;

export function parseCsv(text: string, delimiter = sniffDelimiter(text)): CsvFile {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let cellStarted = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
      cell = '';
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A quote inside an unquoted field is kept as written, as spreadsheet programs do.
      cell += char;
      if (char !== ' ') cellStarted = true;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { delimiter, records };
}

/**
 * The delimiter that splits the first non-comment line into the most fields. Comment
 * lines ("# Account: …" in GA4 exports) and title lines are skipped by taking the line
 * with the most separators among the first few.
 */
export function sniffDelimiter(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(0, 5);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const counted = Math.max(0, ...lines.map((l) => countOutsideQuotes(l, delimiter)));
    if (counted > bestCount) {
      best = delimiter;
      bestCount = counted;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}
