import { useId } from 'react';
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
  const headingId = useId();
  return (
    <section className="card plan-progress" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Progress
      </h2>
      <ProgressRow label="This week" period={week} />
      <ProgressRow label="This month" period={month} />
    </section>
  );
}
