import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanWeek } from '@shared/plan';
import { t as translate } from '../../i18n/i18n';
import { formatDateRange } from '../../lib/format';
import { stageLabel } from '../onboarding/stage-words';

function weekLabel(week: PlanWeek, timeZone: string): string {
  // `to` is the first instant of the next week; the week's last day is just before it.
  return formatDateRange(week.from, week.to - 1, { month: 'short', day: 'numeric', timeZone });
}

function splitText(week: PlanWeek): string {
  const percent = week.balance.managementPercent;
  if (percent === null) return translate('plan:history.noWork');
  const management = Math.round(percent);
  return translate('plan:history.splitText', { management, marketing: 100 - management });
}

/** Closed weeks as they were when they closed: later rule or stage changes do not rewrite them. */
export function PlanHistory({ weeks, timeZone }: { weeks: readonly PlanWeek[]; timeZone: string }) {
  const { t } = useTranslation('plan');
  const headingId = useId();
  return (
    <section className="card plan-history" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('history.title')}
      </h2>
      {weeks.length === 0 ? (
        <p className="plan-empty">{t('history.empty')}</p>
      ) : (
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('history.week')}</th>
              <th scope="col">{t('history.stage')}</th>
              <th scope="col">{t('history.done')}</th>
              <th scope="col">{t('history.published')}</th>
              <th scope="col">{t('history.split')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => {
              // Counted as the week's progress was: the Now items Cadence could check or tick.
              const counted = week.items.filter(
                (item) => item.bucket === 'now' && item.state !== 'unavailable',
              );
              const done = counted.filter((item) => item.state === 'done').length;
              return (
                <tr key={week.key}>
                  <th scope="row">{weekLabel(week, timeZone)}</th>
                  <td>{stageLabel(week.stage)}</td>
                  <td>{t('history.doneCount', { done, total: counted.length })}</td>
                  <td>{week.published}</td>
                  <td>{splitText(week)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
