import { useTranslation } from 'react-i18next';

interface CalendarEmptyProps {
  period: string;
  hasChannels: boolean;
  onCreate(): void;
  onSettings(): void;
}

/** Shown above an empty period, so the grid stays in view as the place posts will land. */
export function CalendarEmpty({ period, hasChannels, onCreate, onSettings }: CalendarEmptyProps) {
  const { t } = useTranslation('calendar');
  return (
    <section className="calendar-empty" aria-labelledby="calendar-empty-title">
      <div>
        <h2 id="calendar-empty-title">{t('empty.title', { period })}</h2>
        <p>{hasChannels ? t('empty.withChannels') : t('empty.noChannels')}</p>
      </div>
      <div className="calendar-empty-actions">
        <button type="button" className="button primary" onClick={onCreate}>
          {t('empty.create')}
        </button>
        {!hasChannels && (
          <button type="button" className="button" onClick={onSettings}>
            {t('empty.addChannel')}
          </button>
        )}
      </div>
    </section>
  );
}
