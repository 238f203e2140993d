import '../../components/page.css';
import './plan.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_BUCKETS, type Plan, type PlanBucket } from '@shared/plan';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { BalanceGauge } from './balance-gauge';
import { PlanProgress } from './period-progress';
import { useDestination } from './plan-destination';
import { PlanHistory } from './plan-history';
import { PlanItemCard } from './plan-item-card';
import { SizePlanCard } from './size-plan-card';
import { StagePanel } from './stage-panel';
import { usePlan } from './use-plan';
import { InlineError } from '../../components/inline-error';

export function PlanPage() {
  const { state, tick, tickError } = usePlan();
  const { t } = useTranslation('plan');
  useNewPostKey();

  return (
    <div className="plan">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <SizePlanCard />
      {state.kind === 'loading' && <p className="loading">{t('loading')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && <PlanBody plan={state.plan} tick={tick} />}
      <InlineError message={tickError} />
    </div>
  );
}

interface PlanBodyProps {
  plan: Plan;
  tick(itemId: string, periodKey: string, done: boolean): Promise<void>;
}

function PlanBody({ plan, tick }: PlanBodyProps) {
  return (
    <>
      <div className="plan-top">
        <StagePanel stage={plan.stage} stageSource={plan.stageSource} stageReason={plan.stageReason} />
        <div className="plan-top-side">
          <PlanProgress week={plan.week} month={plan.month} />
          <BalanceGauge balance={plan.balance} stage={plan.stage} />
        </div>
      </div>
      <div className="plan-buckets">
        {PLAN_BUCKETS.map((bucket) => (
          <BucketSection key={bucket} plan={plan} bucket={bucket} tick={tick} />
        ))}
      </div>
      <PlanHistory weeks={plan.history} timeZone={plan.timeZone} />
    </>
  );
}

function BucketSection({ plan, bucket, tick }: PlanBodyProps & { bucket: PlanBucket }) {
  const { t } = useTranslation('plan');
  const headingId = useId();
  const actionFor = useDestination();
  const items = plan.items.filter((item) => item.bucket === bucket);
  return (
    <section className="plan-bucket" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`bucket.${bucket}`)}</h2>
      <p className="plan-bucket-hint">{t(`bucket.${bucket}Hint`)}</p>
      {items.length === 0 ? (
        <p className="plan-empty">{t('bucket.empty')}</p>
      ) : (
        <ul className="plan-items" aria-labelledby={headingId}>
          {items.map((item) => (
            <PlanItemCard
              key={item.id}
              item={item}
              actionFor={actionFor}
              onTick={(done) => tick(item.id, item.periodKey, done)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
