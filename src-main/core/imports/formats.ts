// The exports Cadence reads, by their real column headers. Each field lists the headers
// the exporter writes for it (several exporters renamed columns over the years); a file
// is recognised when every required field finds its column.
import type { ImportKind } from '../../shared/marketing';
import type { IMPORT_MESSAGES } from '../../shared/messages/import-messages';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';

/** An export's name, and what it has, by its key in the catalog's imports.formats and imports.expects. */
type FormatWords = keyof typeof IMPORT_MESSAGES.formats;
/** A field's name by its key in the catalog's imports.fields. */
type FieldWords = keyof typeof IMPORT_MESSAGES.fields;

export interface FieldSpec {
  field: string;
  words: FieldWords;
  required: boolean;
  /** Lower-case header texts, or patterns for headers that carry a value ("Amount spent (EUR)"). */
  headers: Array<string | RegExp>;
}

export interface FormatSpec {
  kind: ImportKind;
  words: FormatWords;
  fields: FieldSpec[];
  /** Headers only this exporter writes, so a look-alike file is not mistaken for it. */
  distinctive: Array<string | RegExp>;
}

const f = (field: string, words: FieldWords, required: boolean, ...headers: Array<string | RegExp>) => ({
  field,
  words,
  required,
  headers,
});

export const FORMATS: FormatSpec[] = [
  {
    kind: 'meta-ads',
    words: 'metaAds',
    fields: [
      f('date', 'day', true, 'day', 'reporting starts', 'date'),
      f('campaign', 'campaignName', true, 'campaign name'),
      f('amount', 'amountSpent', true, /^amount spent(?: \(([a-z]{3})\))?$/),
      f('currency', 'currency', false, 'currency'),
      f('impressions', 'impressions', false, 'impressions'),
      f('clicks', 'linkClicks', false, 'link clicks', 'clicks (all)'),
    ],
    distinctive: [/^amount spent/],
  },
  {
    kind: 'google-ads',
    words: 'googleAds',
    fields: [
      f('date', 'day', true, 'day', 'date'),
      f('campaign', 'campaign', true, 'campaign'),
      f('amount', 'cost', true, 'cost'),
      f('currency', 'currencyCode', false, 'currency code', 'currency'),
      f('impressions', 'impr', false, 'impr.', 'impressions'),
      f('clicks', 'clicks', false, 'clicks'),
    ],
    distinctive: ['cost'],
  },
  {
    kind: 'ga4',
    words: 'ga4',
    fields: [
      f('date', 'date', false, 'date'),
      f('campaign', 'sessionCampaign', true, 'session campaign', 'session manual campaign name', 'campaign'),
      f('source', 'sessionSource', false, 'session source', 'session manual source'),
      f('medium', 'sessionMedium', false, 'session medium', 'session manual medium'),
      f('sourceMedium', 'sessionSourceMedium', false, 'session source / medium'),
      f('content', 'sessionManualAdContent', false, 'session manual ad content', 'manual ad content'),
      f('sessions', 'sessions', true, 'sessions'),
      f('clicks', 'clicks', false, 'clicks', 'google ads clicks'),
      f('conversions', 'keyEvents', true, 'key events', 'conversions'),
      f('revenue', 'totalRevenue', false, 'total revenue', 'purchase revenue'),
    ],
    distinctive: ['sessions'],
  },
  {
    kind: 'shopify',
    words: 'shopify',
    fields: [
      f('orderId', 'name', true, 'name'),
      f('createdAt', 'createdAt', true, 'created at'),
      f('total', 'total', true, 'total'),
      f('currency', 'currency', false, 'currency'),
      f('status', 'financialStatus', false, 'financial status'),
      f('landingSite', 'landingSite', false, 'landing site', 'landing page url'),
      f('referringSite', 'referringSite', false, 'referring site'),
    ],
    distinctive: ['financial status', 'lineitem name', 'landing site'],
  },
  {
    kind: 'square',
    words: 'square',
    fields: [
      f('date', 'date', true, 'date'),
      f('time', 'time', false, 'time'),
      f('orderId', 'transactionId', true, 'transaction id', 'payment id'),
      f('total', 'totalCollected', true, 'total collected', 'gross sales', 'net total'),
      f('currency', 'currency', false, 'currency'),
      f('eventType', 'eventType', false, 'event type'),
    ],
    distinctive: ['transaction id', 'total collected', 'gross sales'],
  },
  {
    kind: 'stripe',
    words: 'stripe',
    fields: [
      f('orderId', 'paymentId', true, 'id'),
      f('createdAt', 'createdUtc', true, 'created (utc)', 'created date (utc)', 'created'),
      f('amount', 'amount', true, 'amount'),
      f('refunded', 'amountRefunded', false, 'amount refunded'),
      f('currency', 'currency', true, 'currency'),
      f('status', 'status', false, 'status'),
      f('utmSource', 'utmSourceMetadata', false, 'utm_source (metadata)'),
      f('utmMedium', 'utmMediumMetadata', false, 'utm_medium (metadata)'),
      f('utmCampaign', 'utmCampaignMetadata', false, 'utm_campaign (metadata)'),
      f('utmContent', 'utmContentMetadata', false, 'utm_content (metadata)'),
      f('landingSite', 'landingPageMetadata', false, 'landing_page (metadata)', 'landing_site (metadata)'),
    ],
    distinctive: [/^created (date )?\(utc\)$/],
  },
];

/** The export's name in the owner's language ("Meta Ads Manager export"). */
export function formatLabel(format: FormatSpec): OwnerMessage {
  return say(`imports.formats.${format.words}`);
}

export function fieldLabel(spec: FieldSpec): OwnerMessage {
  return say(`imports.fields.${spec.words}`);
}

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
