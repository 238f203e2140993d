import type { Figures } from '@shared/figures';
import type { Campaign } from '@shared/marketing';
import { t } from '../../i18n/i18n';
import { totalFigures } from './campaign-totals';
import { ExportButton } from './export-button';
import { FigureValue } from './figure-value';
import { formatFigure, type FigureKind } from './figure-words';
import type { CampaignRow } from './use-marketing';

/** The figures' columns; each one's heading is insights:columns.<key>. */
export const COLUMNS: Array<{ key: keyof Figures; kind: FigureKind }> = [
  { key: 'impressions', kind: 'count' },
  { key: 'clicks', kind: 'count' },
  { key: 'ctr', kind: 'percent' },
  { key: 'conversions', kind: 'count' },
  { key: 'conversionRate', kind: 'percent' },
  { key: 'spend', kind: 'money' },
  { key: 'cpc', kind: 'money' },
  { key: 'cpa', kind: 'money' },
  { key: 'revenue', kind: 'money' },
  { key: 'roas', kind: 'ratio' },
  { key: 'roi', kind: 'percent' },
];

export function currencyOf(figure: Figures[keyof Figures]): string | null {
  return 'currency' in figure ? figure.currency : null;
}

export function FigureCells({ figures }: { figures: Figures }) {
  return COLUMNS.map((column) => {
    const figure = figures[column.key];
    return (
      <td key={column.key}>
        <FigureValue kind={column.kind} {...figure} currency={currencyOf(figure)} />
      </td>
    );
  });
}

interface CampaignTableProps {
  campaigns: Campaign[];
  rows: CampaignRow[];
  onEdit(campaign: Campaign): void;
}

/** Every campaign's figures for the range, and all of them added up. */
export function CampaignTable({ campaigns, rows, onEdit }: CampaignTableProps) {
  const total = totalFigures(rows.map((r) => r.figures));
  const exportTable = () => ({
    headers: [t('insights:campaigns.campaign'), ...COLUMNS.map((c) => t(`insights:columns.${c.key}`))],
    rows: [...rows, { name: t('insights:campaigns.all'), figures: total }].map((r) => [
      r.name,
      ...COLUMNS.map((c) => formatFigure(r.figures[c.key].value, c.kind, currencyOf(r.figures[c.key]))),
    ]),
  });
  return (
    <section className="card insights-card" aria-labelledby="campaigns-title">
      <header className="insights-card-header">
        <h3 id="campaigns-title" className="card-title">
          {t('insights:campaigns.title')}
        </h3>
        <ExportButton
          name={t('insights:campaigns.exportName')}
          fileName="campaigns.csv"
          table={exportTable}
        />
      </header>
      {rows.length === 0 ? (
        <p className="muted">{t('insights:campaigns.none')}</p>
      ) : (
        <div className="insights-scroll">
          <table className="insights-table" aria-label={t('insights:campaigns.figures')}>
            <thead>
              <tr>
                <th scope="col">{t('insights:campaigns.campaign')}</th>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col">
                    {t(`insights:columns.${c.key}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('insights:campaigns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const campaign = campaigns.find((c) => c.id === row.campaignId);
                return (
                  <tr key={row.campaignId}>
                    <th scope="row">{row.name}</th>
                    <FigureCells figures={row.figures} />
                    <td>
                      {campaign && (
                        <button
                          type="button"
                          className="button small"
                          aria-label={t('insights:editNamed', { name: row.name })}
                          onClick={() => onEdit(campaign)}
                        >
                          {t('insights:edit')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            {rows.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">{t('insights:campaigns.all')}</th>
                  <FigureCells figures={total} />
                  <td />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
