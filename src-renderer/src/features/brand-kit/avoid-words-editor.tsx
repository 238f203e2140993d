import { useId, useState, type KeyboardEvent } from 'react';
import { KIT_LIMITS, type AvoidWord } from '@shared/brand-kit/kit';
import { t } from '../../i18n/i18n';
import { InlineError } from '../../components/inline-error';

interface AvoidWordsEditorProps {
  words: readonly AvoidWord[];
  onChange(words: AvoidWord[]): void;
}

/** Words the business never uses, each with an optional word to use instead. */
export function AvoidWordsEditor({ words, onChange }: AvoidWordsEditorProps) {
  const [term, setTerm] = useState('');
  const [suggestion, setSuggestion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  function add() {
    const word = term.trim();
    if (word === '') return setError(t('brandKit:words.typeAvoid'));
    if (words.some((existing) => existing.term.toLowerCase() === word.toLowerCase())) {
      return setError(t('brandKit:words.already', { word }));
    }
    const instead = suggestion.trim();
    setError(null);
    onChange([...words, instead ? { term: word, suggestion: instead } : { term: word }]);
    setTerm('');
    setSuggestion('');
  }

  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="term-list" role="group" aria-labelledby={headingId}>
      <span id={headingId} className="field-label">
        {t('brandKit:words.avoid')}
      </span>
      <p className="field-hint">{t('brandKit:words.avoidHint')}</p>
      {words.length > 0 && (
        <ul className="avoid-list" aria-label={t('brandKit:words.avoid')}>
          {words.map((word) => (
            <li key={word.term} className="avoid-row">
              <span className="avoid-term">{word.term}</span>
              <span className="avoid-suggestion">
                {word.suggestion ? t('brandKit:words.sayInstead', { word: word.suggestion }) : ''}
              </span>
              <button
                type="button"
                className="button subtle"
                aria-label={t('brandKit:words.removeAvoid', { word: word.term })}
                onClick={() => onChange(words.filter((existing) => existing.term !== word.term))}
              >
                {t('brandKit:words.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="term-add">
        <label className="field">
          <span className="field-label">{t('brandKit:words.avoidField')}</span>
          <input
            type="text"
            value={term}
            maxLength={KIT_LIMITS.term}
            placeholder={t('brandKit:words.avoidPlaceholder')}
            onChange={(event) => setTerm(event.target.value)}
            onKeyDown={onEnter}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('brandKit:words.insteadField')}</span>
          <input
            type="text"
            value={suggestion}
            maxLength={KIT_LIMITS.term}
            placeholder={t('brandKit:words.insteadPlaceholder')}
            onChange={(event) => setSuggestion(event.target.value)}
            onKeyDown={onEnter}
          />
        </label>
        <button type="button" className="button" onClick={add}>
          {t('brandKit:words.addAvoid')}
        </button>
      </div>
      <InlineError message={error} />
    </div>
  );
}
