import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect, withScheme } from './use-connect';
import { t } from '../../../i18n/i18n';

const DEFAULT_SERVER = 'https://bsky.social';

/** Bluesky: a handle (or email) and an app password, on bsky.social or the owner's own server. */
export function BlueskyForm({ channel, onConnected }: ConnectFormProps) {
  const [server, setServer] = useState(channel?.serverUrl ?? DEFAULT_SERVER);
  const [identifier, setIdentifier] = useState(channel?.handle ?? '');
  const [appPassword, setAppPassword] = useState('');
  const [name, setName] = useState('');
  const { errors, failure, connecting, connect } = useConnect(onConnected);

  function submit(event: FormEvent) {
    event.preventDefault();
    void connect(
      {
        network: 'bluesky',
        serviceUrl: withScheme(server) || DEFAULT_SERVER,
        identifier,
        appPassword,
        displayName: optionalName(name),
        channelId: channel?.id,
      },
      () => setAppPassword(''),
    );
  }

  return (
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: 'Bluesky' })}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label={t('connect:bluesky.server')}
        value={server}
        onChange={setServer}
        hint={t('connect:bluesky.serverHint')}
        error={errors.serviceUrl}
        autoComplete="url"
      />
      <TextField
        label={t('connect:bluesky.identifier')}
        value={identifier}
        onChange={setIdentifier}
        placeholder="yourname.bsky.social"
        error={errors.identifier}
        autoComplete="username"
      />
      <TextField
        label={t('connect:bluesky.password')}
        type="password"
        value={appPassword}
        onChange={setAppPassword}
        placeholder="xxxx-xxxx-xxxx-xxxx"
        hint={t('connect:bluesky.passwordHint')}
        error={errors.appPassword}
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
