import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect, withScheme } from './use-connect';
import { t } from '../../../i18n/i18n';

const DEFAULT_BOT_API = 'https://api.telegram.org';

/** Telegram: a bot that is an admin of the channel posts for the owner. */
export function TelegramForm({ channel, onConnected }: ConnectFormProps) {
  const [botToken, setBotToken] = useState('');
  const [chat, setChat] = useState(channel && /^(@|-?\d)/.test(channel.handle) ? channel.handle : '');
  const [apiBaseUrl, setApiBaseUrl] = useState(channel?.serverUrl ?? DEFAULT_BOT_API);
  const [name, setName] = useState('');
  const { errors, failure, connecting, connect } = useConnect(onConnected);

  function submit(event: FormEvent) {
    event.preventDefault();
    void connect(
      {
        network: 'telegram',
        botToken,
        chat,
        apiBaseUrl: withScheme(apiBaseUrl) || DEFAULT_BOT_API,
        displayName: optionalName(name),
        channelId: channel?.id,
      },
      () => setBotToken(''),
    );
  }

  return (
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: 'Telegram' })}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label={t('connect:telegram.token')}
        type="password"
        value={botToken}
        onChange={setBotToken}
        placeholder="123456:ABC-DEF…"
        hint={t('connect:telegram.tokenHint')}
        error={errors.botToken}
      />
      <TextField
        label={t('connect:telegram.chat')}
        value={chat}
        onChange={setChat}
        placeholder="@yourchannel"
        hint={t('connect:telegram.chatHint')}
        error={errors.chat}
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <details className="advanced" open={Boolean(errors.apiBaseUrl) || undefined}>
        <summary>{t('connect:telegram.advanced')}</summary>
        <TextField
          label={t('connect:telegram.api')}
          value={apiBaseUrl}
          onChange={setApiBaseUrl}
          hint={t('connect:telegram.apiHint')}
          error={errors.apiBaseUrl}
        />
      </details>
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
