// CSV imports from realistic exports (real column headers, quoted commas and line breaks,
// a BOM, CRLF, decimal commas, currency symbols, empty rows), through the real dispatch
// and a real database: detection, preview, clear errors, dedupe on re-import.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src-main/core/imports/csv';
import { decodeCsvBytes } from '../../src-main/shared/csv-bytes';
import {
  detectDecimalMark,
  parseAmount,
  parseDate,
  parseTimestamp,
  toMinor,
} from '../../src-main/core/imports/values';
import type { ImportKind } from '../../src-main/shared/marketing';
import type { ChannelOutput } from '../../src-main/shared/contract';
import { test as coreTest } from '../support/core-fixture';
import { exportFixture } from '../support/export-fixtures';

const fixture = exportFixture;

/** A problem's English, its sentences joined as the window joins them. */
const english = (sentences: Array<{ message: string }>) => sentences.map((s) => s.message).join(' ');

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, quoted line breaks, a BOM and CRLF, and skips empty rows', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2"\r\n,,\r\n\r\nlast,,\r\n';
    expect(parseCsv(text).records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'line 1\r\nline 2'] },
      { line: 6, cells: ['last', '', ''] },
    ]);
  });

  it('reads semicolon and tab files from the header line, and a last line without a newline', () => {
    expect(parseCsv('Day;Cost\n2026-11-25;"1.234,56"').records[1]!.cells).toEqual(['2026-11-25', '1.234,56']);
    expect(parseCsv('Day\tCost\n2026-11-25\t12.40\n').delimiter).toBe('\t');
  });
});

// A Google Ads report as Excel saves it with "Unicode Text": tabs between cells, CRLF, and
// text that is not ASCII. Encoded in the test, byte by byte, in each encoding exporters use.
const EXCEL_TEXT = [
  'Day\tCampaign\tCurrency code\tImpr.\tClicks\tCost',
  '2026-11-25\tCafé Crème – Noël\tEUR\t1200\t40\t€12.40',
  '2026-11-26\t"Winter Market\t(tab inside)"\tEUR\t1450\t45\t15.10',
  '',
].join('\r\n');
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const swapped = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
/** Windows-1252 for the characters EXCEL_TEXT uses: Latin-1, plus "€" at 0x80 and "–" at 0x96. */
const windows1252 = (text: string) =>
  new Uint8Array([...text].map((char) => (char === '€' ? 0x80 : char === '–' ? 0x96 : char.charCodeAt(0))));

describe('decodeCsvBytes', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-16LE with a BOM (Excel "Unicode Text")', utf16le(`\ufeff${EXCEL_TEXT}`)],
    ['UTF-16BE with a BOM', swapped(utf16le(`\ufeff${EXCEL_TEXT}`))],
    ['UTF-16LE without a BOM', utf16le(EXCEL_TEXT)],
    ['UTF-16BE without a BOM', swapped(utf16le(EXCEL_TEXT))],
    ['UTF-8 with a BOM', new Uint8Array(Buffer.from(`\ufeff${EXCEL_TEXT}`, 'utf8'))],
    ['UTF-8', new Uint8Array(Buffer.from(EXCEL_TEXT, 'utf8'))],
    ['Windows-1252 (Excel "CSV" on Windows)', windows1252(EXCEL_TEXT)],
  ])('reads %s as the text that was written', (_label, bytes) => {
    expect(decodeCsvBytes(bytes)).toBe(EXCEL_TEXT);
  });

  it('reads UTF-16 text whose characters have zero bytes of their own (一 is U+4E00)', () => {
    const text = 'Day\tCampaign\n' + '2026-11-25\t一二一\n'.repeat(20);
    expect(decodeCsvBytes(utf16le(text))).toBe(text);
    expect(decodeCsvBytes(swapped(utf16le(text)))).toBe(text);
  });

  it('splits the decoded Unicode Text on its tabs, keeping a quoted tab inside its cell', () => {
    const csv = parseCsv(decodeCsvBytes(utf16le(`\ufeff${EXCEL_TEXT}`)));
    expect(csv.delimiter).toBe('\t');
    expect(csv.records.map((r) => r.cells[1])).toEqual([
      'Campaign',
      'Café Crème – Noël',
      'Winter Market\t(tab inside)',
    ]);
  });
});

