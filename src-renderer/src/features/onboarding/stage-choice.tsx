import { useId } from 'react';
import { STAGES, type Stage } from '@shared/entities';
import { stageLabel, stageSplitText, stageSummary } from './stage-words';
import { t } from '../../i18n/i18n';

interface StageChoiceProps {
  legend: string;
  value: Stage;
  onChange(stage: Stage): void;
}

/** The three stages as a radio group: each named by its stage, described by what it means and its split. */
export function StageChoice({ legend, value, onChange }: StageChoiceProps) {
  const name = useId();
  return (
    <fieldset className="stage-choice">
      <legend className="question-legend">{legend}</legend>
      {STAGES.map((stage) => (
        <div key={stage} className="stage-option">
          <label className="stage-option-name">
            <input
              type="radio"
              name={name}
              value={stage}
              checked={value === stage}
              aria-describedby={`${name}-${stage}`}
              onChange={() => onChange(stage)}
            />
            {stageLabel(stage)}
          </label>
          <span id={`${name}-${stage}`} className="stage-option-detail">
            {t('onboarding:aims', { summary: stageSummary(stage), split: stageSplitText(stage) })}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
