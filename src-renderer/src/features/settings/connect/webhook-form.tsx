import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect } from './use-connect';
import { t } from '../../../i18n/i18n';

/** 32 random bytes as hex: long enough that it cannot be guessed, plain enough to paste anywhere. */
function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A webhook for Zapier, Make, n8n or the owner's own site: a signed JSON POST of each post. */
export function WebhookForm({ channel, onConnected }: ConnectFormProps) {
  const [url, setUrl] = useState('');
  const [signingSecret, setSigningSecret] = useState('');
  const [name, setName] = useState('');
  const { errors, failure, connecting, connect } = useConnect(onConnected);

  function submit(event: FormEvent) {
    event.preventDefault();
    void connect(
      { network: 'webhook', url, signingSecret, displayName: optionalName(name), channelId: channel?.id },
      () => {
        setUrl('');
        setSigningSecret('');
      },
    );
  }

  return (
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: 'Webhook' })}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label={t('connect:webhook.url')}
        value={url}
        onChange={setUrl}
        placeholder="https://hooks.example.com/cadence"
        hint={t('connect:webhook.urlHint')}
        error={errors.url}
        autoComplete="url"
      />
      <TextField
        label={t('connect:webhook.secret')}
        value={signingSecret}
        onChange={setSigningSecret}
        hint={t('connect:webhook.secretHint')}
        error={errors.signingSecret}
        action={
          <button type="button" className="button" onClick={() => setSigningSecret(randomSecret())}>
            {t('connect:webhook.generate')}
          </button>
        }
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
