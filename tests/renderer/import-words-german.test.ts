// The importers' words come from the catalog: in German a row's problems, the file's list of them,
// the export's name and its fields' names read German; the cells the file wrote, and fields named
// by the exporter's own column ("utm_source (metadata)"), stay as written.
import { afterEach, expect, it } from 'vitest';
import { formatOf } from '../../src-main/core/imports/formats';
import { readRow, type ReadingContext } from '../../src-main/core/imports/rows';
import { say } from '../../src-main/shared/messages/owner-message';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { ownerWords } from '../../src-renderer/src/i18n/owner-words';
import { problemWords } from '../../src-renderer/src/features/insights/import-words';

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
  expect(ownerWords(meta.label)).toBe('Export aus dem Meta Ads Manager');
  expect(meta.fields.map((field) => ownerWords(field.label))).toEqual([
    'Tag',
    'Kampagnenname',
    'Ausgegebener Betrag',
    'Währung',
    'Impressionen',
    'Link-Klicks',
  ]);
  const stripe = formatOf('stripe');
  expect(ownerWords(stripe.label)).toBe('Zahlungsexport aus Stripe');
  expect(stripe.fields.map((field) => ownerWords(field.label))).toEqual(
    expect.arrayContaining(['Erstellt (UTC)', 'Erstatteter Betrag', 'utm_source (metadata)']),
  );
});

it('names them in English by default', () => {
  expect(ownerWords(formatOf('google-ads').label)).toBe('Google Ads campaign report');
  expect(formatOf('ga4').fields.map((field) => ownerWords(field.label))).toContain(
    'Session manual ad content',
  );
});
