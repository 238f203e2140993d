// The exports Cadence reads, by their real column headers. Each field lists the headers
// the exporter writes for it (several exporters renamed columns over the years); a file
// is recognised when every required field finds its column.
import type { ImportKind } from '../../shared/marketing';

export interface FieldSpec {
  field: string;
  label: string;
  required: boolean;
  /** Lower-case header texts, or patterns for headers that carry a value ("Amount spent (EUR)"). */
  headers: Array<string | RegExp>;
}

export interface FormatSpec {
  kind: ImportKind;
  label: string;
  /** What such a file has, for the message when a file is not one. */
  expects: string;
  fields: FieldSpec[];
  /** Headers only this exporter writes, so a look-alike file is not mistaken for it. */
  distinctive: Array<string | RegExp>;
}

const f = (field: string, label: string, required: boolean, ...headers: Array<string | RegExp>) => ({
  field,
  label,
  required,
  headers,
});

export const FORMATS: FormatSpec[] = [
  {
    kind: 'meta-ads',
    label: 'Meta Ads Manager export',
    expects: 'the columns "Campaign name", "Day" (or "Reporting starts") and "Amount spent (…)"',
    fields: [
      f('date', 'Day', true, 'day', 'reporting starts', 'date'),
      f('campaign', 'Campaign name', true, 'campaign name'),
      f('amount', 'Amount spent', true, /^amount spent(?: \(([a-z]{3})\))?$/),
      f('currency', 'Currency', false, 'currency'),
      f('impressions', 'Impressions', false, 'impressions'),
      f('clicks', 'Link clicks', false, 'link clicks', 'clicks (all)'),
    ],
    distinctive: [/^amount spent/],
  },
  {
    kind: 'google-ads',
    label: 'Google Ads campaign report',
    expects: 'the columns "Campaign", "Day" and "Cost" (and usually "Currency code")',
    fields: [
      f('date', 'Day', true, 'day', 'date'),
      f('campaign', 'Campaign', true, 'campaign'),
      f('amount', 'Cost', true, 'cost'),
      f('currency', 'Currency code', false, 'currency code', 'currency'),
      f('impressions', 'Impr.', false, 'impr.', 'impressions'),
      f('clicks', 'Clicks', false, 'clicks'),
    ],
    distinctive: ['cost'],
  },
  {
    kind: 'ga4',
    label: 'Google Analytics 4 export',
    expects:
      'the columns "Session campaign", "Sessions" and "Key events" (or "Conversions"), with "Date" and "Session manual ad content" for per-day and per-post figures',
    fields: [
      f('date', 'Date', false, 'date'),
      f('campaign', 'Session campaign', true, 'session campaign', 'session manual campaign name', 'campaign'),
      f('source', 'Session source', false, 'session source', 'session manual source'),
      f('medium', 'Session medium', false, 'session medium', 'session manual medium'),
      f('sourceMedium', 'Session source / medium', false, 'session source / medium'),
      f('content', 'Session manual ad content', false, 'session manual ad content', 'manual ad content'),
      f('sessions', 'Sessions', true, 'sessions'),
      f('clicks', 'Clicks', false, 'clicks', 'google ads clicks'),
      f('conversions', 'Key events', true, 'key events', 'conversions'),
      f('revenue', 'Total revenue', false, 'total revenue', 'purchase revenue'),
    ],
    distinctive: ['sessions'],
  },
  {
    kind: 'shopify',
    label: 'Shopify orders export',
    expects: 'the columns "Name", "Created at", "Total" and "Currency", with "Landing Site" for UTM tags',
    fields: [
      f('orderId', 'Name', true, 'name'),
      f('createdAt', 'Created at', true, 'created at'),
      f('total', 'Total', true, 'total'),
      f('currency', 'Currency', false, 'currency'),
      f('status', 'Financial Status', false, 'financial status'),
      f('landingSite', 'Landing Site', false, 'landing site', 'landing page url'),
      f('referringSite', 'Referring Site', false, 'referring site'),
    ],
    distinctive: ['financial status', 'lineitem name', 'landing site'],
  },
  {
    kind: 'square',
    label: 'Square transactions export',
    expects: 'the columns "Date", "Time", "Transaction ID" and "Total Collected" (or "Gross Sales")',
    fields: [
      f('date', 'Date', true, 'date'),
      f('time', 'Time', false, 'time'),
      f('orderId', 'Transaction ID', true, 'transaction id', 'payment id'),
      f('total', 'Total Collected', true, 'total collected', 'gross sales', 'net total'),
      f('currency', 'Currency', false, 'currency'),
      f('eventType', 'Event Type', false, 'event type'),
    ],
    distinctive: ['transaction id', 'total collected', 'gross sales'],
  },
  {
    kind: 'stripe',
    label: 'Stripe payments export',
    expects: 'the columns "id", "Created (UTC)", "Amount", "Currency" and "Status"',
    fields: [
      f('orderId', 'id', true, 'id'),
      f('createdAt', 'Created (UTC)', true, 'created (utc)', 'created date (utc)', 'created'),
      f('amount', 'Amount', true, 'amount'),
      f('refunded', 'Amount Refunded', false, 'amount refunded'),
      f('currency', 'Currency', true, 'currency'),
      f('status', 'Status', false, 'status'),
      f('utmSource', 'utm_source (metadata)', false, 'utm_source (metadata)'),
      f('utmMedium', 'utm_medium (metadata)', false, 'utm_medium (metadata)'),
      f('utmCampaign', 'utm_campaign (metadata)', false, 'utm_campaign (metadata)'),
      f('utmContent', 'utm_content (metadata)', false, 'utm_content (metadata)'),
      f(
        'landingSite',
        'landing_page (metadata)',
        false,
        'landing_page (metadata)',
        'landing_site (metadata)',
      ),
    ],
    distinctive: [/^created (date )?\(utc\)$/],
  },
];

export function formatOf(kind: ImportKind): FormatSpec {
  return FORMATS.find((format) => format.kind === kind)!;
}

export function normalizeHeader(header: string): string {
  return header.replace(/\s+/g, ' ').trim().toLowerCase();
}

function matches(header: string, pattern: string | RegExp): boolean {
  const normal = normalizeHeader(header);
  return typeof pattern === 'string' ? normal === pattern : pattern.test(normal);
}

/** field -> header, for every field whose column is in `headers` (first listed header wins). */
export function autoMapping(format: FormatSpec, headers: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const spec of format.fields) {
    for (const pattern of spec.headers) {
      const header = headers.find((h) => matches(h, pattern));
      if (header !== undefined) {
        mapping[spec.field] = header;
        break;
      }
    }
  }
  return mapping;
}

export function fits(format: FormatSpec, headers: string[]): boolean {
  const mapping = autoMapping(format, headers);
  return (
    format.fields.every((spec) => !spec.required || mapping[spec.field] !== undefined) &&
    format.distinctive.some((pattern) => headers.some((h) => matches(h, pattern)))
  );
}

/**
 * The format these headers are, preferring the one that recognises the most columns
 * (a Meta export also has a "Day" column, like Google Ads, but only Meta has "Amount spent").
 */
export function detectFormat(headers: string[]): FormatSpec | null {
  let best: FormatSpec | null = null;
  let bestScore = 0;
  for (const format of FORMATS) {
    if (!fits(format, headers)) continue;
    const score = Object.keys(autoMapping(format, headers)).length;
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}
