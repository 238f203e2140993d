import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_CHOICES, type ThemeChoice } from '@shared/app-settings';
import { applyThemeChoice } from '../../state/use-theme';
import { call, messageOf } from '../../lib/api';
import { InlineError } from '../../components/inline-error';

/** Light or dark: as the computer is set, or always one of them. */
export function AppearanceSection() {
  const { t } = useTranslation('settings');
  const [choice, setChoice] = useState<ThemeChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const hintId = useId();

  useEffect(() => {
    call('settings.get').then(
      (settings) => setChoice(settings.theme),
      (caught: unknown) => setError(messageOf(caught)),
    );
  }, []);

  async function choose(next: ThemeChoice) {
    const before = choice;
    setChoice(next);
    setError(null);
    // Shown at once; the saved choice is applied again when the settings change.
    applyThemeChoice(next);
    try {
      await call('settings.update', { theme: next });
    } catch (caught) {
      setChoice(before);
      if (before) applyThemeChoice(before);
      setError(messageOf(caught));
    }
  }

  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('appearance.title')}
      </h2>
      {choice && (
        <label className="field">
          <span className="field-label">{t('appearance.label')}</span>
          <select
            value={choice}
            aria-describedby={hintId}
            onChange={(event) => void choose(event.target.value as ThemeChoice)}
          >
            {THEME_CHOICES.map((option) => (
              <option key={option} value={option}>
                {t(`appearance.${option}`)}
              </option>
            ))}
          </select>
          <span id={hintId} className="field-hint">
            {t('appearance.hint')}
          </span>
        </label>
      )}
      <InlineError message={error} />
    </section>
  );
}
