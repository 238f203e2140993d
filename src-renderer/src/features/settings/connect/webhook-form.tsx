import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect } from './use-connect';

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
    <form className="connect-form" aria-label="Connect Webhook" onSubmit={submit} noValidate>
      <TextField
        label="Webhook URL"
        value={url}
        onChange={setUrl}
        placeholder="https://hooks.example.com/cadence"
        hint="Cadence sends each post here as JSON when it is due, with an Idempotency-Key header so a retry is never a second post."
        error={errors.url}
        autoComplete="url"
      />
      <TextField
        label="Signing secret"
        value={signingSecret}
        onChange={setSigningSecret}
        hint="Each request carries an X-Cadence-Signature header: sha256= and the HMAC-SHA256 of the body keyed with this secret. Copy it into your receiver now; Cadence will not show it again."
        error={errors.signingSecret}
        action={
          <button type="button" className="button" onClick={() => setSigningSecret(randomSecret())}>
            Generate
          </button>
        }
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
