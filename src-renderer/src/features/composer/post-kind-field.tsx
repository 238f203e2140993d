import './post-kind.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostKind } from '@shared/entities';
import { InlineError } from '../../components/inline-error';

const KINDS = ['organic', 'campaign'] as const satisfies readonly PostKind[];

interface PostKindFieldProps {
  kind: PostKind;
  readOnly: boolean;
  error: string | null;
  onChange(kind: PostKind): void;
}

/** Organic or campaign: the plan's balance counts it, and the brand kit asks each for its own tags. */
export function PostKindField({ kind, readOnly, error, onChange }: PostKindFieldProps) {
  const { t } = useTranslation('composer');
  const name = useId();
  return (
    <fieldset className="composer-card post-kind">
      <legend className="composer-card-title">{t('kind.title')}</legend>
      {KINDS.map((option) => (
        <div key={option} className="post-kind-option">
          <label>
            <input
              type="radio"
              name={name}
              value={option}
              checked={kind === option}
              disabled={readOnly}
              aria-describedby={`${name}-${option}`}
              onChange={() => onChange(option)}
            />
            {t(`kind.${option}`)}
          </label>
          <span id={`${name}-${option}`} className="field-hint">
            {t(`kind.${option}Hint`)}
          </span>
        </div>
      ))}
      <InlineError message={error} />
    </fieldset>
  );
}
