// The figures' formulas, table-driven: every division by zero and every missing input gives
// null with a reason, never 0 or NaN; currencies are never mixed.
import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureInputs } from '../../src-main/shared/figures';

const base: FigureInputs = {
  impressions: 20_000,
  clicks: 500,
  clicksSource: 'analytics',
  conversions: 10,
  conversionsSource: 'orders',
  spend: { EUR: 25_000 },
  revenue: { EUR: 50_000 },
  revenueSource: 'orders',
};

type Key = keyof ReturnType<typeof computeFigures>;

describe('computeFigures', () => {
  it.each<[string, Partial<FigureInputs>, Key, number | null]>([
    ['CTR = clicks / impressions', {}, 'ctr', 0.025],
    ['conversion rate = conversions / clicks', {}, 'conversionRate', 0.02],
    ['CPC = spend / clicks (minor units)', {}, 'cpc', 50],
    ['CPA = spend / conversions', {}, 'cpa', 2_500],
    ['ROAS = revenue / spend', {}, 'roas', 2],
    ['ROI = (revenue − spend) / spend', {}, 'roi', 1],
    ['ROI can be negative', { revenue: { EUR: 10_000 } }, 'roi', -0.6],
    ['CTR with 0 impressions', { impressions: 0 }, 'ctr', null],
    ['CTR with unknown impressions', { impressions: null }, 'ctr', null],
    ['conversion rate with 0 clicks', { clicks: 0 }, 'conversionRate', null],
    ['CPC with 0 clicks', { clicks: 0 }, 'cpc', null],
    ['CPA with 0 conversions', { conversions: 0 }, 'cpa', null],
    ['CPA with no spend recorded', { spend: null }, 'cpa', null],
    ['ROAS with 0 spend', { spend: { EUR: 0 } }, 'roas', null],
    ['ROI with 0 spend', { spend: { EUR: 0 } }, 'roi', null],
    ['ROI with no revenue', { revenue: null }, 'roi', null],
    ['0 revenue is a real ROI of −100%', { revenue: { EUR: 0 } }, 'roi', -1],
    ['0 conversions is a real rate of 0', { conversions: 0 }, 'conversionRate', 0],
    ['spend in two currencies is not summed', { spend: { EUR: 100, USD: 100 } }, 'spend', null],
    ['ROAS across currencies is not computed', { revenue: { USD: 50_000 } }, 'roas', null],
    ['ROI across currencies is not computed', { revenue: { USD: 50_000 } }, 'roi', null],
  ])('%s', (_name, change, key, expected) => {
    const figure = computeFigures({ ...base, ...change })[key];
    if (expected === null) {
      expect(figure.value).toBeNull();
      expect(figure.missing?.message).toMatch(/\S/);
    } else {
      expect(figure.value).toBeCloseTo(expected, 10);
      expect(figure.missing).toBeUndefined();
    }
    expect(figure.formula.message).toMatch(/=/);
  });

  it('says why a figure is missing, in words', () => {
    const figures = computeFigures({
      ...base,
      impressions: 0,
      spend: { EUR: 1, USD: 2 },
      revenue: { USD: 3 },
    });
    expect(figures.ctr.missing?.message).toBe('Cannot divide by 0 impressions.');
    expect(figures.spend.missing?.message).toBe(
      'The spend is in EUR / USD; Cadence does not add different currencies.',
    );
    expect(computeFigures({ ...base, revenue: { USD: 3 } }).roas.missing?.message).toBe(
      'Spend is in EUR and revenue in USD; Cadence does not convert currencies.',
    );
    expect(computeFigures({ ...base, spend: null }).spend.missing?.message).toBe('No spend recorded yet.');
  });

  it('keeps money figures in minor units with their currency, and formulas in plain text', () => {
    const figures = computeFigures(base);
    expect(figures.spend).toEqual({
      value: 25_000,
      currency: 'EUR',
      formula: expect.objectContaining({ message: 'spend = sum of ad spend entries' }),
    });
    expect(figures.cpc).toMatchObject({ currency: 'EUR', formula: { message: 'CPC = spend / clicks' } });
    expect(figures.clicks.formula.message).toBe(
      'clicks = visits through the tagged links (GA4 clicks, or sessions where the export has no clicks)',
    );
    expect(figures.roi.formula.message).toBe('ROI = (revenue − spend) / spend');
    for (const figure of Object.values(figures)) expect(Number.isNaN(figure.value)).toBe(false);
  });
});
