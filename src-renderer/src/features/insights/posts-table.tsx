import type { PostEngagement } from '@shared/metrics';
import { ExportButton } from './export-button';
import { FigureValue } from './figure-value';
import { formatDay, formatFigure } from './figure-words';

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
    headers: [
      'Published',
      'Channel',
      'Post',
      'Likes',
      'Reposts',
      'Replies',
      'Quotes',
      'Followers',
      'Engagement rate',
    ],
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
        <ExportButton name={title.toLowerCase()} fileName={fileName} table={exportTable} />
      </header>
      {posts.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="insights-table">
          <thead>
            <tr>
              <th scope="col">Published</th>
              <th scope="col">Channel</th>
              <th scope="col">Post</th>
              <th scope="col">Likes</th>
              <th scope="col">Reposts</th>
              <th scope="col">Replies</th>
              <th scope="col">Quotes</th>
              <th scope="col">Engagement rate</th>
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
                      {p.excerpt || 'Untitled post'}
                    </a>
                  ) : (
                    p.excerpt || 'Untitled post'
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
