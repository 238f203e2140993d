// The importers' words come from the catalog: in German a row's problems, the file's list of them,
// the export's name and its fields' names, and the errors that name them read German; the cells
// and column names the file wrote stay as written.
import { afterEach, beforeAll, expect, it } from 'vitest';
import { FORMATS, fieldLabel, formatLabel, formatOf } from '../../src-main/core/imports/formats';
import { columnMapping, findHeader } from '../../src-main/core/imports/layout';
import { parseCsv } from '../../src-main/core/imports/csv';
import { AppError } from '../../src-main/shared/errors';
import { wordsIn } from '../../src-main/shared/messages/words';
import { readRow, type ReadingContext } from '../../src-main/core/imports/rows';
import { say, type CoreMessageKey } from '../../src-main/shared/messages/owner-message';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { ownerWords } from '../../src-renderer/src/i18n/owner-words';
import { previewHeading, problemWords } from '../../src-renderer/src/features/insights/import-words';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

afterEach(() => applyLanguageChoice('en'));

const meta: ReadingContext = {
  kind: 'meta-ads',
  decimal: '.',
  dateOrder: 'mdy',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  fallbackDate: null,
};

function problemsOf(cells: Record<string, string>) {
  const outcome = readRow(meta, (field) => cells[field] ?? '');
  if (outcome.kind !== 'problem') throw new Error(`expected problems, got ${outcome.kind}`);
  return outcome.problems;
}

const badRow = { date: '2026-02-30', campaign: '', amount: 'abc', clicks: '-3' };

it("says a row's problems in German, the file's cells as written", async () => {
  await applyLanguageChoice('de');
  expect(problemWords(problemsOf(badRow))).toBe(
    'Der Tag „2026-02-30“ ist kein Datum, das Cadence lesen kann. Der Kampagnenname ist leer. ' +
      'Der ausgegebene Betrag „abc“ ist kein Betrag. Die Klicks „-3“ sind negativ.',
  );
  expect(
    problemWords([say('imports.file.line', { line: 4 }), ...problemsOf({ ...badRow, date: '' })]),
  ).toMatch(/^Zeile 4: Der Tag „“ ist kein Datum/);
  expect(problemWords([say('imports.file.moreLines', { count: 3 })])).toBe(
    '… und 3 weitere Zeilen mit Problemen.',
  );
});

it("says a row's problems in English by default, as the core wrote them", () => {
  const problems = problemsOf(badRow);
  expect(problemWords(problems)).toBe(problems.map((p) => p.message).join(' '));
  expect(problemWords(problems)).toBe(
    'Day “2026-02-30” is not a date Cadence can read. The campaign name is empty. ' +
      'The amount spent “abc” is not an amount. The clicks “-3” is negative.',
  );
});

it("names the exports and their fields in German, the exporter's own column names as they are", async () => {
  await applyLanguageChoice('de');
  const meta = formatOf('meta-ads');
  expect(ownerWords(formatLabel(meta))).toBe('Export aus dem Meta Ads Manager');
  expect(meta.fields.map((field) => ownerWords(fieldLabel(field)))).toEqual([
    'Tag',
    'Kampagnenname',
    'Ausgegebener Betrag',
    'Währung',
    'Impressionen',
    'Link-Klicks',
  ]);
  const stripe = formatOf('stripe');
  expect(ownerWords(formatLabel(stripe))).toBe('Zahlungsexport aus Stripe');
  expect(stripe.fields.map((field) => ownerWords(fieldLabel(field)))).toEqual(
    expect.arrayContaining(['Erstellt (UTC)', 'Erstatteter Betrag', 'utm_source (Metadaten)']),
  );
});

it('names them in English by default', () => {
  expect(ownerWords(formatLabel(formatOf('google-ads')))).toBe('Google Ads campaign report');
  expect(formatOf('ga4').fields.map((field) => ownerWords(fieldLabel(field)))).toContain(
    'Session manual ad content',
  );
});

