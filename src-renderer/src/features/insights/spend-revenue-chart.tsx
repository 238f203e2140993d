import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Figure } from '@shared/figures';
import { minorDigits } from '@shared/money';
import { t } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { ExportButton } from './export-button';
import { FigureValue } from './figure-value';
import { formatDayString, formatMoney } from './figure-words';
import type { MoneyPoint } from './use-marketing';

interface SpendRevenueProps {
  points: MoneyPoint[];
  currency: string;
  roi: Figure;
}

/** Spend against revenue per day (or week) in one currency, and the range's ROI. */
export function SpendRevenueChart({ points, currency, roi }: SpendRevenueProps) {
  const scale = 10 ** minorDigits(currency);
  const data = points.map((p) => ({
    day: p.fromDay,
    spend: (p.spend[currency] ?? 0) / scale,
    revenue: (p.revenue[currency] ?? 0) / scale,
  }));
  const otherCurrencies = new Set(
    points.flatMap((p) => [...Object.keys(p.spend), ...Object.keys(p.revenue)]).filter((c) => c !== currency),
  );
  const withMoney = points.filter(
    (p) => p.spend[currency] !== undefined || p.revenue[currency] !== undefined,
  );
  const exportTable = () => ({
    headers: [
      t('insights:spendChart.from'),
      t('insights:spendChart.spendIn', { currency }),
      t('insights:spendChart.revenueIn', { currency }),
    ],
    rows: data.map((d) => [d.day, d.spend, d.revenue]),
  });

  return (
    <section className="card insights-card" aria-labelledby="spend-revenue-title">
      <header className="insights-card-header">
        <h3 id="spend-revenue-title" className="card-title">
          {t('insights:spendChart.title')}
        </h3>
        <ExportButton
          name={t('insights:spendChart.exportName')}
          fileName="spend-revenue.csv"
          table={exportTable}
        />
      </header>
      <p className="insights-roi">
        <span>{t('insights:spendChart.roi')}</span>
        <FigureValue kind="percent" {...roi} />
      </p>
      {withMoney.length === 0 ? (
        <p className="muted">{t('insights:spendChart.none', { currency })}</p>
      ) : (
        <>
          <div className="insights-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(day: string) => formatDayString(day)} />
                <YAxis tickFormatter={(v: number) => formatMoney(Math.round(v * scale), currency)} />
                <Tooltip
                  labelFormatter={(day) => formatDayString(String(day))}
                  formatter={(value) => formatMoney(Math.round(Number(value) * scale), currency)}
                />
                <Legend />
                <Bar
                  dataKey="spend"
                  name={t('insights:spendChart.spend')}
                  fill="#e67700"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="revenue"
                  name={t('insights:spendChart.revenue')}
                  fill="#2b8a3e"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="insights-table">
            <caption>{t('insights:spendChart.caption', { currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights:spendChart.from')}</th>
                <th scope="col">{t('insights:spendChart.spend')}</th>
                <th scope="col">{t('insights:spendChart.revenue')}</th>
              </tr>
            </thead>
            <tbody>
              {withMoney.map((p) => (
                <tr key={p.fromDay}>
                  <th scope="row">{formatDayString(p.fromDay)}</th>
                  <td>{formatMoney(p.spend[currency] ?? 0, currency)}</td>
                  <td>{formatMoney(p.revenue[currency] ?? 0, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {otherCurrencies.size > 0 && (
        <p className="muted">
          {t('insights:spendChart.others', { currencies: formatList([...otherCurrencies]) })}
        </p>
      )}
    </section>
  );
}
