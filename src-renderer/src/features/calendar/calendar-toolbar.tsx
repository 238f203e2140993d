import { useTranslation } from 'react-i18next';
import type { CalendarView } from './calendar-model';

interface CalendarToolbarProps {
  label: string;
  view: CalendarView;
  timeZone: string;
  loading: boolean;
  onPrevious(): void;
  onNext(): void;
  onToday(): void;
  onView(view: CalendarView): void;
}

const VIEWS = ['month', 'week'] as const satisfies readonly CalendarView[];

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { label, view, timeZone, loading, onPrevious, onNext, onToday, onView } = props;
  const { t } = useTranslation('calendar');
  return (
    <header className="calendar-toolbar">
      <div className="calendar-title">
        <h1>{label}</h1>
        <p className="calendar-zone">
          {t('zone', { zone: timeZone.replaceAll('_', ' ') })}
          {loading && <span className="calendar-loading"> · {t('loading')}</span>}
        </p>
      </div>
      <div className="calendar-controls">
        <button type="button" className="button" onClick={onToday} title={t('todayTitle')}>
          {t('today')}
        </button>
        <div className="calendar-step">
          <button
            type="button"
            className="button icon-button"
            aria-label={t('previous')}
            title={t('previousTitle')}
            onClick={onPrevious}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="button icon-button"
            aria-label={t('next')}
            title={t('nextTitle')}
            onClick={onNext}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <div className="segmented" role="group" aria-label={t('viewLabel')}>
          {VIEWS.map((option) => (
            <button
              key={option}
              type="button"
              className="segment"
              aria-pressed={view === option}
              onClick={() => onView(option)}
            >
              {t(option)}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
