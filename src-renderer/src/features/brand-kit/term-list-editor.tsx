import { useId, useState, type FormEvent } from 'react';
import { KIT_LIMITS } from '@shared/brand-kit/kit';
import { t } from '../../i18n/i18n';
import { InlineError } from '../../components/inline-error';

interface TermListEditorProps {
  /** Names the list and its field: "Words and phrases to prefer". */
  label: string;
  hint?: string;
  terms: readonly string[];
  placeholder: string;
  onChange(terms: string[]): void;
}

/** A short list of words or phrases: each removable, with a field to add one more. */
export function TermListEditor({ label, hint, terms, placeholder, onChange }: TermListEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  function add(event?: FormEvent) {
    event?.preventDefault();
    const term = draft.trim();
    if (term === '') return setError(t('brandKit:words.typeTerm'));
    if (terms.some((existing) => existing.toLowerCase() === term.toLowerCase())) {
      return setError(t('brandKit:words.already', { word: term }));
    }
    setError(null);
    onChange([...terms, term]);
    setDraft('');
  }

  return (
    <div className="term-list">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {terms.length > 0 && (
        <ul className="term-chips" aria-label={label}>
          {terms.map((term) => (
            <li key={term} className="term-chip">
              <span>{term}</span>
              <button
                type="button"
                className="term-remove"
                aria-label={t('brandKit:words.removeFrom', { word: term, list: label })}
                onClick={() => onChange(terms.filter((existing) => existing !== term))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="term-add">
        <input
          id={inputId}
          type="text"
          value={draft}
          maxLength={KIT_LIMITS.term}
          placeholder={placeholder}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add(event);
          }}
        />
        <button type="button" className="button" onClick={() => add()}>
          {t('brandKit:words.add')}
          <span className="visually-hidden">{t('brandKit:words.addTo', { list: label })}</span>
        </button>
      </div>
      <InlineError message={error} />
    </div>
  );
}
