import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Profile } from '@shared/entities';
import { call, messageOf } from '../../lib/api';
import { timeNowIn, timeZoneChoices } from './time-zones';

/** The business's name and the time zone every date in Cadence is shown and planned in. */
export function BusinessSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation('settings');
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
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {t('business.save')}
          </button>
          <span role="status" className="confirmation">
            {saved ? t('business.saved') : ''}
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
