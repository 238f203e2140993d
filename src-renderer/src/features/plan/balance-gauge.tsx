import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '@shared/entities';
import type { Balance } from '@shared/plan';
import { formatNumber } from '../../lib/format';
import { balanceSentence } from './plan-words';

const formatUnits = (units: number) => formatNumber(units, { maximumFractionDigits: 1 });

/** This week's management against marketing work, beside the stage's target split, in words and as a bar. */
export function BalanceGauge({ balance, stage }: { balance: Balance; stage: Stage }) {
  const { t } = useTranslation('plan');
  const headingId = useId();
  const sentenceId = useId();
  const managementPercent = balance.managementPercent === null ? 0 : Math.round(balance.managementPercent);
  const marketingPercent = balance.managementPercent === null ? 0 : 100 - managementPercent;
  const target = balance.target.management;

  return (
    <section className="card plan-balance" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('balance.title')}
      </h2>
      <p id={sentenceId} className="plan-balance-sentence">
        {balanceSentence(balance, stage)}
      </p>
      <div
        className="gauge-bar"
        role="meter"
        aria-label={t('balance.meter')}
        aria-describedby={sentenceId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={managementPercent}
        aria-valuetext={
          balance.managementPercent === null
            ? t('balance.noWorkValue')
            : t('balance.value', {
                management: managementPercent,
                marketing: marketingPercent,
                target,
                rest: 100 - target,
              })
        }
      >
        <span className="gauge-management" style={{ width: `${managementPercent}%` }} />
        <span className="gauge-marketing" style={{ width: `${marketingPercent}%` }} />
        <span className="gauge-target" style={{ left: `calc(${target}% - 1px)` }} />
      </div>
      <p className="gauge-legend" aria-hidden="true">
        <span>
          <span className="gauge-swatch gauge-management" />
          {t('balance.management', { units: formatUnits(balance.management) })}
        </span>
        <span>
          <span className="gauge-swatch gauge-marketing" />
          {t('balance.marketing', { units: formatUnits(balance.marketing) })}
        </span>
        <span>{t('balance.targetLegend', { management: target, marketing: 100 - target })}</span>
      </p>
    </section>
  );
}
