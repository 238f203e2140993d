interface CalendarEmptyProps {
  period: string;
  hasChannels: boolean;
  onCreate(): void;
  onSettings(): void;
}

/** Shown above an empty period, so the grid stays in view as the place posts will land. */
export function CalendarEmpty({ period, hasChannels, onCreate, onSettings }: CalendarEmptyProps) {
  return (
    <section className="calendar-empty" aria-labelledby="calendar-empty-title">
      <div>
        <h2 id="calendar-empty-title">Nothing planned for {period}</h2>
        <p>
          {hasChannels
            ? 'Write a post and schedule it: it shows up here at its local time, and you can drag it to another day.'
            : 'Start by adding the account you post to in Settings. You can write your first post now and pick its channel later.'}
        </p>
      </div>
      <div className="calendar-empty-actions">
        <button type="button" className="button primary" onClick={onCreate}>
          Create a post
        </button>
        {!hasChannels && (
          <button type="button" className="button" onClick={onSettings}>
            Add a channel in Settings
          </button>
        )}
      </div>
    </section>
  );
}
