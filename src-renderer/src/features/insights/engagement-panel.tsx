import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EngagementReport } from '@shared/metrics';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { colorAt } from './chart-colors';
import { ExportButton } from './export-button';
import { FigureValue } from './figure-value';
import { formatDay, formatFigure, formatPercent } from './figure-words';

interface EngagementPanelProps {
  report: EngagementReport;
  timeZone: string;
}

/** Engagement rate per channel for the range and over time, with how it is calculated. */
export function EngagementPanel({ report, timeZone }: EngagementPanelProps) {
  const { channels, formulas } = report;
  const starts = channels[0]?.overTime.map((p) => p.from) ?? [];
  const points = starts.map((from, i) => ({
    from,
    ...Object.fromEntries(channels.map((c) => [c.channelId, c.overTime[i]?.rate ?? null])),
  }));
  const exportTable = () => ({
    headers: [
      t('insights:engagement.channel'),
      t('insights:engagement.posts'),
      t('insights:engagement.interactions'),
      t('insights:engagement.followers'),
      t('insights:engagement.rate'),
      t('insights:engagement.formula'),
    ],
    rows: channels.map((c) => [
      c.channelName,
      c.posts,
      c.interactions,
      c.followers,
      formatFigure(c.rate.value, 'percent'),
      c.rate.worked ?? ownerWords(c.rate.formula),
    ]),
  });

  return (
    <section className="card insights-card" aria-labelledby="engagement-title">
      <header className="insights-card-header">
        <h3 id="engagement-title" className="card-title">
          {t('insights:engagement.title')}
        </h3>
        <ExportButton
          name={t('insights:engagement.exportName')}
          fileName="engagement-rate.csv"
          table={exportTable}
        />
      </header>
      <details className="insights-how">
        <summary>{t('insights:engagement.how')}</summary>
        <ul>
          <li>{ownerWords(formulas.interactions)}.</li>
          <li>{t('insights:engagement.perPost', { formula: ownerWords(formulas.period) })}</li>
          <li>{ownerWords(formulas.post)}.</li>
          <li>{t('insights:engagement.latest')}</li>
        </ul>
      </details>
      {channels.length === 0 ? (
        <p className="muted">{t('insights:engagement.none')}</p>
      ) : (
        <>
          <div className="insights-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={220}>
              <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="from" tickFormatter={(at: number) => formatDay(at, timeZone)} />
                <YAxis tickFormatter={(v: number) => formatPercent(v)} />
                <Tooltip
                  labelFormatter={(at) => formatDay(Number(at), timeZone)}
                  formatter={(value) => formatPercent(Number(value))}
                />
                <Legend />
                {channels.map((c, index) => (
                  <Line
                    key={c.channelId}
                    dataKey={c.channelId}
                    name={c.channelName}
                    stroke={colorAt(index)}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="insights-table">
            <caption>{t('insights:engagement.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights:engagement.channel')}</th>
                <th scope="col">{t('insights:engagement.posts')}</th>
                <th scope="col">{t('insights:engagement.interactions')}</th>
                <th scope="col">{t('insights:engagement.followers')}</th>
                <th scope="col">{t('insights:engagement.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c.channelId}>
                  <th scope="row">{c.channelName}</th>
                  <td>{c.posts}</td>
                  <td>{formatFigure(c.interactions, 'count')}</td>
                  <td>{formatFigure(c.followers, 'count')}</td>
                  <td>
                    <FigureValue kind="percent" {...c.rate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
