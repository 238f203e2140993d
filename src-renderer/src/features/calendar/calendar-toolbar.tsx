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

const VIEWS: Array<{ view: CalendarView; label: string }> = [
  { view: 'month', label: 'Month' },
  { view: 'week', label: 'Week' },
];

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { label, view, timeZone, loading, onPrevious, onNext, onToday, onView } = props;
  return (
    <header className="calendar-toolbar">
      <div className="calendar-title">
        <h1>{label}</h1>
        <p className="calendar-zone">
          Times in {timeZone.replaceAll('_', ' ')}
          {loading && <span className="calendar-loading"> · Loading…</span>}
        </p>
      </div>
      <div className="calendar-controls">
        <button type="button" className="button" onClick={onToday} title="Today (T)">
          Today
        </button>
        <div className="calendar-step">
          <button
            type="button"
            className="button icon-button"
            aria-label="Previous period"
            title="Previous period (←)"
            onClick={onPrevious}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="button icon-button"
            aria-label="Next period"
            title="Next period (→)"
            onClick={onNext}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <div className="segmented" role="group" aria-label="Calendar view">
          {VIEWS.map((option) => (
            <button
              key={option.view}
              type="button"
              className="segment"
              aria-pressed={view === option.view}
              onClick={() => onView(option.view)}
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
