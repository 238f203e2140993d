import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, type LanguageChoice } from '@shared/app-settings';
import { applyLanguageChoice } from '../../i18n/i18n';
import { resolveLanguage, systemLanguages } from '../../i18n/languages';
import { call, messageOf } from '../../lib/api';
import { formatLanguageName } from '../../lib/format';
import { InlineError } from '../../components/inline-error';

/** The language Cadence speaks: the computer's own (when Cadence speaks it), or one the owner picks. */
export function LanguageSection() {
  const { t } = useTranslation('settings');
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const hintId = useId();

  useEffect(() => {
    call('settings.get').then(
      (settings) => setChoice(settings.language),
      (caught: unknown) => setError(messageOf(caught)),
    );
  }, []);

  async function choose(next: LanguageChoice) {
    const before = choice;
    setChoice(next);
    setError(null);
    try {
      await call('settings.update', { language: next });
      // The whole window then shows itself again in the new language.
      await applyLanguageChoice(next);
    } catch (caught) {
      setChoice(before);
      setError(messageOf(caught));
    }
  }

  const label = (option: LanguageChoice) =>
    option === 'system'
      ? t('language.system', { language: formatLanguageName(resolveLanguage('system', systemLanguages())) })
      : formatLanguageName(option);

  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('language.title')}
      </h2>
      {choice && (
        <label className="field">
          <span className="field-label">{t('language.label')}</span>
          <select
            value={choice}
            aria-describedby={hintId}
            onChange={(event) => void choose(event.target.value as LanguageChoice)}
          >
            {LANGUAGE_CHOICES.map((option) => (
              <option key={option} value={option}>
                {label(option)}
              </option>
            ))}
          </select>
          <span id={hintId} className="field-hint">
            {t('language.hint')}
          </span>
        </label>
      )}
      <InlineError message={error} />
    </section>
  );
}
