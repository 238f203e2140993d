import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect } from './use-connect';

/** Discord: a channel's webhook, which posts as its own name and picture. */
export function DiscordForm({ channel, onConnected }: ConnectFormProps) {
  const [webhookUrl, setWebhookUrl] = useState('');
  const [name, setName] = useState('');
  const { errors, failure, connecting, connect } = useConnect(onConnected);

  function submit(event: FormEvent) {
    event.preventDefault();
    void connect(
      { network: 'discord', webhookUrl, displayName: optionalName(name), channelId: channel?.id },
      () => setWebhookUrl(''),
    );
  }

  return (
    <form className="connect-form" aria-label="Connect Discord" onSubmit={submit} noValidate>
      <TextField
        label="Webhook URL"
        type="password"
        value={webhookUrl}
        onChange={setWebhookUrl}
        placeholder="https://discord.com/api/webhooks/…"
        hint="In Discord: Server Settings → Integrations → Webhooks → New Webhook, pick the channel, then Copy Webhook URL. Anyone with it can post, so Cadence keeps it in your keychain."
        error={errors.webhookUrl}
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
