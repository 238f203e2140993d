import { useEffect, useId, useState } from 'react';
import type { AppSettings } from '@shared/app-settings';
import { call, messageOf } from '../../lib/api';

const GRACE_CHOICES: ReadonlyArray<readonly [minutes: number, label: string]> = [
  [15, '15 min'],
  [30, '30 min'],
  [60, '1 hour'],
  [120, '2 hours'],
  [360, '6 hours'],
  [1440, '24 hours'],
];

type Changes = Partial<Pick<AppSettings, 'closeToTray' | 'notifyOnSuccess' | 'graceWindowMinutes'>>;

/** How Cadence behaves around publishing: the tray, notifications and posts missed while asleep. */
export function PublishingPreferences() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const graceHintId = useId();

  useEffect(() => {
    call('settings.get').then(setSettings, (caught: unknown) => setError(messageOf(caught)));
  }, []);

  async function save(changes: Changes) {
    if (!settings) return;
    setSettings({ ...settings, ...changes });
    setSaved(false);
    setError(null);
    try {
      setSettings(await call('settings.update', changes));
      setSaved(true);
    } catch (caught) {
      setSettings(settings);
      setError(messageOf(caught));
    }
  }

  const choices = settings ? graceChoices(settings.graceWindowMinutes) : GRACE_CHOICES;
  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Publishing
      </h2>
      {settings && (
        <div className="settings-form">
          <CheckField
            label="Keep Cadence running in the tray when the window is closed"
            hint="So scheduled posts still go out. Quit from the tray icon to stop Cadence."
            checked={settings.closeToTray}
            onChange={(checked) => void save({ closeToTray: checked })}
          />
          <CheckField
            label="Notify me when a post is published"
            hint="You are always notified when a post fails."
            checked={settings.notifyOnSuccess}
            onChange={(checked) => void save({ notifyOnSuccess: checked })}
          />
          <label className="field">
            <span className="field-label">Publish missed posts if they are late by up to</span>
            <select
              value={settings.graceWindowMinutes}
              aria-describedby={graceHintId}
              onChange={(event) => void save({ graceWindowMinutes: Number(event.target.value) })}
            >
              {choices.map(([minutes, label]) => (
                <option key={minutes} value={minutes}>
                  {label}
                </option>
              ))}
            </select>
            <span id={graceHintId} className="field-hint">
              If the computer was asleep or Cadence was closed when a post was due. Later than this, the post
              waits for you to publish or reschedule it.
            </span>
          </label>
        </div>
      )}
      <p role="status" className="confirmation">
        {saved ? 'Saved' : ''}
      </p>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}

/** The usual choices, plus the stored value if it was set to something else. */
function graceChoices(current: number): ReadonlyArray<readonly [number, string]> {
  if (GRACE_CHOICES.some(([minutes]) => minutes === current)) return GRACE_CHOICES;
  const label = current % 60 === 0 ? `${current / 60} hours` : `${current} min`;
  return [...GRACE_CHOICES, [current, label] as const].sort((a, b) => a[0] - b[0]);
}

function CheckField(props: {
  label: string;
  hint: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const hintId = useId();
  return (
    <div className="check-field">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          aria-describedby={hintId}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        {props.label}
      </label>
      <span id={hintId} className="field-hint">
        {props.hint}
      </span>
    </div>
  );
}
