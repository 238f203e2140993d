import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodProgress } from '@shared/plan';
import { countText } from './plan-words';

function ProgressRow({ label, period }: { label: string; period: PeriodProgress }) {
  const labelId = useId();
  return (
    <div className="progress-row">
      <span id={labelId}>{label}</span>
      <progress
        aria-labelledby={labelId}
        aria-valuetext={countText(period.done, period.total)}
        value={period.done}
        max={Math.max(period.total, 1)}
      />
      <span className="progress-row-count">{countText(period.done, period.total)}</span>
    </div>
  );
}

/** How much of Now is done this week and this month. */
export function PlanProgress({ week, month }: { week: PeriodProgress; month: PeriodProgress }) {
  const { t } = useTranslation('plan');
  const headingId = useId();
  return (
    <section className="card plan-progress" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('progress.title')}
      </h2>
      <ProgressRow label={t('progress.week')} period={week} />
      <ProgressRow label={t('progress.month')} period={month} />
    </section>
  );
}