describe('locale-aware values', () => {
  it.each([
    ['1.234,56', ',', 'EUR', 123_456],
    ['1,234.56', '.', 'USD', 123_456],
    ['€12,50', ',', 'EUR', 1_250],
    ['12,50 €', ',', 'EUR', 1_250],
    ['$1,204.00', '.', 'USD', 120_400],
    ['(12.50)', '.', 'USD', -1_250],
    ['($0.60)', '.', 'USD', -60],
    ['-3.5', '.', 'USD', -350],
    ['1 234,5', ',', 'EUR', 123_450],
    ["1'234.50", '.', 'CHF', 123_450],
    ['EUR 99.999', '.', 'EUR', 10_000],
    ['1,234', '.', 'JPY', 1_234],
    ['12.5', '.', 'KWD', 12_500],
  ] as const)('%s with decimal %s in %s is %d minor units', (text, decimal, currency, minor) => {
    expect(toMinor(parseAmount(text, decimal)!, currency)).toBe(minor);
  });

  it('names the currency a symbol or code stands for, and refuses text that is not an amount', () => {
    expect(parseAmount('€12,50', ',')!.currency).toBe('EUR');
    expect(parseAmount('£3.00', '.')!.currency).toBe('GBP');
    expect(parseAmount('12.00 usd', '.')!.currency).toBe('USD');
    expect(parseAmount('--', '.')).toBeNull();
    expect(parseAmount('12.3.4', '.')).toBeNull();
    expect(parseAmount('', '.')).toBeNull();
  });

  it('tells decimal commas from thousands separators by the whole column', () => {
    expect(detectDecimalMark(['40,50', '1.012,48'], ',')).toBe(',');
    expect(detectDecimalMark(['1,200', '12.40'], ',')).toBe('.');
    expect(detectDecimalMark(['1,200'], ';')).toBe(',');
  });

  it('reads the date formats exporters write, and rejects days that do not exist', () => {
    expect(parseDate('20261125')).toBe('2026-11-25');
    expect(parseDate('2026-11-25')).toBe('2026-11-25');
    expect(parseDate('11/25/26')).toBe('2026-11-25');
    expect(parseDate('25/11/2026', 'dmy')).toBe('2026-11-25');
    expect(parseDate('25.11.2026')).toBe('2026-11-25');
    expect(parseDate('Nov 25, 2026')).toBe('2026-11-25');
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseTimestamp('2026-11-25 16:20:05 +0100', 'UTC')).toBe(Date.parse('2026-11-25T15:20:05Z'));
    expect(parseTimestamp('2026-11-26 14:03:11', 'UTC')).toBe(Date.parse('2026-11-26T14:03:11Z'));
    expect(parseTimestamp('11/25/26 09:14:02', 'America/New_York')).toBe(Date.parse('2026-11-25T14:14:02Z'));
  });
});

type ImportOptions = { kind?: ImportKind; currency?: string };

/** The import channels on a fixture file, and what they wrote, on the test's core. */
const test = coreTest.extend<{
  preview: (fileName: string, extra?: ImportOptions) => Promise<ChannelOutput<'imports.preview'>>;
  commit: (fileName: string, extra?: ImportOptions) => Promise<ChannelOutput<'imports.commit'>>;
  rows: (sql: string) => unknown[];
}>({
  preview: async ({ t }, use) =>
    use((fileName, extra = {}) =>
      t.call('imports.preview', { fileName, csvText: fixture(fileName), ...extra }),
    ),
  commit: async ({ t }, use) =>
    use((fileName, extra = {}) =>
      t.call('imports.commit', { fileName, csvText: fixture(fileName), ...extra }),
    ),
  rows: async ({ t }, use) => use((sql) => t.core.database.sqlite.prepare(sql).all()),
});

