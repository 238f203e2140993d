import type { PostEngagement } from '@shared/metrics';
import { t } from '../../i18n/i18n';
import { ExportButton } from './export-button';
import { FigureValue } from './figure-value';
import { formatDay, formatFigure } from './figure-words';

const COLUMNS = [
  'published',
  'channel',
  'post',
  'likes',
  'reposts',
  'replies',
  'quotes',
  'followers',
  'rate',
] as const;

interface PostsTableProps {
  title: string;
  fileName: string;
  posts: PostEngagement[];
  timeZone: string;
  empty: string;
}

/** Posts with their counts and engagement rate; used for every post and for the best ones. */
export function PostsTable({ title, fileName, posts, timeZone, empty }: PostsTableProps) {
  const exportTable = () => ({
    headers: COLUMNS.map((column) => t(`insights:posts.${column}`)),
    rows: posts.map((p) => [
      new Date(p.publishedAt).toISOString(),
      p.channelName,
      p.excerpt,
      p.likes,
      p.reposts,
      p.replies,
      p.quotes,
      p.followers,
      formatFigure(p.rate.value, 'percent'),
    ]),
  });
  return (
    <section className="card insights-card" aria-label={title}>
      <header className="insights-card-header">
        <h3 className="card-title">{title}</h3>
        <ExportButton name={title} fileName={fileName} table={exportTable} />
      </header>
      {posts.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="insights-table">
          <thead>
            <tr>
              {COLUMNS.filter((column) => column !== 'followers').map((column) => (
                <th key={column} scope="col">
                  {t(`insights:posts.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {posts.map((p) => (
              <tr key={p.targetId}>
                <td>{formatDay(p.publishedAt, timeZone)}</td>
                <td>{p.channelName}</td>
                <th scope="row" className="insights-excerpt">
                  {p.remoteUrl ? (
                    <a href={p.remoteUrl} target="_blank" rel="noreferrer">
                      {p.excerpt || t('insights:untitledPost')}
                    </a>
                  ) : (
                    p.excerpt || t('insights:untitledPost')
                  )}
                </th>
                <td>{formatFigure(p.likes, 'count')}</td>
                <td>{formatFigure(p.reposts, 'count')}</td>
                <td>{formatFigure(p.replies, 'count')}</td>
                <td>{formatFigure(p.quotes, 'count')}</td>
                <td>
                  <FigureValue kind="percent" {...p.rate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
