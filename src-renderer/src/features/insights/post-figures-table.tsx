import { useEffect, useState } from 'react';
import type { Figures } from '@shared/figures';
import { t } from '../../i18n/i18n';
import { call, messageOf } from '../../lib/api';
import { COLUMNS, currencyOf, FigureCells } from './campaign-table';
import { ExportButton } from './export-button';
import { formatFigure } from './figure-words';

interface PostRow {
  postId: string;
  excerpt: string;
  figures: Figures;
}

/** Each campaign post's figures, from the imported rows whose utm_content is the post's id. */
/** `campaignRows` changes identity on every reload of the campaign figures; the posts follow. */
export function PostFiguresTable({ campaignRows }: { campaignRows: unknown }) {
  const [rows, setRows] = useState<PostRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('figures.posts').then(setRows, (caught: unknown) => setError(messageOf(caught)));
  }, [campaignRows]);

  const exportTable = () => ({
    headers: [t('insights:campaignPosts.post'), ...COLUMNS.map((c) => t(`insights:columns.${c.key}`))],
    rows: (rows ?? []).map((r) => [
      r.excerpt,
      ...COLUMNS.map((c) => formatFigure(r.figures[c.key].value, c.kind, currencyOf(r.figures[c.key]))),
    ]),
  });
  if (error) {
    return (
      <p role="alert" className="error-banner">
        {error}
      </p>
    );
  }
  if (!rows || rows.length === 0) return null;
  return (
    <section className="card insights-card" aria-labelledby="post-figures-title">
      <header className="insights-card-header">
        <h3 id="post-figures-title" className="card-title">
          {t('insights:campaignPosts.title')}
        </h3>
        <ExportButton
          name={t('insights:campaignPosts.exportName')}
          fileName="campaign-posts.csv"
          table={exportTable}
        />
      </header>
      <div className="insights-scroll">
        <table className="insights-table" aria-label={t('insights:campaignPosts.figures')}>
          <thead>
            <tr>
              <th scope="col">{t('insights:campaignPosts.post')}</th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col">
                  {t(`insights:columns.${c.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.postId}>
                <th scope="row" className="insights-excerpt">
                  {row.excerpt || t('insights:untitledPost')}
                </th>
                <FigureCells figures={row.figures} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