/** The error a layout check throws, as its key and values. */
function refusal(check: () => unknown): AppError {
  try {
    check();
  } catch (caught) {
    if (caught instanceof AppError) return caught;
    throw caught;
  }
  throw new Error('expected the check to refuse');
}

const shopifyCsv = parseCsv(
  'Name,Created at,Total,Currency,Financial Status\n#1001,2026-11-26 10:15,12.00,EUR,paid\n',
);
const notMeta = refusal(() =>
  findHeader({ kind: 'meta-ads', fileName: 'orders.csv', csvText: '' }, shopifyCsv.records),
);
const noCost = refusal(() => columnMapping(undefined, formatOf('google-ads'), ['Day', 'Campaign']));

it('names the export it expected, and the one a file is, in German', async () => {
  await applyLanguageChoice('de');
  expect(ownerWords(notMeta.toShape())).toBe(
    '„orders.csv“ ist kein Export aus dem Meta Ads Manager: Cadence hat die Spalten „Campaign name“, ' +
      '„Day“ (oder „Reporting starts“) und „Amount spent (…)“ erwartet. Es sieht aus wie ein Bestellexport aus Shopify.',
  );
  expect(ownerWords(noCost.toShape())).toBe(
    'Wählen Sie die Spalte für „Kosten“: Die Datei hat keine Spalte, die Cadence dafür erkennt.',
  );
  const noTwo = refusal(() => columnMapping(undefined, formatOf('google-ads'), ['Day']));
  expect(ownerWords(noTwo.toShape())).toBe(
    'Wählen Sie die Spalten für „Kampagne“, „Kosten“: Die Datei hat keine Spalten, die Cadence dafür erkennt.',
  );
  expect(noTwo.message).toBe(
    'Choose the column for “Campaign”, “Cost”: the file has no column Cadence recognises for it.',
  );
  const german = wordsIn('de');
  expect(german(noCost.owner!.key as CoreMessageKey, noCost.owner!.params)).toBe(
    ownerWords(noCost.toShape()),
  );
});

it('names them in English in the English message, the window and the notifications alike', () => {
  const odd = refusal(() =>
    findHeader(
      { kind: 'meta-ads', fileName: '$t(core:imports.fields.day).csv', csvText: '' },
      shopifyCsv.records,
    ),
  );
  expect(odd.message).toMatch(/^“\$t\(core:imports\.fields\.day\)\.csv” is not a Meta Ads Manager export:/);
  expect(notMeta.message).toBe(
    '“orders.csv” is not a Meta Ads Manager export: Cadence expected the columns "Campaign name", ' +
      '"Day" (or "Reporting starts") and "Amount spent (…)". It looks like a Shopify orders export.',
  );
  expect(ownerWords(notMeta.toShape())).toBe(notMeta.message);
  expect(wordsIn('en')(noCost.owner!.key as CoreMessageKey, noCost.owner!.params)).toBe(
    'Choose the column for “Cost”: the file has no column Cadence recognises for it.',
  );
});

it("heads the preview's columns in German, by the values the core sends", async () => {
  await applyLanguageChoice('de');
  expect(['campaignName', 'amountMinor', 'utmSource', 'orderId'].map(previewHeading)).toEqual([
    'Kampagnenname',
    'Betrag (kleinste Einheit)',
    'UTM-Quelle',
    'Bestellnummer',
  ]);
  await applyLanguageChoice('en');
  expect(['campaignName', 'amountMinor', 'utmSource'].map(previewHeading)).toEqual([
    'campaign name',
    'amount minor',
    'utm source',
  ]);
});

it('has a German heading for every field of every export and every value a record stores', async () => {
  await applyLanguageChoice('de');
  const keys = FORMATS.flatMap((format) => format.fields.map((spec) => spec.field));
  const stored = [
    'source',
    'campaignName',
    'amountMinor',
    'revenueMinor',
    'totalMinor',
    'orderId',
    'createdAt',
  ];
  expect([...keys, ...stored].filter((key) => previewHeading(key) === key)).toEqual([]);
});
