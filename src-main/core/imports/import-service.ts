// Reads an export the owner picked (it never leaves the device): finds its layout (layout.ts),
// reads every row, and either shows a preview or stores the rows. A row imported before is recognised
// by its hash (orders by their shop's order id) and not stored twice.
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import {
  MARKETING_LIMITS,
  type ColumnMapping,
  type ImportInput,
  type ImportKind,
  type ImportPreview,
} from '../../shared/marketing';
import type { Clock } from '../clock';
import type { AppDatabase, Tx } from '../db/open-database';
import { adSpend, analyticsRows, importsLog, orders } from '../db/schema';
import { parseCsv, type CsvRecord } from './csv';
import { fieldLabel, formatLabel, type FormatSpec } from './formats';
import { columnMapping, currencyInHeader, findHeader, isComment, periodEnd } from './layout';
import { readRow, type ImportRecord, type ReadingContext, type RowOutcome } from './rows';
import { detectDateOrder, detectDecimalMark } from './values';

interface ReadRow {
  line: number;
  cells: Record<string, string>;
  outcome: RowOutcome;
  hash: string | null;
  duplicate: boolean;
}

interface ReadFile {
  format: FormatSpec;
  headers: string[];
  mapping: ColumnMapping;
  rows: ReadRow[];
  problems: OwnerMessage[][];
}

const NUMERIC_FIELDS = [
  'amount',
  'total',
  'revenue',
  'impressions',
  'clicks',
  'sessions',
  'conversions',
  'refunded',
];
const DATE_FIELDS = ['date', 'createdAt'];
const LISTED_ROW_PROBLEMS = 20;

/** Finds the campaign an imported row names (marketing's CampaignStore does, by name or slug). */
export interface CampaignNames {
  resolve(text: string | null): string | null;
}

