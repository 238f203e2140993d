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
import { say, type OwnerMessage, type SaidText } from './messages/owner-message';
import { singleCurrency, type MoneyTotal } from './money';

export interface Figure {
  value: number | null;
  formula: SaidText;
  /** Why the value is null; absent when there is a value. */
  missing?: SaidText;
}

/** A money figure: value in minor units of `currency`. */
export interface MoneyFigure extends Figure {
  currency: string | null;
}

/** Where counted numbers came from: analytics or orders, the ad platforms, or campaigns added up. */
export type ClicksSource = 'analytics' | 'ads' | 'added';
export type OrdersSource = 'orders' | 'analytics' | 'added';

export interface FigureInputs {
  impressions: number | null;
  clicks: number | null;
  clicksSource: ClicksSource;
  conversions: number | null;
  conversionsSource: OrdersSource;
  spend: MoneyTotal | null;
  revenue: MoneyTotal | null;
  revenueSource: OrdersSource;
  /** Why a figure is unknown when the reason is not simply "nothing imported yet". */
  missing?: Partial<Record<'impressions' | 'spend', OwnerMessage>>;
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

const CLICKS_FORMULA = {
  analytics: 'figures.formula.clicksAnalytics',
  ads: 'figures.formula.clicksAds',
  added: 'figures.formula.clicksAdded',
} as const;
const CONVERSIONS_FORMULA = {
  orders: 'figures.formula.conversionsOrders',
  analytics: 'figures.formula.conversionsAnalytics',
  added: 'figures.formula.conversionsAdded',
} as const;
const REVENUE_FORMULA = {
  orders: 'figures.formula.revenueOrders',
  analytics: 'figures.formula.revenueAnalytics',
  added: 'figures.formula.revenueAdded',
} as const;

export function computeFigures(input: FigureInputs): Figures {
  const spend = moneyFigure(input.spend, say('figures.formula.spend'), 'Spend', input.missing?.spend);
  const revenue = moneyFigure(input.revenue, say(REVENUE_FORMULA[input.revenueSource]), 'Revenue');
  const impressions = count(
    input.impressions,
    say('figures.formula.impressions'),
    say('figures.missing.noImpressions'),
    input.missing?.impressions,
  );
  const clicks = count(
    input.clicks,
    say(CLICKS_FORMULA[input.clicksSource]),
    say('figures.missing.noClicks'),
  );
  const conversions = count(
    input.conversions,
    say(CONVERSIONS_FORMULA[input.conversionsSource]),
    say('figures.missing.noConversions'),
  );
  const sameCurrency =
    spend.currency !== null && revenue.currency !== null && spend.currency !== revenue.currency
      ? say('figures.missing.spendAndRevenue', { spend: spend.currency, revenue: revenue.currency })
      : null;
  const roas = say('figures.formula.roas');
  return {
    impressions,
    clicks,
    ctr: ratio(clicks, impressions, say('figures.formula.ctr'), say('figures.missing.zeroImpressions')),
    conversions,
    conversionRate: ratio(
      conversions,
      clicks,
      say('figures.formula.conversionRate'),
      say('figures.missing.zeroClicks'),
    ),
    spend,
    cpc: {
      ...ratio(spend, clicks, say('figures.formula.cpc'), say('figures.missing.zeroClicks')),
      currency: spend.currency,
    },
    cpa: {
      ...ratio(spend, conversions, say('figures.formula.cpa'), say('figures.missing.zeroConversions')),
      currency: spend.currency,
    },
    revenue,
    roas: sameCurrency
      ? { value: null, formula: roas, missing: sameCurrency }
      : ratio(revenue, spend, roas, say('figures.missing.zeroSpend')),
    roi: sameCurrency
      ? { value: null, formula: say('figures.formula.roi'), missing: sameCurrency }
      : roi(revenue, spend),
  };
}

function count(value: number | null, formula: OwnerMessage, none: OwnerMessage, why?: OwnerMessage): Figure {
  return value === null ? { value: null, formula, missing: why ?? none } : { value, formula };
}

function moneyFigure(
  total: MoneyTotal | null,
  formula: OwnerMessage,
  what: 'Spend' | 'Revenue',
  why?: OwnerMessage,
): MoneyFigure {
  const single = singleCurrency(total);
  if (single.ok) return { value: single.money.minor, currency: single.money.currency, formula };
  return {
    value: null,
    currency: null,
    formula,
    missing:
      single.reason === 'mixed'
        ? say(`figures.missing.mixed${what}`, { currencies: single.currencies.join(' / ') })
        : (why ?? say(`figures.missing.no${what}`)),
  };
}

/** numerator / denominator, or null with the reason when either is unknown or the divisor is 0. */
export function ratio(
  numerator: Figure,
  denominator: Figure,
  formula: OwnerMessage,
  byZero: OwnerMessage,
): Figure {
  if (numerator.value === null) return { value: null, formula, missing: numerator.missing };
  if (denominator.value === null) return { value: null, formula, missing: denominator.missing };
  if (denominator.value === 0) return { value: null, formula, missing: byZero };
  return { value: numerator.value / denominator.value, formula };
}

function roi(revenue: MoneyFigure, spend: MoneyFigure): Figure {
  const formula = say('figures.formula.roi');
  const base = ratio(revenue, spend, formula, say('figures.missing.zeroSpend'));
  if (base.value === null) return { value: null, formula, missing: base.missing };
  return { value: (revenue.value! - spend.value!) / spend.value!, formula };
}
