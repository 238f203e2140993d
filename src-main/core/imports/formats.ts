// The exports Cadence reads, by their real column headers. Each field lists the headers
// the exporter writes for it (several exporters renamed columns over the years); a file
// is recognised when every required field finds its column.
import type { ImportKind } from '../../shared/marketing';
import { say, type OwnerMessage, type ShownWords } from '../../shared/messages/owner-message';

export interface FieldSpec {
  field: string;
  /** Said in the owner's language, or the exporter's own column name where that is the field's name. */
  label: ShownWords;
  required: boolean;
  /** Lower-case header texts, or patterns for headers that carry a value ("Amount spent (EUR)"). */
  headers: Array<string | RegExp>;
}

export interface FormatSpec {
  kind: ImportKind;
  label: OwnerMessage;
  /** What such a file has, for the message when a file is not one. */
  expects: string;
  fields: FieldSpec[];
  /** Headers only this exporter writes, so a look-alike file is not mistaken for it. */
  distinctive: Array<string | RegExp>;
}

/** A field named by the exporter's column ("utm_source (metadata)"): the same in every language. */
const column = (name: string): ShownWords => ({ message: name });

const f = (field: string, label: ShownWords, required: boolean, ...headers: Array<string | RegExp>) => ({
  field,
  label,
  required,
  headers,
});

export const FORMATS: FormatSpec[] = [
  {
    kind: 'meta-ads',
    label: say('imports.formats.metaAds'),
    expects: 'the columns "Campaign name", "Day" (or "Reporting starts") and "Amount spent (…)"',
    fields: [
      f('date', say('imports.fields.day'), true, 'day', 'reporting starts', 'date'),
      f('campaign', say('imports.fields.campaignName'), true, 'campaign name'),
      f('amount', say('imports.fields.amountSpent'), true, /^amount spent(?: \(([a-z]{3})\))?$/),
      f('currency', say('imports.fields.currency'), false, 'currency'),
      f('impressions', say('imports.fields.impressions'), false, 'impressions'),
      f('clicks', say('imports.fields.linkClicks'), false, 'link clicks', 'clicks (all)'),
    ],
    distinctive: [/^amount spent/],
  },
  {
    kind: 'google-ads',
    label: say('imports.formats.googleAds'),
    expects: 'the columns "Campaign", "Day" and "Cost" (and usually "Currency code")',
    fields: [
      f('date', say('imports.fields.day'), true, 'day', 'date'),
      f('campaign', say('imports.fields.campaign'), true, 'campaign'),
      f('amount', say('imports.fields.cost'), true, 'cost'),
      f('currency', say('imports.fields.currencyCode'), false, 'currency code', 'currency'),
      f('impressions', say('imports.fields.impr'), false, 'impr.', 'impressions'),
      f('clicks', say('imports.fields.clicks'), false, 'clicks'),
    ],
    distinctive: ['cost'],
  },
  {
    kind: 'ga4',
    label: say('imports.formats.ga4'),
    expects:
      'the columns "Session campaign", "Sessions" and "Key events" (or "Conversions"), with "Date" and "Session manual ad content" for per-day and per-post figures',
    fields: [
      f('date', say('imports.fields.date'), false, 'date'),
      f(
        'campaign',
        say('imports.fields.sessionCampaign'),
        true,
        'session campaign',
        'session manual campaign name',
        'campaign',
      ),
      f('source', say('imports.fields.sessionSource'), false, 'session source', 'session manual source'),
      f('medium', say('imports.fields.sessionMedium'), false, 'session medium', 'session manual medium'),
      f('sourceMedium', say('imports.fields.sessionSourceMedium'), false, 'session source / medium'),
      f(
        'content',
        say('imports.fields.sessionManualAdContent'),
        false,
        'session manual ad content',
        'manual ad content',
      ),
      f('sessions', say('imports.fields.sessions'), true, 'sessions'),
      f('clicks', say('imports.fields.clicks'), false, 'clicks', 'google ads clicks'),
      f('conversions', say('imports.fields.keyEvents'), true, 'key events', 'conversions'),
      f('revenue', say('imports.fields.totalRevenue'), false, 'total revenue', 'purchase revenue'),
    ],
    distinctive: ['sessions'],
  },
  {
    kind: 'shopify',
    label: say('imports.formats.shopify'),
    expects: 'the columns "Name", "Created at", "Total" and "Currency", with "Landing Site" for UTM tags',
    fields: [
      f('orderId', say('imports.fields.name'), true, 'name'),
      f('createdAt', say('imports.fields.createdAt'), true, 'created at'),
      f('total', say('imports.fields.total'), true, 'total'),
      f('currency', say('imports.fields.currency'), false, 'currency'),
      f('status', say('imports.fields.financialStatus'), false, 'financial status'),
      f('landingSite', say('imports.fields.landingSite'), false, 'landing site', 'landing page url'),
      f('referringSite', say('imports.fields.referringSite'), false, 'referring site'),
    ],
    distinctive: ['financial status', 'lineitem name', 'landing site'],
  },
  {
    kind: 'square',
    label: say('imports.formats.square'),
    expects: 'the columns "Date", "Time", "Transaction ID" and "Total Collected" (or "Gross Sales")',
    fields: [
      f('date', say('imports.fields.date'), true, 'date'),
      f('time', say('imports.fields.time'), false, 'time'),
      f('orderId', say('imports.fields.transactionId'), true, 'transaction id', 'payment id'),
      f('total', say('imports.fields.totalCollected'), true, 'total collected', 'gross sales', 'net total'),
      f('currency', say('imports.fields.currency'), false, 'currency'),
      f('eventType', say('imports.fields.eventType'), false, 'event type'),
    ],
    distinctive: ['transaction id', 'total collected', 'gross sales'],
  },
  {
    kind: 'stripe',
    label: say('imports.formats.stripe'),
    expects: 'the columns "id", "Created (UTC)", "Amount", "Currency" and "Status"',
    fields: [
      f('orderId', column('id'), true, 'id'),
      f(
        'createdAt',
        say('imports.fields.createdUtc'),
        true,
        'created (utc)',
        'created date (utc)',
        'created',
      ),
      f('amount', say('imports.fields.amount'), true, 'amount'),
      f('refunded', say('imports.fields.amountRefunded'), false, 'amount refunded'),
      f('currency', say('imports.fields.currency'), true, 'currency'),
      f('status', column('Status'), false, 'status'),
      f('utmSource', column('utm_source (metadata)'), false, 'utm_source (metadata)'),
      f('utmMedium', column('utm_medium (metadata)'), false, 'utm_medium (metadata)'),
      f('utmCampaign', column('utm_campaign (metadata)'), false, 'utm_campaign (metadata)'),
      f('utmContent', column('utm_content (metadata)'), false, 'utm_content (metadata)'),
      f(
        'landingSite',
        column('landing_page (metadata)'),
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
