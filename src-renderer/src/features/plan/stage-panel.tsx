import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage, StageSource } from '@shared/entities';
import { call, messageOf } from '../../lib/api';
import { StageChoice } from '../onboarding/stage-choice';
import { stageLabel, stageReasonWords, stageSplitText } from '../onboarding/stage-words';
import { InlineError } from '../../components/inline-error';

interface StagePanelProps {
  stage: Stage;
  stageSource: StageSource;
  stageReason: string | null;
}

/** The business stage the plan is sized for, why, and a way to change it. */
export function StagePanel({ stage, stageSource, stageReason }: StagePanelProps) {
  const { t } = useTranslation('plan');
  const [changing, setChanging] = useState(false);
  const [choice, setChoice] = useState<Stage>(stage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();
  const noteId = useId();

  const reason =
    stageSource === 'owner'
      ? t('stage.chosen')
      : stageReason === null
        ? t('stage.default')
        : stageReasonWords(stageReason);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await call('profile.setStage', { stage: choice });
      setChanging(false);
      setMessage(t('stage.changed', { stage: stageLabel(choice) }));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card plan-stage" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('stage.title')}
      </h2>
      <p className="plan-stage-name">{stageLabel(stage)}</p>
      <p className="plan-stage-reason">{t('stage.aims', { reason, split: stageSplitText(stage) })}</p>
      {changing ? (
        <>
          <StageChoice legend={t('stage.choose')} value={choice} onChange={setChoice} />
          <p id={noteId} className="field-hint">
            {t('stage.note')}
          </p>
          <div className="plan-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              aria-describedby={noteId}
              onClick={() => void save()}
            >
              {t('stage.use')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setChanging(false)}>
              {t('stage.cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="plan-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setChoice(stage);
              setMessage(null);
              setChanging(true);
            }}
          >
            {t('stage.change')}
          </button>
        </div>
      )}
      <p role="status" className="confirmation">
        {message ?? ''}
      </p>
      <InlineError message={error} />
    </section>
  );
}