export class ImportService {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    private readonly timeZone: () => string,
    private readonly campaigns: CampaignNames,
  ) {}

  preview(input: ImportInput): ImportPreview {
    const file = this.read(input);
    const count = (test: (row: ReadRow) => boolean) => file.rows.filter(test).length;
    return {
      kind: file.format.kind,
      label: formatLabel(file.format),
      columns: file.headers,
      fields: file.format.fields.map((spec) => ({
        field: spec.field,
        label: fieldLabel(spec),
        required: spec.required,
        column: file.mapping[spec.field] ?? null,
      })),
      mapping: file.mapping,
      rows: file.rows
        .filter((row) => row.outcome.kind !== 'ignored')
        .slice(0, MARKETING_LIMITS.previewRows)
        .map((row) => ({
          line: row.line,
          values: row.outcome.kind === 'record' ? shown(row.outcome.record) : row.cells,
          problems: [
            ...(row.outcome.kind === 'problem' ? row.outcome.problems : []),
            ...(row.duplicate ? [say('imports.rows.alreadyImported')] : []),
          ],
        })),
      totals: {
        rows: count((r) => r.outcome.kind !== 'ignored'),
        valid: count((r) => r.outcome.kind === 'record' && !r.duplicate),
        withProblems: count((r) => r.outcome.kind === 'problem'),
        alreadyImported: count((r) => r.duplicate),
      },
      problems: file.problems,
    };
  }

  commit(input: ImportInput): {
    kind: ImportKind;
    imported: number;
    skipped: number;
    alreadyImported: number;
    problems: OwnerMessage[][];
  } {
    const file = this.read(input);
    const now = this.clock.now();
    let imported = 0;
    let alreadyImported = 0;
    this.db.transaction((tx) => {
      for (const row of file.rows) {
        if (row.outcome.kind !== 'record') continue;
        const record = row.outcome.record;
        const inserted = this.insert(tx, record, row.hash!, now);
        if (inserted) imported++;
        else alreadyImported++;
      }
      const skipped = file.rows.filter((r) => r.outcome.kind === 'problem').length;
      tx.insert(importsLog)
        .values({
          fileName: input.fileName,
          kind: file.format.kind,
          rowsImported: imported,
          rowsSkipped: skipped,
          at: now,
        })
        .run();
    });
    return {
      kind: file.format.kind,
      imported,
      skipped: file.rows.filter((r) => r.outcome.kind === 'problem').length,
      alreadyImported,
      problems: file.problems,
    };
  }

  private insert(tx: Tx, record: ImportRecord, rowHash: string, now: number): boolean {
    switch (record.table) {
      case 'ad_spend': {
        const { table: _t, ...values } = record;
        return (
          tx
            .insert(adSpend)
            .values({
              id: rowHash.slice(0, 32),
              ...values,
              campaignId: this.campaigns.resolve(record.campaignName),
              rowHash,
              importedAt: now,
            })
            .onConflictDoNothing()
            .run().changes > 0
        );
      }
      case 'analytics_rows': {
        const { table: _t, ...values } = record;
        return (
          tx
            .insert(analyticsRows)
            .values({
              ...values,
              campaignId: this.campaigns.resolve(record.utmCampaign),
              rowHash,
              importedAt: now,
            })
            .onConflictDoNothing()
            .run().changes > 0
        );
      }
      case 'orders': {
        const { table: _t, ...values } = record;
        return (
          tx
            .insert(orders)
            .values({
              ...values,
              campaignId: this.campaigns.resolve(record.utmCampaign),
              rowHash,
              importedAt: now,
            })
            .onConflictDoNothing()
            .run().changes > 0
        );
      }
    }
  }

  private read(input: ImportInput): ReadFile {
    const csv = parseCsv(input.csvText);
    const comments = csv.records.filter(isComment);
    const records = csv.records.filter((r) => !isComment(r));
    if (records.length === 0)
      throw new AppError('INVALID_INPUT', say('imports.noRows', { file: input.fileName }));
    const { format, headerIndex } = findHeader(input, records);
    const headers = records[headerIndex]!.cells.map((h) => h.trim());
    const mapping = columnMapping(input.mapping, format, headers);
    const data = records.slice(headerIndex + 1);
    const indexOf = new Map(
      Object.entries(mapping).map(([field, header]) => [field, headers.indexOf(header)]),
    );
    const cellsOf = (record: CsvRecord) => {
      const cells: Record<string, string> = {};
      for (const [field, index] of indexOf) cells[field] = record.cells[index] ?? '';
      return cells;
    };
    const valuesOf = (fields: string[]) =>
      data
        .flatMap((record) => fields.map((field) => cellsOf(record)[field] ?? ''))
        .filter((v) => v.trim() !== '');
    const problems: OwnerMessage[][] = [];
    const ctx: ReadingContext = {
      kind: format.kind,
      decimal: detectDecimalMark(valuesOf(NUMERIC_FIELDS), csv.delimiter),
      dateOrder: detectDateOrder(valuesOf(DATE_FIELDS)),
      timeZone: this.timeZone(),
      currency: input.currency ?? currencyInHeader(mapping.amount) ?? null,
      fallbackDate: format.kind === 'ga4' && !mapping.date ? periodEnd(comments) : null,
    };
    const rows: ReadRow[] = [];
    const seen = new Set<string>();
    for (const record of data) {
      const cells = cellsOf(record);
      const outcome = readRow(ctx, (field) => cells[field] ?? '');
      const hash = outcome.kind === 'record' ? rowHash(outcome.record) : null;
      const duplicate = hash !== null && (seen.has(hash) || this.alreadyStored(outcome, hash));
      if (hash) seen.add(hash);
      rows.push({ line: record.line, cells, outcome, hash, duplicate });
    }
    const withProblems = rows.filter((r) => r.outcome.kind === 'problem');
    for (const row of withProblems.slice(0, LISTED_ROW_PROBLEMS)) {
      if (row.outcome.kind === 'problem')
        problems.push([say('imports.file.line', { line: row.line }), ...row.outcome.problems]);
    }
    if (withProblems.length > LISTED_ROW_PROBLEMS) {
      problems.push([say('imports.file.moreLines', { count: withProblems.length - LISTED_ROW_PROBLEMS })]);
    }
    if (rows.every((r) => r.outcome.kind === 'ignored')) problems.push([say('imports.file.noDataRows')]);
    return { format, headers, mapping, rows, problems };
  }

  private alreadyStored(outcome: RowOutcome, hash: string): boolean {
    if (outcome.kind !== 'record') return false;
    const record = outcome.record;
    if (record.table === 'orders') {
      return !!this.db
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.source, record.source), eq(orders.orderId, record.orderId)))
        .get();
    }
    const table = record.table === 'ad_spend' ? adSpend : analyticsRows;
    return !!this.db
      .select({ h: table.rowHash })
      .from(table)
      .where(inArray(table.rowHash, [hash]))
      .get();
  }
}

function rowHash(record: ImportRecord): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

function shown(record: ImportRecord): Record<string, string | number | null> {
  const { table: _table, ...values } = record;
  return values;
}
