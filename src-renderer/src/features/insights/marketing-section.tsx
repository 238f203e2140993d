import { useState } from 'react';
import type { Campaign } from '@shared/marketing';
import { t } from '../../i18n/i18n';
import { CampaignForm } from './campaign-form';
import { CampaignTable } from './campaign-table';
import { ownerCurrency, totalFigures } from './campaign-totals';
import { todayIn, type DateRange } from './date-range';
import { ImportFlow } from './import-flow';
import { PostFiguresTable } from './post-figures-table';
import { SpendForm } from './spend-form';
import { SpendRevenueChart } from './spend-revenue-chart';
import { useMarketing } from './use-marketing';

/** Campaigns and what they cost and brought in: the numbers of the marketing role. */
export function MarketingSection({ range, timeZone }: { range: DateRange; timeZone: string }) {
  const { state, reload } = useMarketing(range, timeZone);
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const done = () => {
    setEditing(null);
    void reload();
  };

  return (
    <section className="insights-section" aria-labelledby="marketing-title">
      <header className="insights-section-header">
        <h2 id="marketing-title">{t('insights:marketing.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('insights:marketing.newCampaign')}
        </button>
      </header>
      {state.kind === 'loading' && <p className="loading">{t('insights:marketing.loading')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' &&
        (() => {
          const currency = ownerCurrency([
            ...state.campaigns.map((c) => c.currency),
            ...state.spend.map((s) => s.currency),
          ]);
          const total = totalFigures(state.rows.map((r) => r.figures));
          return (
            <>
              {editing !== null && (
                <CampaignForm
                  key={editing === 'new' ? 'new' : editing.id}
                  campaign={editing === 'new' ? null : editing}
                  defaultCurrency={currency}
                  onDone={done}
                />
              )}
              <CampaignTable campaigns={state.campaigns} rows={state.rows} onEdit={setEditing} />
              <PostFiguresTable campaignRows={state.rows} />
              <SpendRevenueChart points={state.overTime} currency={currency} roi={total.roi} />
              <ImportFlow defaultCurrency={currency} onImported={() => void reload()} />
              <SpendForm
                campaigns={state.campaigns}
                today={todayIn(timeZone)}
                defaultCurrency={currency}
                onSaved={() => void reload()}
              />
            </>
          );
        })()}
    </section>
  );
}
