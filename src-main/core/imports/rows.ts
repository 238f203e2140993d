// Turns the cells of one export row into the record Cadence stores, with a plain reason
// for every value it cannot read. Pure: the preview and the commit run the same code.
import { readUtm } from '../../shared/utm';
import { isCurrencyCode } from '../../shared/money';
import type { ImportKind } from '../../shared/marketing';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import {
  dayIn,
  parseAmount,
  parseDate,
  parseTimestamp,
  toMinor,
  toNumber,
  type DateOrder,
  type DecimalMark,
} from './values';

export interface SpendRecord {
  table: 'ad_spend';
  source: 'meta' | 'google';
  date: string;
  campaignName: string;
  amountMinor: number;
  currency: string;
  impressions: number | null;
  clicks: number | null;
}

export interface AnalyticsRecord {
  table: 'analytics_rows';
  date: string;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
  sessions: number;
  clicks: number | null;
  conversions: number;
  revenueMinor: number | null;
  currency: string | null;
}

export interface OrderRecord {
  table: 'orders';
  source: 'shopify' | 'square' | 'stripe';
  orderId: string;
  createdAt: number;
  date: string;
  totalMinor: number;
  currency: string;
  landingSite: string | null;
  referringSite: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
}

export type ImportRecord = SpendRecord | AnalyticsRecord | OrderRecord;

/** What the whole file says about how to read its values. */
export interface ReadingContext {
  kind: ImportKind;
  decimal: DecimalMark;
  dateOrder: DateOrder;
  timeZone: string;
  /** From the owner, the header ("Amount spent (EUR)") or the file, in that order. */
  currency: string | null;
  /** A GA4 export without a Date column counts its totals on the last day of its range. */
  fallbackDate: string | null;
}

export type RowOutcome =
  | { kind: 'record'; record: ImportRecord }
  | { kind: 'problem'; problems: OwnerMessage[] }
  /** Not data: a totals line, a further line item of an order, a failed payment. */
  | { kind: 'ignored'; reason: string };

type Cells = (field: string) => string;

export function readRow(ctx: ReadingContext, cell: Cells): RowOutcome {
  switch (ctx.kind) {
    case 'meta-ads':
    case 'google-ads':
      return readSpend(ctx, cell);
    case 'ga4':
      return readAnalytics(ctx, cell);
    default:
      return readOrder(ctx, cell);
  }
}

function readSpend(ctx: ReadingContext, cell: Cells): RowOutcome {
  const campaignName = cell('campaign').trim();
  if (/^total:?/i.test(campaignName) || /^total:/i.test(cell('date'))) {
    return { kind: 'ignored', reason: 'a totals line' };
  }
  const problems: OwnerMessage[] = [];
  const date = requireDate(cell('date'), ctx, 'day', problems);
  if (!campaignName) problems.push(say('imports.rows.campaignEmpty'));
  const currency = currencyOf(ctx, cell('currency'), cell('amount'), problems);
  const amount = requireMinor(cell('amount'), ctx, currency, 'amountSpent', problems);
  if (amount !== null && amount < 0) problems.push(say('imports.rows.amountSpent.negative'));
  const impressions = optionalCount(cell('impressions'), ctx, 'impressions', problems);
  const clicks = optionalCount(cell('clicks'), ctx, 'clicks', problems);
  if (problems.length > 0) return { kind: 'problem', problems };
  return {
    kind: 'record',
    record: {
      table: 'ad_spend',
      source: ctx.kind === 'meta-ads' ? 'meta' : 'google',
      date: date!,
      campaignName,
      amountMinor: amount!,
      currency: currency!,
      impressions,
      clicks,
    },
  };
}

function readAnalytics(ctx: ReadingContext, cell: Cells): RowOutcome {
  const campaign = cell('campaign').trim();
  if (/^(grand )?total$/i.test(campaign) || /^(grand )?total$/i.test(cell('date').trim())) {
    return { kind: 'ignored', reason: 'a totals line' };
  }
  const problems: OwnerMessage[] = [];
  const date = cell('date').trim()
    ? requireDate(cell('date'), ctx, 'date', problems)
    : (ctx.fallbackDate ?? (problems.push(say('imports.rows.noDate')), null));
  const [pairSource, pairMedium] = cell('sourceMedium').split(' / ');
  const sessions = optionalCount(cell('sessions'), ctx, 'sessions', problems);
  if (sessions === null && !problems.length) problems.push(say('imports.rows.sessionsEmpty'));
  const conversions = optionalNumber(cell('conversions'), ctx, 'keyEvents', problems) ?? 0;
  const revenueText = cell('revenue');
  const currency = revenueText.trim() ? currencyOf(ctx, '', revenueText, problems) : ctx.currency;
  const revenueMinor = revenueText.trim()
    ? requireMinor(revenueText, ctx, currency, 'totalRevenue', problems)
    : null;
  if (problems.length > 0) return { kind: 'problem', problems };
  return {
    kind: 'record',
    record: {
      table: 'analytics_rows',
      date: date!,
      utmSource: utmValue(cell('source') || pairSource),
      utmMedium: utmValue(cell('medium') || pairMedium),
      utmCampaign: utmValue(campaign),
      utmContent: utmValue(cell('content')),
      sessions: Math.round(sessions!),
      clicks: optionalCount(cell('clicks'), ctx, 'clicks', []),
      conversions,
      revenueMinor,
      currency: revenueMinor === null ? null : currency,
    },
  };
}

