import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Profile, type WeekStartsOn } from '@shared/entities';
import { call, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { timeNowIn, timeZoneChoices } from './time-zones';
import { InlineError } from '../../components/inline-error';

const WEEK_STARTS: readonly WeekStartsOn[] = [1, 0];

/** "Monday" or "Sunday" in the owner's language: 2024-01-07 was a Sunday. */
function weekdayName(day: WeekStartsOn): string {
  return formatDateTime(Date.UTC(2024, 0, 7 + day), { weekday: 'long', timeZone: 'UTC' });
}

/** The business's name, the time zone every date in Cadence is shown and planned in, and the first day of its week. */
export function BusinessSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation('settings');
  const [name, setName] = useState(profile.name);
  const [timeZone, setTimeZone] = useState(profile.timeZone);
  const [weekStartsOn, setWeekStartsOn] = useState<WeekStartsOn>(profile.weekStartsOn);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const zones = useMemo(() => timeZoneChoices(profile.timeZone), [profile.timeZone]);
  const headingId = useId();
  const zoneHintId = useId();
  const weekHintId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    setError(null);
    try {
      await call('profile.update', { name: name.trim(), timeZone, weekStartsOn });
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
        {t('business.title')}
      </h2>
      <form className="settings-form" onSubmit={(event) => void save(event)} noValidate>
        <label className="field">
          <span className="field-label">{t('business.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={LIMITS.name}
            autoComplete="organization"
            placeholder={t('business.namePlaceholder')}
            onChange={(event) => {
              setName(event.target.value);
              changed();
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('business.zone')}</span>
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
            {now ? t('business.now', { time: now }) : ''}
            {t('business.zoneHint')}
          </span>
        </label>
        <label className="field">
          <span className="field-label">{t('business.weekStart')}</span>
          <select
            value={weekStartsOn}
            aria-describedby={weekHintId}
            onChange={(event) => {
              setWeekStartsOn(Number(event.target.value) as WeekStartsOn);
              changed();
            }}
          >
            {WEEK_STARTS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
          <span id={weekHintId} className="field-hint">
            {t('business.weekStartHint')}
          </span>
        </label>
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {t('business.save')}
          </button>
          <span role="status" className="confirmation">
            {saved ? t('business.saved') : ''}
          </span>
        </div>
        <InlineError message={error} />
      </form>
    </section>
  );
}
