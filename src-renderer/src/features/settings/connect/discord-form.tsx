import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect } from './use-connect';
import { t } from '../../../i18n/i18n';

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
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: 'Discord' })}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label={t('connect:discord.url')}
        type="password"
        value={webhookUrl}
        onChange={setWebhookUrl}
        placeholder="https://discord.com/api/webhooks/…"
        hint={t('connect:discord.urlHint')}
        error={errors.webhookUrl}
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
