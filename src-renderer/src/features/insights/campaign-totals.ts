// The "All campaigns" row: the campaigns' own figures added up and the ratios computed again
// from the sums, with the same formulas and the same refusal to add different currencies.
import { computeFigures, type Figures } from '@shared/figures';
import type { MoneyTotal } from '@shared/money';

type FigureSet = Pick<Figures, 'impressions' | 'clicks' | 'conversions' | 'spend' | 'revenue'>;

function sum(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

function moneySum(figures: Array<{ value: number | null; currency: string | null }>): MoneyTotal | null {
  const total: MoneyTotal = {};
  for (const f of figures) {
    if (f.value !== null && f.currency) total[f.currency] = (total[f.currency] ?? 0) + f.value;
  }
  return Object.keys(total).length === 0 ? null : total;
}

export function totalFigures(rows: FigureSet[]): Figures {
  return computeFigures({
    impressions: sum(rows.map((r) => r.impressions.value)),
    clicks: sum(rows.map((r) => r.clicks.value)),
    clicksSource: 'added',
    conversions: sum(rows.map((r) => r.conversions.value)),
    conversionsSource: 'added',
    spend: moneySum(rows.map((r) => r.spend)),
    revenue: moneySum(rows.map((r) => r.revenue)),
    revenueSource: 'added',
  });
}

/** The currency most of the money is in: budgets and spend first, then the locale's guess. */
export function ownerCurrency(currencies: Array<string | null>): string {
  const counts = new Map<string, number>();
  for (const c of currencies) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? localeCurrency();
}

const EURO_REGIONS = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  JP: 'JPY',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  IN: 'INR',
  BR: 'BRL',
  MX: 'MXN',
  ZA: 'ZAR',
  SG: 'SGD',
};

function localeCurrency(): string {
  const region = new Intl.Locale(navigator.language).maximize().region ?? 'US';
  if (EURO_REGIONS.has(region)) return 'EUR';
  return REGION_CURRENCY[region] ?? 'USD';
}
