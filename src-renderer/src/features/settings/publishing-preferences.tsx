import { useEffect, useId, useState } from 'react';
import { KEEP_AWAKE_HOURS, type AppSettings, type KeepAwakeHours } from '@shared/app-settings';
import { call, isDesktop, messageOf } from '../../lib/api';
import { t } from '../../i18n/i18n';
import { InlineError } from '../../components/inline-error';

const GRACE_MINUTES = [15, 30, 60, 120, 360, 1440];

/** "15 min", "1 hour", "24 hours". */
function graceLabel(minutes: number): string {
  return minutes % 60 === 0 && minutes > 0
    ? t('settings:publishing.hours', { count: minutes / 60 })
    : t('settings:publishing.minutes', { count: minutes });
}

type Changes = Partial<
  Pick<
    AppSettings,
    | 'closeToTray'
    | 'openAtLogin'
    | 'notifyOnSuccess'
    | 'notifyInbox'
    | 'graceWindowMinutes'
    | 'keepAwakeHours'
  >
>;

/**
 * How Cadence behaves around publishing: the tray and starting at login (the timer only runs
 * while Cadence does), notifications, posts missed while asleep, and how far ahead quitting may
 * keep the laptop awake (desktop only: the browser has no laptop to keep awake).
 */
export function PublishingPreferences() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const graceHintId = useId();
  const keepAwakeHintId = useId();

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

  const choices = settings ? graceChoices(settings.graceWindowMinutes) : GRACE_MINUTES;
  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('settings:publishing.title')}
      </h2>
      {settings && (
        <div className="settings-form">
          <CheckField
            label={t('settings:publishing.tray')}
            hint={t('settings:publishing.trayHint')}
            checked={settings.closeToTray}
            onChange={(checked) => void save({ closeToTray: checked })}
          />
          {isDesktop() && (
            <CheckField
              label={t('settings:publishing.openAtLogin')}
              hint={t('settings:publishing.openAtLoginHint')}
              checked={settings.openAtLogin}
              onChange={(checked) => void save({ openAtLogin: checked })}
            />
          )}
          <CheckField
            label={t('settings:publishing.notify')}
            hint={t('settings:publishing.notifyHint')}
            checked={settings.notifyOnSuccess}
            onChange={(checked) => void save({ notifyOnSuccess: checked })}
          />
          <CheckField
            label={t('settings:publishing.notifyInbox')}
            hint={t('settings:publishing.notifyInboxHint')}
            checked={settings.notifyInbox}
            onChange={(checked) => void save({ notifyInbox: checked })}
          />
          <label className="field">
            <span className="field-label">{t('settings:publishing.grace')}</span>
            <select
              value={settings.graceWindowMinutes}
              aria-describedby={graceHintId}
              onChange={(event) => void save({ graceWindowMinutes: Number(event.target.value) })}
            >
              {choices.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {graceLabel(minutes)}
                </option>
              ))}
            </select>
            <span id={graceHintId} className="field-hint">
              {t('settings:publishing.graceHint')}
            </span>
          </label>
          {isDesktop() && (
            <label className="field">
              <span className="field-label">{t('settings:publishing.keepAwake')}</span>
              <select
                value={settings.keepAwakeHours}
                aria-describedby={keepAwakeHintId}
                onChange={(event) =>
                  void save({ keepAwakeHours: Number(event.target.value) as KeepAwakeHours })
                }
              >
                {KEEP_AWAKE_HOURS.map((hours) => (
                  <option key={hours} value={hours}>
                    {t('settings:publishing.hours', { count: hours })}
                  </option>
                ))}
              </select>
              <span id={keepAwakeHintId} className="field-hint">
                {t('settings:publishing.keepAwakeHint')}
              </span>
            </label>
          )}
        </div>
      )}
      <p role="status" className="confirmation">
        {saved ? t('settings:saved') : ''}
      </p>
      <InlineError message={error} />
    </section>
  );
}

/** The usual choices, plus the stored value if it was set to something else. */
function graceChoices(current: number): readonly number[] {
  if (GRACE_MINUTES.includes(current)) return GRACE_MINUTES;
  return [...GRACE_MINUTES, current].sort((a, b) => a - b);
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
