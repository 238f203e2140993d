import type { Figures } from '@shared/figures';
import type { Campaign } from '@shared/marketing';
import { totalFigures } from './campaign-totals';
import { ExportButton } from './export-button';
import { FigureValue } from './figure-value';
import { formatFigure, type FigureKind } from './figure-words';
import type { CampaignRow } from './use-marketing';

export const COLUMNS: Array<{ key: keyof Figures; label: string; kind: FigureKind }> = [
  { key: 'impressions', label: 'Impressions', kind: 'count' },
  { key: 'clicks', label: 'Clicks', kind: 'count' },
  { key: 'ctr', label: 'CTR', kind: 'percent' },
  { key: 'conversions', label: 'Conversions', kind: 'count' },
  { key: 'conversionRate', label: 'Conversion rate', kind: 'percent' },
  { key: 'spend', label: 'Spend', kind: 'money' },
  { key: 'cpc', label: 'CPC', kind: 'money' },
  { key: 'cpa', label: 'CPA', kind: 'money' },
  { key: 'revenue', label: 'Revenue', kind: 'money' },
  { key: 'roas', label: 'ROAS', kind: 'ratio' },
  { key: 'roi', label: 'ROI', kind: 'percent' },
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
    headers: ['Campaign', ...COLUMNS.map((c) => c.label)],
    rows: [...rows, { name: 'All campaigns', figures: total }].map((r) => [
      r.name,
      ...COLUMNS.map((c) => formatFigure(r.figures[c.key].value, c.kind, currencyOf(r.figures[c.key]))),
    ]),
  });
  return (
    <section className="card insights-card" aria-labelledby="campaigns-title">
      <header className="insights-card-header">
        <h3 id="campaigns-title" className="card-title">
          Campaigns
        </h3>
        <ExportButton name="campaigns" fileName="campaigns.csv" table={exportTable} />
      </header>
      {rows.length === 0 ? (
        <p className="muted">No campaigns yet. Create one below, then assign posts to it in the composer.</p>
      ) : (
        <div className="insights-scroll">
          <table className="insights-table" aria-label="Campaign figures">
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                          aria-label={`Edit ${row.name}`}
                          onClick={() => onEdit(campaign)}
                        >
                          Edit
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
                  <th scope="row">All campaigns</th>
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
