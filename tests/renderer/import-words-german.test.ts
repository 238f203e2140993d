// The importers' words come from the catalog: in German a row's problems and the file's list of
// them read German, the cells the file wrote stay as written.
import { afterEach, expect, it } from 'vitest';
import { readRow, type ReadingContext } from '../../src-main/core/imports/rows';
import { say } from '../../src-main/shared/messages/owner-message';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
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
