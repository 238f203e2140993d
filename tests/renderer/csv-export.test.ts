// The CSV files the Insights screen saves: a spreadsheet opening one must never run a cell as a
// formula (OWASP "CSV Injection"), and the numbers Cadence writes must stay numbers.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src-renderer/src/features/insights/csv-export';

const row = (...cells: Array<string | number | null>) =>
  toCsv({ headers: [], rows: [cells] })
    .replace(/^\r\n/, '')
    .replace(/\r\n$/, '');

describe('toCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+1+1', "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['-', "'-"],
    ['-€5.00', "'-€5.00"],
  ])('writes text that starts a formula, %j, as text with a leading apostrophe', (text, written) => {
    expect(row(text)).toBe(written);
  });

  it('leaves other text, and negative figures written as text, as they are', () => {
    expect(row('Winter Market', 'a=b', ' =1', '', null)).toBe('Winter Market,a=b, =1,,');
    expect(row('-12.5%', '-1,234.56', '-3')).toBe('-12.5%,"-1,234.56",-3');
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(row(-5, 0, 12.5, -0.25, 1e21)).toBe('-5,0,12.5,-0.25,1e+21');
  });

  it('neutralises headers too, and quotes what needs quoting after the apostrophe', () => {
    expect(toCsv({ headers: ['=cmd', 'Name, full'], rows: [['@x,y', 'a "b"']] })).toBe(
      `'=cmd,"Name, full"\r\n"'@x,y","a ""b"""\r\n`,
    );
  });
});
