// A "Remind me" channel: no sign-in, only the network. At each post's time Cadence reminds the
// owner and hands them the text and images to post by hand in the network's web composer.
import { useId, useState, type FormEvent } from 'react';
import { REMINDER_PRESET_IDS, type ReminderPresetId } from '@shared/entities';
import { REMINDER_PRESETS } from '@shared/reminder-presets';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect, withScheme } from './use-connect';
import { t } from '../../../i18n/i18n';

/** Brand names stay as they are; "Other" is said in the owner's language. */
function presetName(preset: ReminderPresetId): string {
  return preset === 'other' ? t('connect:reminder.other') : REMINDER_PRESETS[preset].name;
}

export function ReminderForm({ channel, onConnected }: ConnectFormProps) {
  const [preset, setPreset] = useState<ReminderPresetId>(channel?.reminder?.preset ?? 'tiktok');
  const [name, setName] = useState('');
  const [composerUrl, setComposerUrl] = useState('');
  const { errors, failure, connecting, connect } = useConnect(onConnected);
  const presetId = useId();
  const other = preset === 'other';

  function submit(event: FormEvent) {
    event.preventDefault();
    void connect(
      {
        network: 'reminder',
        preset,
        displayName: optionalName(name),
        composerUrl: other ? withScheme(composerUrl) || undefined : undefined,
        channelId: channel?.id,
      },
      () => setComposerUrl(''),
    );
  }

  return (
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: t('connect:reminder.title') })}
      onSubmit={submit}
      noValidate
    >
      <p className="field-hint">{t('connect:reminder.intro')}</p>
      <div className="field">
        <label htmlFor={presetId} className="field-label">
          {t('connect:reminder.network')}
        </label>
        <select
          id={presetId}
          value={preset}
          onChange={(event) => setPreset(event.target.value as ReminderPresetId)}
        >
          {REMINDER_PRESET_IDS.map((value) => (
            <option key={value} value={value}>
              {presetName(value)}
            </option>
          ))}
        </select>
      </div>
      {other ? (
        <>
          <TextField
            label={t('connect:reminder.name')}
            value={name}
            onChange={setName}
            error={errors.displayName}
          />
          <TextField
            label={t('connect:reminder.composer')}
            value={composerUrl}
            onChange={setComposerUrl}
            hint={t('connect:reminder.composerHint')}
            error={errors.composerUrl}
            autoComplete="url"
          />
        </>
      ) : (
        !channel && <NameField value={name} onChange={setName} error={errors.displayName} />
      )}
      <ConnectFooter connecting={connecting} failure={failure} label={t('connect:reminder.add')} />
    </form>
  );
}
