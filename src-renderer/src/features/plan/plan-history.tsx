import { useId } from 'react';
import type { PlanWeek } from '@shared/plan';
import { stageLabel } from '../onboarding/stage-words';

function weekLabel(week: PlanWeek, timeZone: string): string {
  const format = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone });
  // `to` is the first instant of the next week; the week's last day is just before it.
  return `${format.format(week.from)} – ${format.format(week.to - 1)}`;
}

function splitText(week: PlanWeek): string {
  const percent = week.balance.managementPercent;
  if (percent === null) return 'No work recorded';
  const management = Math.round(percent);
  return `${management}% management, ${100 - management}% marketing`;
}

/** Closed weeks as they were when they closed: later rule or stage changes do not rewrite them. */
export function PlanHistory({ weeks, timeZone }: { weeks: readonly PlanWeek[]; timeZone: string }) {
  const headingId = useId();
  return (
    <section className="card plan-history" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Past weeks
      </h2>
      {weeks.length === 0 ? (
        <p className="plan-empty">Each week is kept here once it ends.</p>
      ) : (
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Stage</th>
              <th scope="col">Done</th>
              <th scope="col">Posts published</th>
              <th scope="col">Split</th>
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
                  <td>{`${done} of ${counted.length}`}</td>
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
