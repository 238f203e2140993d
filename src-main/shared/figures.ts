// The marketing figures of a campaign or a post, each with the formula it was computed by.
// Pure and shared: the core computes them, the Insights screen shows the formula on hover.
//
// Choices, stated once:
// - Clicks are visits that arrived through the tagged links: GA4's clicks column where
//   the export has one, its sessions otherwise; ad-platform link clicks only when no GA4
//   rows exist. Conversion rate is conversions / clicks, so both sides count the same visits.
// - Conversions and revenue come from the shop's orders matched by UTM when there are any
//   (they are the till's own record), from GA4's key events and revenue otherwise.
// - A figure that cannot be computed (no data, a zero divisor, mixed currencies) is null
//   with the reason in `missing`, never 0 or NaN.
import { singleCurrency, type MoneyTotal } from './money';

export interface Figure {
  value: number | null;
  formula: string;
  /** Why the value is null, in plain words; absent when there is a value. */
  missing?: string;
}

/** A money figure: value in minor units of `currency`. */
export interface MoneyFigure extends Figure {
  currency: string | null;
}

export interface FigureInputs {
  impressions: number | null;
  clicks: number | null;
  /** Where the clicks came from, for the formula text: "GA4 sessions", "Meta link clicks". */
  clicksSource: string;
  conversions: number | null;
  conversionsSource: string;
  spend: MoneyTotal | null;
  revenue: MoneyTotal | null;
  revenueSource: string;
  /** Why a figure is unknown when the reason is not simply "nothing imported yet". */
  missing?: Partial<Record<'impressions' | 'spend', string>>;
}

export interface Figures {
  impressions: Figure;
  clicks: Figure;
  ctr: Figure;
  conversions: Figure;
  conversionRate: Figure;
  spend: MoneyFigure;
  cpc: MoneyFigure;
  cpa: MoneyFigure;
  revenue: MoneyFigure;
  roas: Figure;
  roi: Figure;
}

export const NOT_ENOUGH_DATA = 'not enough data';

export function computeFigures(input: FigureInputs): Figures {
  const spend = moneyFigure(input.spend, 'spend = sum of ad spend entries', 'spend', input.missing?.spend);
  const revenue = moneyFigure(input.revenue, `revenue = ${input.revenueSource}`, 'revenue');
  const impressions = count(
    input.impressions,
    'impressions = ad platforms’ impressions',
    'impressions',
    input.missing?.impressions,
  );
  const clicks = count(input.clicks, `clicks = ${input.clicksSource}`, 'clicks');
  const conversions = count(input.conversions, `conversions = ${input.conversionsSource}`, 'conversions');
  const sameCurrency =
    spend.currency !== null && revenue.currency !== null && spend.currency !== revenue.currency
      ? `Spend is in ${spend.currency} and revenue in ${revenue.currency}; Cadence does not convert currencies.`
      : null;
  return {
    impressions,
    clicks,
    ctr: ratio(clicks, impressions, 'CTR = clicks / impressions'),
    conversions,
    conversionRate: ratio(conversions, clicks, 'conversion rate = conversions / clicks'),
    spend,
    cpc: { ...ratio(spend, clicks, 'CPC = spend / clicks'), currency: spend.currency },
    cpa: { ...ratio(spend, conversions, 'CPA = spend / conversions'), currency: spend.currency },
    revenue,
    roas: sameCurrency
      ? { value: null, formula: 'ROAS = revenue / spend', missing: sameCurrency }
      : ratio(revenue, spend, 'ROAS = revenue / spend'),
    roi: sameCurrency
      ? { value: null, formula: 'ROI = (revenue − spend) / spend', missing: sameCurrency }
      : roi(revenue, spend),
  };
}

function count(value: number | null, formula: string, what: string, why?: string): Figure {
  return value === null
    ? { value: null, formula, missing: why ?? `No ${what} imported yet.` }
    : { value, formula };
}

function moneyFigure(total: MoneyTotal | null, formula: string, what: string, why?: string): MoneyFigure {
  const single = singleCurrency(total);
  if (single.ok) return { value: single.money.minor, currency: single.money.currency, formula };
  return {
    value: null,
    currency: null,
    formula,
    missing:
      single.reason === 'mixed'
        ? `The ${what} is in ${single.currencies.join(' and ')}; Cadence does not add different currencies.`
        : (why ?? `No ${what} recorded yet.`),
  };
}

/** numerator / denominator, or null with the reason when either is unknown or the divisor is 0. */
export function ratio(numerator: Figure, denominator: Figure, formula: string): Figure {
  if (numerator.value === null) return { value: null, formula, missing: numerator.missing };
  if (denominator.value === null) return { value: null, formula, missing: denominator.missing };
  if (denominator.value === 0) {
    const divisor = formula.slice(formula.lastIndexOf(' / ') + 3);
    return { value: null, formula, missing: `Cannot divide by 0 ${divisor}.` };
  }
  return { value: numerator.value / denominator.value, formula };
}

function roi(revenue: MoneyFigure, spend: MoneyFigure): Figure {
  const formula = 'ROI = (revenue − spend) / spend';
  const base = ratio(revenue, spend, 'ROI = revenue / spend');
  if (base.value === null) return { value: null, formula, missing: base.missing };
  return { value: (revenue.value! - spend.value!) / spend.value!, formula };
}
