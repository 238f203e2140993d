import { useId, useState } from 'react';
import type { Stage, StageSource } from '@shared/entities';
import { call, messageOf } from '../../lib/api';
import { StageChoice } from '../onboarding/stage-choice';
import { stageLabel, stageSplitText } from '../onboarding/stage-words';

interface StagePanelProps {
  stage: Stage;
  stageSource: StageSource;
  stageReason: string | null;
}

/** The business stage the plan is sized for, why, and a way to change it. */
export function StagePanel({ stage, stageSource, stageReason }: StagePanelProps) {
  const [changing, setChanging] = useState(false);
  const [choice, setChoice] = useState<Stage>(stage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();
  const noteId = useId();

  const reason =
    stageSource === 'owner'
      ? 'You chose this stage.'
      : (stageReason ?? 'Cadence starts every business here.');

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await call('profile.setStage', { stage: choice });
      setChanging(false);
      setMessage(`Your plan is now sized for ${stageLabel(choice)}.`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card plan-stage" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Your stage
      </h2>
      <p className="plan-stage-name">{stageLabel(stage)}</p>
      <p className="plan-stage-reason">
        {reason} It aims for {stageSplitText(stage)}.
      </p>
      {changing ? (
        <>
          <StageChoice legend="Choose a stage" value={choice} onChange={setChoice} />
          <p id={noteId} className="field-hint">
            The plan re-sizes from this week. Past weeks are kept as they were.
          </p>
          <div className="plan-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              aria-describedby={noteId}
              onClick={() => void save()}
            >
              Use this stage
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setChanging(false)}>
              Cancel
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
            Change stage
          </button>
        </div>
      )}
      <p role="status" className="confirmation">
        {message ?? ''}
      </p>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
