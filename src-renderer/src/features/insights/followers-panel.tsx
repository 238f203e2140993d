import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FollowerSeries } from '@shared/metrics';
import { t } from '../../i18n/i18n';
import { colorAt } from './chart-colors';
import { ExportButton } from './export-button';
import { formatCount, formatDay } from './figure-words';

interface FollowersPanelProps {
  series: FollowerSeries[];
  timeZone: string;
}

/** Followers over time per channel: a line chart, and the same numbers as a table. */
export function FollowersPanel({ series, timeZone }: FollowersPanelProps) {
  const points = series
    .flatMap((s) => s.points.map((p) => ({ at: p.at, [s.channelId]: p.followers })))
    .sort((a, b) => a.at - b.at);
  const exportTable = () => ({
    headers: [
      t('insights:followers.channel'),
      t('insights:followers.measuredAt'),
      t('insights:followers.followers'),
    ],
    rows: series.flatMap((s) =>
      s.points.map((p) => [s.channelName, new Date(p.at).toISOString(), p.followers]),
    ),
  });

  return (
    <section className="card insights-card" aria-labelledby="followers-title">
      <header className="insights-card-header">
        <h3 id="followers-title" className="card-title">
          {t('insights:followers.title')}
        </h3>
        <ExportButton
          name={t('insights:followers.exportName')}
          fileName="followers.csv"
          table={exportTable}
        />
      </header>
      {series.length === 0 ? (
        <p className="muted">{t('insights:followers.none')}</p>
      ) : (
        <>
          <div className="insights-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="at"
                  type="number"
                  scale="time"
                  domain={['dataMin', 'dataMax']}
                  tickFormatter={(at: number) => formatDay(at, timeZone)}
                />
                <YAxis allowDecimals={false} tickFormatter={(n: number) => formatCount(n)} />
                <Tooltip
                  labelFormatter={(at) => formatDay(Number(at), timeZone)}
                  formatter={(value) => formatCount(Number(value))}
                />
                <Legend />
                {series.map((s, index) => (
                  <Line
                    key={s.channelId}
                    dataKey={s.channelId}
                    name={s.channelName}
                    stroke={colorAt(index)}
                    connectNulls
                    dot
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="insights-table">
            <caption>{t('insights:followers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights:followers.channel')}</th>
                <th scope="col">{t('insights:followers.first')}</th>
                <th scope="col">{t('insights:followers.latest')}</th>
                <th scope="col">{t('insights:followers.change')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((s) => {
                const first = s.points[0]!.followers;
                const last = s.points[s.points.length - 1]!.followers;
                const change = last - first;
                return (
                  <tr key={s.channelId}>
                    <th scope="row">{s.channelName}</th>
                    <td>{formatCount(first)}</td>
                    <td>{formatCount(last)}</td>
                    <td>{`${change > 0 ? '+' : ''}${formatCount(change)}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
