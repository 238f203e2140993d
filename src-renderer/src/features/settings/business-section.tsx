import { useId, useMemo, useState, type FormEvent } from 'react';
import { LIMITS, type Profile } from '@shared/entities';
import { call, messageOf } from '../../lib/api';
import { timeNowIn, timeZoneChoices } from './time-zones';

/** The business's name and the time zone every date in Cadence is shown and planned in. */
export function BusinessSection({ profile }: { profile: Profile }) {
  const [name, setName] = useState(profile.name);
  const [timeZone, setTimeZone] = useState(profile.timeZone);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const zones = useMemo(() => timeZoneChoices(profile.timeZone), [profile.timeZone]);
  const headingId = useId();
  const zoneHintId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    setError(null);
    try {
      await call('profile.update', { name: name.trim(), timeZone });
      setSaved(true);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  }

  const changed = () => setSaved(false);
  const now = timeNowIn(timeZone);

  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Business
      </h2>
      <form className="settings-form" onSubmit={(event) => void save(event)} noValidate>
        <label className="field">
          <span className="field-label">Business name</span>
          <input
            type="text"
            value={name}
            maxLength={LIMITS.name}
            autoComplete="organization"
            placeholder="Your shop, studio or brand"
            onChange={(event) => {
              setName(event.target.value);
              changed();
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">Time zone</span>
          <select
            value={timeZone}
            aria-describedby={zoneHintId}
            onChange={(event) => {
              setTimeZone(event.target.value);
              changed();
            }}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <span id={zoneHintId} className="field-hint">
            {now ? `It is ${now} there now. ` : ''}The calendar and every schedule time use this zone. Posts
            already scheduled keep their moment.
          </span>
        </label>
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={saving}>
            Save business details
          </button>
          <span role="status" className="confirmation">
            {saved ? 'Business details saved.' : ''}
          </span>
        </div>
        {error && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
