import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect, withScheme } from './use-connect';

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
    <form className="connect-form" aria-label="Connect Telegram" onSubmit={submit} noValidate>
      <TextField
        label="Bot token"
        type="password"
        value={botToken}
        onChange={setBotToken}
        placeholder="123456:ABC-DEF…"
        hint="From @BotFather in Telegram: send /newbot, then add the bot to your channel as an admin that can post."
        error={errors.botToken}
      />
      <TextField
        label="Channel"
        value={chat}
        onChange={setChat}
        placeholder="@yourchannel"
        hint="The channel's @username, or its numeric id for a private channel."
        error={errors.chat}
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <details className="advanced" open={Boolean(errors.apiBaseUrl) || undefined}>
        <summary>Advanced</summary>
        <TextField
          label="Bot API server"
          value={apiBaseUrl}
          onChange={setApiBaseUrl}
          hint="Only change this if you run your own Telegram Bot API server."
          error={errors.apiBaseUrl}
        />
      </details>
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
