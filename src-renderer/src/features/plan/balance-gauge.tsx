import { useId } from 'react';
import type { Balance } from '@shared/plan';

const formatUnits = (units: number) => (Number.isInteger(units) ? String(units) : units.toFixed(1));

/** This week's management against marketing work, beside the stage's target split, in words and as a bar. */
export function BalanceGauge({ balance }: { balance: Balance }) {
  const headingId = useId();
  const sentenceId = useId();
  const managementPercent = balance.managementPercent === null ? 0 : Math.round(balance.managementPercent);
  const marketingPercent = balance.managementPercent === null ? 0 : 100 - managementPercent;
  const target = balance.target.management;

  return (
    <section className="card plan-balance" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Balance this week
      </h2>
      <p id={sentenceId} className="plan-balance-sentence">
        {balance.sentence}
      </p>
      <div
        className="gauge-bar"
        role="meter"
        aria-label="Management share of this week's work"
        aria-describedby={sentenceId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={managementPercent}
        aria-valuetext={
          balance.managementPercent === null
            ? 'No work done yet this week'
            : `${managementPercent}% management, ${marketingPercent}% marketing; target ${target} / ${100 - target}`
        }
      >
        <span className="gauge-management" style={{ width: `${managementPercent}%` }} />
        <span className="gauge-marketing" style={{ width: `${marketingPercent}%` }} />
        <span className="gauge-target" style={{ left: `calc(${target}% - 1px)` }} />
      </div>
      <p className="gauge-legend" aria-hidden="true">
        <span>
          <span className="gauge-swatch gauge-management" />
          Management {formatUnits(balance.management)}
        </span>
        <span>
          <span className="gauge-swatch gauge-marketing" />
          Marketing {formatUnits(balance.marketing)}
        </span>
        <span>
          │ Target {target} / {100 - target}
        </span>
      </p>
    </section>
  );
}