describe('imports through the core', () => {
  test.override({ coreOptions: { timeZone: 'Europe/Berlin', publishing: false } });

  test.for<[string, ImportKind, number]>([
    ['meta-ads-winter-market.csv', 'meta-ads', 4],
    ['google-ads-campaigns.csv', 'google-ads', 4],
    ['ga4-traffic-acquisition.csv', 'ga4', 5],
    ['shopify-orders.csv', 'shopify', 4],
    ['square-transactions.csv', 'square', 2],
    ['stripe-payments.csv', 'stripe', 2],
  ])('recognises %s as %s by its headers and previews %d rows', async ([file, kind, valid], { preview }) => {
    const result = await preview(file, { currency: kind === 'ga4' ? 'EUR' : undefined });
    expect(result.kind).toBe(kind);
    expect(result.totals).toMatchObject({ valid, withProblems: 0, alreadyImported: 0 });
    expect(result.problems).toEqual([]);
    expect(result.fields.filter((f) => f.required).every((f) => f.column !== null)).toBe(true);
  });

  test('Meta: decimal commas with a BOM and CRLF, the currency from the "Amount spent (EUR)" header, quoted commas', async ({
    preview,
  }) => {
    const result = await preview('meta-ads-winter-market.csv');
    expect(result.mapping).toMatchObject({
      date: 'Day',
      campaign: 'Campaign name',
      amount: 'Amount spent (EUR)',
    });
    expect(result.rows.map((r) => r.values)).toEqual([
      expect.objectContaining({
        date: '2026-11-25',
        campaignName: 'Winter Market',
        amountMinor: 4050,
        currency: 'EUR',
      }),
      expect.objectContaining({ date: '2026-11-26', amountMinor: 3825, impressions: 4980, clicks: 118 }),
      expect.objectContaining({ date: '2026-11-27', amountMinor: 4125 }),
      expect.objectContaining({ campaignName: 'Gift cards, holiday', amountMinor: 101_248 }),
    ]);
  });

  test('Google Ads: skips the title lines and the totals, reads "1,200" impressions and a "€" cost', async ({
    commit,
    rows,
  }) => {
    await commit('google-ads-campaigns.csv');
    expect(
      rows(
        'select date, campaign_name, amount_minor, currency, impressions, clicks, source from ad_spend order by date, campaign_name',
      ),
    ).toEqual([
      {
        date: '2026-11-25',
        campaign_name: 'Winter Market',
        amount_minor: 1240,
        currency: 'EUR',
        impressions: 1200,
        clicks: 40,
        source: 'google',
      },
      {
        date: '2026-11-26',
        campaign_name: 'Winter Market',
        amount_minor: 1510,
        currency: 'EUR',
        impressions: 1450,
        clicks: 45,
        source: 'google',
      },
      {
        date: '2026-11-27',
        campaign_name: 'Brand terms',
        amount_minor: 600,
        currency: 'EUR',
        impressions: 300,
        clicks: 12,
        source: 'google',
      },
      {
        date: '2026-11-27',
        campaign_name: 'Winter Market',
        amount_minor: 2250,
        currency: 'EUR',
        impressions: 1350,
        clicks: 55,
        source: 'google',
      },
    ]);
  });

  test('GA4: comment block, YYYYMMDD dates, "(not set)" read as no tag; asks for the currency when revenue has none', async ({
    preview,
    commit,
    rows,
  }) => {
    const withoutCurrency = await preview('ga4-traffic-acquisition.csv');
    expect(withoutCurrency.totals.withProblems).toBe(5);
    expect(english(withoutCurrency.problems[0]!)).toMatch(/^Line 10: The file does not say which currency/);

    await commit('ga4-traffic-acquisition.csv', { currency: 'EUR' });
    expect(
      rows(
        'select date, utm_source, utm_medium, utm_campaign, utm_content, sessions, conversions, revenue_minor, currency from analytics_rows order by id',
      ),
    ).toEqual([
      {
        date: '2026-11-25',
        utm_source: 'bluesky',
        utm_medium: 'social',
        utm_campaign: 'winter-market',
        utm_content: 'post-1',
        sessions: 120,
        conversions: 4,
        revenue_minor: 9600,
        currency: 'EUR',
      },
      {
        date: '2026-11-26',
        utm_source: 'bluesky',
        utm_medium: 'social',
        utm_campaign: 'winter-market',
        utm_content: 'post-1',
        sessions: 95,
        conversions: 3,
        revenue_minor: 7250,
        currency: 'EUR',
      },
      {
        date: '2026-11-26',
        utm_source: 'facebook',
        utm_medium: 'paid',
        utm_campaign: 'winter-market',
        utm_content: 'meta-ad-1',
        sessions: 210,
        conversions: 6,
        revenue_minor: 15000,
        currency: 'EUR',
      },
      {
        date: '2026-11-27',
        utm_source: 'google',
        utm_medium: 'cpc',
        utm_campaign: 'winter-market',
        utm_content: null,
        sessions: 85,
        conversions: 2,
        revenue_minor: 4800,
        currency: 'EUR',
      },
      {
        date: '2026-11-27',
        utm_source: null,
        utm_medium: null,
        utm_campaign: null,
        utm_content: null,
        sessions: 400,
        conversions: 9,
        revenue_minor: 121000,
        currency: 'EUR',
      },
    ]);
  });

  test('GA4 without a Date column counts its totals on the last day of the period it states', async ({
    t,
  }) => {
    const csvText =
      '# Start date: 20261101\n# End date: 20261130\nSession campaign,Sessions,Key events\nwinter-market,"1,024",3.00\n';
    const result = await t.call('imports.preview', { fileName: 'ga4.csv', csvText });
    expect(result.rows[0]!.values).toMatchObject({ date: '2026-11-30', sessions: 1024, conversions: 3 });
  });

  test('Shopify: one order per order (not per line item), UTM from the landing site, voided orders ignored', async ({
    commit,
    rows,
  }) => {
    const result = await commit('shopify-orders.csv');
    expect(result).toMatchObject({ kind: 'shopify', imported: 4, skipped: 0, alreadyImported: 0 });
    expect(
      rows(
        'select order_id, date, total_minor, currency, utm_source, utm_campaign, utm_content, referring_site from orders order by order_id',
      ),
    ).toEqual([
      {
        order_id: '#1001',
        date: '2026-11-25',
        total_minor: 5800,
        currency: 'EUR',
        utm_source: 'bluesky',
        utm_campaign: 'winter-market',
        utm_content: 'post-1',
        referring_site: 'https://bsky.app/',
      },
      {
        order_id: '#1002',
        date: '2026-11-26',
        total_minor: 4250,
        currency: 'EUR',
        utm_source: 'facebook',
        utm_campaign: 'winter-market',
        utm_content: 'meta-ad-1',
        referring_site: 'https://l.facebook.com/',
      },
      {
        order_id: '#1003',
        date: '2026-11-27',
        total_minor: 11950,
        currency: 'EUR',
        utm_source: 'google',
        utm_campaign: 'winter-market',
        utm_content: null,
        referring_site: 'https://www.google.com/',
      },
      {
        order_id: '#1004',
        date: '2026-11-27',
        total_minor: 3000,
        currency: 'EUR',
        utm_source: null,
        utm_campaign: null,
        utm_content: null,
        referring_site: null,
      },
    ]);
  });

  test('Square: dollar amounts with thousands separators in USD, US dates in the business zone, refunds ignored', async ({
    commit,
    rows,
  }) => {
    await commit('square-transactions.csv');
    expect(
      rows('select order_id, created_at, date, total_minor, currency from orders order by order_id'),
    ).toEqual([
      {
        order_id: 'tx-7Hq1',
        created_at: Date.parse('2026-11-25T08:14:02Z'),
        date: '2026-11-25',
        total_minor: 1550,
        currency: 'USD',
      },
      {
        order_id: 'tx-8Kp2',
        created_at: Date.parse('2026-11-26T14:40:10Z'),
        date: '2026-11-26',
        total_minor: 120_400,
        currency: 'USD',
      },
    ]);
  });

  test('Stripe: UTM from metadata columns, refunds subtracted, failed payments ignored', async ({
    commit,
    rows,
  }) => {
    await commit('stripe-payments.csv');
    expect(
      rows(
        'select order_id, date, total_minor, currency, utm_campaign, utm_content from orders order by order_id',
      ),
    ).toEqual([
      {
        order_id: 'py_3Q1a',
        date: '2026-11-26',
        total_minor: 4500,
        currency: 'EUR',
        utm_campaign: 'winter-market',
        utm_content: 'post-1',
      },
      {
        order_id: 'py_3Q1b',
        date: '2026-11-26',
        total_minor: 4000,
        currency: 'EUR',
        utm_campaign: null,
        utm_content: null,
      },
    ]);
  });

  test('re-importing the same file adds nothing, and the preview says the rows are already there', async ({
    preview,
    commit,
    rows,
  }) => {
    for (const file of ['meta-ads-winter-market.csv', 'shopify-orders.csv', 'ga4-traffic-acquisition.csv']) {
      const first = await commit(file, { currency: 'EUR' });
      const again = await commit(file, { currency: 'EUR' });
      expect(again).toMatchObject({ imported: 0, alreadyImported: first.imported });
      const shown = await preview(file, { currency: 'EUR' });
      expect(shown.totals).toMatchObject({ valid: 0, alreadyImported: first.imported });
      expect(shown.rows[0]!.problems.map((p) => p.message)).toEqual([
        'Already imported; it will not be added again.',
      ]);
    }
    expect(rows('select count(*) as n from ad_spend')).toEqual([{ n: 4 }]);
    expect(rows('select count(*) as n from orders')).toEqual([{ n: 4 }]);
    expect(rows('select count(*) as n from analytics_rows')).toEqual([{ n: 5 }]);
    expect(rows('select kind, rows_imported from imports_log order by id')).toEqual([
      { kind: 'meta-ads', rows_imported: 4 },
      { kind: 'meta-ads', rows_imported: 0 },
      { kind: 'shopify', rows_imported: 4 },
      { kind: 'shopify', rows_imported: 0 },
      { kind: 'ga4', rows_imported: 5 },
      { kind: 'ga4', rows_imported: 0 },
    ]);
  });

  test('a file that is not what it claims to be gets a clear error naming what was expected', async ({
    t,
    preview,
    rows,
  }) => {
    await expect(preview('shopify-orders.csv', { kind: 'meta-ads' })).rejects.toThrow(
      '“shopify-orders.csv” is not a Meta Ads Manager export: Cadence expected the columns "Campaign name", "Day" (or "Reporting starts") and "Amount spent (…)". It looks like a Shopify orders export.',
    );
    await expect(preview('contacts.csv', { kind: 'stripe' })).rejects.toThrow(
      /is not a Stripe payments export: .* Its first line has: “First Name”, “Last Name”, “E-mail Address”, “Mobile Phone”\./,
    );
    await expect(preview('contacts.csv')).rejects.toThrow(
      /^Cadence does not recognise “contacts.csv”. It reads Meta Ads Manager export, Google Ads campaign report, Google Analytics 4 export, Shopify orders export, Square transactions export, Stripe payments export\./,
    );
    await expect(
      t.call('imports.preview', { fileName: 'empty.csv', csvText: '\ufeff\r\n\r\n' }),
    ).rejects.toThrow('“empty.csv” has no rows.');
    expect(rows('select count(*) as n from imports_log')).toEqual([{ n: 0 }]);
  });

  test('lists per-row problems in the preview and skips those rows on commit', async ({ t }) => {
    const csvText =
      'Day,Campaign name,Amount spent (USD)\n2026-11-25,Winter Market,12.00\n2026-02-30,Winter Market,3.00\n2026-11-26,,abc\n';
    const shown = await t.call('imports.preview', { fileName: 'meta.csv', csvText });
    expect(shown.rows.map((r) => r.problems.map((p) => p.message))).toEqual([
      [],
      ['Day “2026-02-30” is not a date Cadence can read.'],
      ['The campaign name is empty.', 'The amount spent “abc” is not an amount.'],
    ]);
    expect(shown.rows[1]!.problems).toEqual([
      {
        key: 'imports.rows.day.notDate',
        params: { text: '2026-02-30' },
        message: 'Day “2026-02-30” is not a date Cadence can read.',
      },
    ]);
    expect(shown.label).toMatchObject({ key: 'imports.formats.metaAds', message: 'Meta Ads Manager export' });
    expect(shown.fields[0]!.label).toMatchObject({ key: 'imports.fields.day', message: 'Day' });
    expect(shown.problems.map(english)).toEqual([
      'Line 3: Day “2026-02-30” is not a date Cadence can read.',
      'Line 4: The campaign name is empty. The amount spent “abc” is not an amount.',
    ]);
    expect(await t.call('imports.commit', { fileName: 'meta.csv', csvText })).toMatchObject({
      imported: 1,
      skipped: 2,
    });
  });

  test('takes an overriding column mapping for renamed columns, and refuses a column the file lacks', async ({
    t,
  }) => {
    const csvText = 'Datum;Kampagne;Ausgaben\n25.11.2026;Winter Market;"1.234,56 €"\n';
    const mapping = { date: 'Datum', campaign: 'Kampagne', amount: 'Ausgaben' };
    const shown = await t.call('imports.preview', {
      fileName: 'de.csv',
      csvText,
      kind: 'google-ads',
      mapping,
    });
    expect(shown.rows[0]!.values).toMatchObject({
      date: '2026-11-25',
      amountMinor: 123_456,
      currency: 'EUR',
    });
    await expect(
      t.call('imports.preview', {
        fileName: 'de.csv',
        csvText,
        kind: 'google-ads',
        mapping: { ...mapping, amount: 'Kosten' },
      }),
    ).rejects.toThrow('There is no column “Kosten” in this file for Cost.');
  });

  test.for<[string, Uint8Array]>([
    ['UTF-16LE', utf16le(`\ufeff${EXCEL_TEXT}`)],
    ['UTF-16BE', swapped(utf16le(`\ufeff${EXCEL_TEXT}`))],
    ['Windows-1252', windows1252(EXCEL_TEXT)],
  ])(
    'imports a Google Ads report saved by Excel in %s with its accents and euro signs',
    async ([_, bytes], { t, rows }) => {
      const csvText = decodeCsvBytes(bytes);
      const done = await t.call('imports.commit', { fileName: 'Campaigns.txt', csvText });
      expect(done).toMatchObject({ kind: 'google-ads', imported: 2, skipped: 0 });
      expect(
        rows('select date, campaign_name, amount_minor, currency, impressions from ad_spend order by date'),
      ).toEqual([
        {
          date: '2026-11-25',
          campaign_name: 'Café Crème – Noël',
          amount_minor: 1240,
          currency: 'EUR',
          impressions: 1200,
        },
        {
          date: '2026-11-26',
          campaign_name: 'Winter Market\t(tab inside)',
          amount_minor: 1510,
          currency: 'EUR',
          impressions: 1450,
        },
      ]);
    },
  );

  test('refuses files over 10 MB at the boundary', async ({ t }) => {
    const result = await t.core.invoke('imports.preview', {
      fileName: 'big.csv',
      csvText: 'a'.repeat(10 * 1024 * 1024 + 1),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'The file is larger than 10 MB. Export a shorter period.',
      },
    });
  });
});
