import { useId, useState, type KeyboardEvent } from 'react';
import { KIT_LIMITS, type AvoidWord } from '@shared/brand-kit/kit';

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
    if (word === '') return setError('Type the word or phrase to avoid first.');
    if (words.some((existing) => existing.term.toLowerCase() === word.toLowerCase())) {
      return setError(`“${word}” is already on the list.`);
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
        Words to avoid
      </span>
      <p className="field-hint">
        The composer marks them in your text, with what to say instead if you give it.
      </p>
      {words.length > 0 && (
        <ul className="avoid-list" aria-label="Words to avoid">
          {words.map((word) => (
            <li key={word.term} className="avoid-row">
              <span className="avoid-term">{word.term}</span>
              <span className="avoid-suggestion">{word.suggestion ? `→ say “${word.suggestion}”` : ''}</span>
              <button
                type="button"
                className="button subtle"
                aria-label={`Remove “${word.term}” from words to avoid`}
                onClick={() => onChange(words.filter((existing) => existing.term !== word.term))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="term-add">
        <label className="field">
          <span className="field-label">Word or phrase to avoid</span>
          <input
            type="text"
            value={term}
            maxLength={KIT_LIMITS.term}
            placeholder="e.g. cheap"
            onChange={(event) => setTerm(event.target.value)}
            onKeyDown={onEnter}
          />
        </label>
        <label className="field">
          <span className="field-label">Say instead (optional)</span>
          <input
            type="text"
            value={suggestion}
            maxLength={KIT_LIMITS.term}
            placeholder="e.g. good value"
            onChange={(event) => setSuggestion(event.target.value)}
            onKeyDown={onEnter}
          />
        </label>
        <button type="button" className="button" onClick={add}>
          Add word to avoid
        </button>
      </div>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </div>
  );
}
