// Every table of the schema as JSON rows and back, for the full export and its import. Rows keep
// the schema's field names and values (JSON fields as JSON, times as milliseconds since 1970), so
// an export reads like the entities it holds and imports back equal. Rows read from a file are
// checked against the schema's columns before any is written.
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../db/open-database';
import { schema } from '../db/schema';

export type Row = Record<string, unknown>;
export type TableRows = Record<string, Row[]>;

/** The tables an export holds, by their names in the database. */
export const EXPORTED_TABLES: ReadonlyArray<{ name: string; table: SQLiteTable }> = Object.values(schema).map(
  (table) => ({ name: getTableName(table), table }),
);

const INSERT_CHUNK = 200;

/** A row that does not fit the schema: which table, which row, which field. */
export class RowProblem extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'RowProblem';
  }
}

export function readTables(db: AppDatabase): TableRows {
  const tables: TableRows = {};
  for (const { name, table } of EXPORTED_TABLES) tables[name] = db.select().from(table).all() as Row[];
  return tables;
}

/** The rows of one table, as read from a file, once each fits the table's columns. */
export function checkRows(name: string, rows: unknown): Row[] {
  const entry = EXPORTED_TABLES.find((candidate) => candidate.name === name);
  if (!entry) throw new RowProblem(`an unknown table, ${name}`);
  if (!Array.isArray(rows)) throw new RowProblem(`${name} is not a list of rows`);
  const columns = Object.entries(getTableColumns(entry.table));
  rows.forEach((row: unknown, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new RowProblem(`${name}, row ${index + 1}, is not a record`);
    }
    for (const [field, column] of columns) {
      if (!fits(column, (row as Row)[field])) throw new RowProblem(`${name}, row ${index + 1}: ${field}`);
    }
  });
  return rows as Row[];
}

/** Replaces every table's rows with these, in one transaction; foreign keys are checked at the end. */
export function writeTables(db: AppDatabase, tables: TableRows): void {
  const sqlite = db.$client;
  // Rows arrive table by table, so a post's targets may come before the post: checked once all are in.
  sqlite.pragma('foreign_keys = OFF');
  try {
    db.transaction((tx) => {
      for (const { name, table } of EXPORTED_TABLES) {
        tx.delete(table).run();
        const rows = tables[name] ?? [];
        for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
          tx.insert(table)
            .values(rows.slice(start, start + INSERT_CHUNK) as never)
            .run();
        }
      }
      const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
      if (broken.length > 0) {
        throw new RowProblem(`${broken[0]!.table} names a missing ${broken[0]!.parent} row`);
      }
    });
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

function fits(column: Column, value: unknown): boolean {
  if (value === undefined) return !column.notNull || column.hasDefault;
  if (value === null) return !column.notNull;
  switch (column.dataType) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'json':
      return true;
    case 'string':
      return typeof value === 'string' && (!column.enumValues?.length || column.enumValues.includes(value));
    default:
      return false;
  }
}
