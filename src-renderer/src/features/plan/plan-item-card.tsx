import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDestination, PlanItemView } from '@shared/plan';
import { planWords } from './plan-words';

interface PlanItemCardProps {
  item: PlanItemView;
  /** The button's action for a destination, or null when that screen is not in this build. */
  actionFor(destination: PlanDestination): (() => void) | null;
  onTick(done: boolean): Promise<void>;
}

/**
 * One item: what it is, why it matters, where it stands and what to do next. Items Cadence
 * checks from its own data have no checkbox; items waiting for data say what unlocks them.
 */
export function PlanItemCard({ item, actionFor, onTick }: PlanItemCardProps) {
  const { t } = useTranslation('plan');
  const whyId = useId();
  const { words } = item;
  const title = planWords(item.title, words.title);
  // The box follows the click at once; the plan the core sends back then confirms or undoes it.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const unavailable = item.state === 'unavailable';
  const tickable = !item.auto && !unavailable;
  const action = item.nextAction ? actionFor(item.nextAction.destination) : null;

  return (
    <li className="plan-item" data-state={item.state} data-item-id={item.id}>
      <div className="plan-item-head">
        <h3 className="plan-item-title">
          {tickable ? (
            <label>
              <input
                type="checkbox"
                checked={ticking ?? item.state === 'done'}
                aria-describedby={whyId}
                onChange={(event) => {
                  setTicking(event.target.checked);
                  void onTick(event.target.checked).finally(() => setTicking(null));
                }}
              />
              <span>{title}</span>
            </label>
          ) : (
            title
          )}
        </h3>
        <span className={`kind-badge kind-${item.kind}`}>
          <span className="visually-hidden">{t('kind.label')}</span>
          {t(`kind.${item.kind}`)}
        </span>
      </div>
      <p id={whyId} className="plan-item-why">
        {planWords(item.why, words.why)}
      </p>
      {unavailable ? (
        <p className="plan-item-guidance">
          {item.guidance === null ? t('state.unavailable') : planWords(item.guidance, words.guidance)}
        </p>
      ) : (
        <p className="plan-item-meta">
          <span className="plan-item-state">{t(`state.${item.state}`)}</span>
          <span className="plan-item-status">{planWords(item.status, words.status)}</span>
          <span className="plan-item-target">
            {t('item.target', { target: planWords(item.targetText, words.targetText) })}
          </span>
        </p>
      )}
      {item.auto && !unavailable && <p className="plan-item-auto">{t('item.auto')}</p>}
      {item.nextAction &&
        (action ? (
          <button type="button" className="button" onClick={action}>
            {planWords(item.nextAction.label, words.action)}
          </button>
        ) : (
          <p className="plan-item-next">
            {t('item.next', { action: planWords(item.nextAction.label, words.action) })}
          </p>
        ))}
    </li>
  );
}
