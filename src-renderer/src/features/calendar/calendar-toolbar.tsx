import { useMemo } from 'react';
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
  // Rendered on every page turn, for a new heading: the rest of its words change only with the
  // language, and each translation lookup costs (ten of them were about half a millisecond).
  const words = useMemo(
    () => ({
      today: t('today'),
      todayTitle: t('todayTitle'),
      previous: t('previous'),
      previousTitle: t('previousTitle'),
      next: t('next'),
      nextTitle: t('nextTitle'),
      viewLabel: t('viewLabel'),
      loading: t('loading'),
      views: { month: t('month'), week: t('week') },
    }),
    [t],
  );
  const zone = useMemo(() => t('zone', { zone: timeZone.replaceAll('_', ' ') }), [t, timeZone]);
  return (
    <header className="calendar-toolbar">
      <div className="calendar-title">
        <h1>{label}</h1>
        <p className="calendar-zone">
          {zone}
          {loading && <span className="calendar-loading"> · {words.loading}</span>}
        </p>
      </div>
      <div className="calendar-controls">
        <button type="button" className="button" onClick={onToday} title={words.todayTitle}>
          {words.today}
        </button>
        <div className="calendar-step">
          <button
            type="button"
            className="button icon-button"
            aria-label={words.previous}
            title={words.previousTitle}
            onClick={onPrevious}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="button icon-button"
            aria-label={words.next}
            title={words.nextTitle}
            onClick={onNext}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <div className="segmented" role="group" aria-label={words.viewLabel}>
          {VIEWS.map((option) => (
            <button
              key={option}
              type="button"
              className="segment"
              aria-pressed={view === option}
              onClick={() => onView(option)}
            >
              {words.views[option]}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
