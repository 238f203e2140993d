import './post-kind.css';
import { useId } from 'react';
import type { PostKind } from '@shared/entities';

const KINDS: ReadonlyArray<{ kind: PostKind; label: string; hint: string }> = [
  { kind: 'organic', label: 'Organic', hint: 'Everyday posts that keep you present (management).' },
  {
    kind: 'campaign',
    label: 'Campaign',
    hint: 'Paid or promotional posts that grow the business (marketing).',
  },
];

interface PostKindFieldProps {
  kind: PostKind;
  readOnly: boolean;
  error: string | null;
  onChange(kind: PostKind): void;
}

/** Organic or campaign: the plan's balance counts it, and the brand kit asks each for its own tags. */
export function PostKindField({ kind, readOnly, error, onChange }: PostKindFieldProps) {
  const name = useId();
  return (
    <fieldset className="composer-card post-kind">
      <legend className="composer-card-title">Post kind</legend>
      {KINDS.map((option) => (
        <div key={option.kind} className="post-kind-option">
          <label>
            <input
              type="radio"
              name={name}
              value={option.kind}
              checked={kind === option.kind}
              disabled={readOnly}
              aria-describedby={`${name}-${option.kind}`}
              onChange={() => onChange(option.kind)}
            />
            {option.label}
          </label>
          <span id={`${name}-${option.kind}`} className="field-hint">
            {option.hint}
          </span>
        </div>
      ))}
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