function readOrder(ctx: ReadingContext, cell: Cells): RowOutcome {
  const orderId = cell('orderId').trim();
  const status = (cell('status') || cell('eventType')).trim().toLowerCase();
  if (ctx.kind === 'shopify' && cell('createdAt').trim() === '' && cell('total').trim() === '') {
    return { kind: 'ignored', reason: 'another line item of an order above' };
  }
  if (
    ctx.kind === 'stripe' &&
    status &&
    !['paid', 'succeeded', 'refunded', 'partially refunded'].includes(status)
  ) {
    return { kind: 'ignored', reason: `a payment that is ${status}` };
  }
  if (ctx.kind === 'square' && status && status !== 'payment') {
    return { kind: 'ignored', reason: `a ${status}, not a payment` };
  }
  if (ctx.kind === 'shopify' && status === 'voided') return { kind: 'ignored', reason: 'a voided order' };
  const problems: OwnerMessage[] = [];
  if (!orderId) problems.push(say('imports.rows.orderIdEmpty'));
  const createdAt = readCreatedAt(ctx, cell, problems);
  const totalText = ctx.kind === 'stripe' ? cell('amount') : cell('total');
  const currency = currencyOf(ctx, cell('currency'), totalText, problems);
  let totalMinor = requireMinor(totalText, ctx, currency, 'total', problems);
  const refunded = cell('refunded').trim() ? parseAmount(cell('refunded'), ctx.decimal) : null;
  if (totalMinor !== null && refunded && currency) totalMinor -= toMinor(refunded, currency);
  if (problems.length > 0) return { kind: 'problem', problems };
  const landingSite = cell('landingSite').trim() || null;
  const fromLanding = landingSite ? readUtm(landingSite) : null;
  return {
    kind: 'record',
    record: {
      table: 'orders',
      source: ctx.kind as OrderRecord['source'],
      orderId,
      createdAt: createdAt!,
      date: dayIn(createdAt!, ctx.timeZone),
      totalMinor: totalMinor!,
      currency: currency!,
      landingSite,
      referringSite: cell('referringSite').trim() || null,
      utmSource: utmValue(cell('utmSource')) ?? fromLanding?.source ?? null,
      utmMedium: utmValue(cell('utmMedium')) ?? fromLanding?.medium ?? null,
      utmCampaign: utmValue(cell('utmCampaign')) ?? fromLanding?.campaign ?? null,
      utmContent: utmValue(cell('utmContent')) ?? fromLanding?.content ?? null,
    },
  };
}

function readCreatedAt(ctx: ReadingContext, cell: Cells, problems: OwnerMessage[]): number | null {
  const text = ctx.kind === 'square' ? `${cell('date')} ${cell('time')}`.trim() : cell('createdAt');
  // Stripe writes its times in UTC and says so in the header; the others in the shop's zone.
  const zone = ctx.kind === 'stripe' ? 'UTC' : ctx.timeZone;
  const at = parseTimestamp(text, zone, ctx.dateOrder);
  if (at === null) problems.push(say('imports.rows.notDateTime', { text }));
  return at;
}

function requireDate(
  text: string,
  ctx: ReadingContext,
  label: 'day' | 'date',
  problems: OwnerMessage[],
): string | null {
  const date = parseDate(text, ctx.dateOrder);
  if (date === null) problems.push(say(`imports.rows.${label}.notDate`, { text }));
  return date;
}

function currencyOf(
  ctx: ReadingContext,
  column: string,
  amountText: string,
  problems: OwnerMessage[],
): string | null {
  const stated = column.trim().toUpperCase();
  if (stated && isCurrencyCode(stated)) return stated;
  if (stated) {
    problems.push(say('imports.rows.notCurrency', { text: column }));
    return null;
  }
  const currency = ctx.currency ?? parseAmount(amountText, ctx.decimal)?.currency ?? null;
  if (!currency) problems.push(say('imports.rows.whichCurrency'));
  return currency;
}

function requireMinor(
  text: string,
  ctx: ReadingContext,
  currency: string | null,
  label: 'amountSpent' | 'totalRevenue' | 'total',
  problems: OwnerMessage[],
): number | null {
  const amount = parseAmount(text, ctx.decimal);
  if (!amount) {
    problems.push(
      text.trim() ? say(`imports.rows.${label}.notAmount`, { text }) : say(`imports.rows.${label}.empty`),
    );
    return null;
  }
  return currency ? toMinor(amount, currency) : null;
}

/** The fields a row counts, each with its own sentences (German says "Die Klicks …", "Die Sitzungen …"). */
type CountedField = 'impressions' | 'clicks' | 'sessions';

function optionalNumber(
  text: string,
  ctx: ReadingContext,
  label: CountedField | 'keyEvents',
  problems: OwnerMessage[],
): number | null {
  if (!text.trim()) return null;
  const amount = parseAmount(text, ctx.decimal);
  if (!amount || amount.currency) {
    problems.push(say(`imports.rows.${label}.notNumber`, { text }));
    return null;
  }
  return toNumber(amount);
}

function optionalCount(
  text: string,
  ctx: ReadingContext,
  label: CountedField,
  problems: OwnerMessage[],
): number | null {
  const value = optionalNumber(text, ctx, label, problems);
  if (value !== null && value < 0) {
    problems.push(say(`imports.rows.${label}.negative`, { text }));
    return null;
  }
  return value === null ? null : Math.round(value);
}

/** GA4 writes "(not set)", "(direct)" and "(none)" where a tag is absent. */
function utmValue(text: string | undefined): string | null {
  const value = text?.trim() ?? '';
  return value === '' || /^\(.*\)$/.test(value) ? null : value;
}
