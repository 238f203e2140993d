import { useState, type FormEvent } from 'react';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { optionalName, useConnect, withScheme } from './use-connect';

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
    <form className="connect-form" aria-label="Connect Bluesky" onSubmit={submit} noValidate>
      <TextField
        label="Server"
        value={server}
        onChange={setServer}
        hint="Leave this as it is unless your account lives on its own server."
        error={errors.serviceUrl}
        autoComplete="url"
      />
      <TextField
        label="Handle or email"
        value={identifier}
        onChange={setIdentifier}
        placeholder="yourname.bsky.social"
        error={errors.identifier}
        autoComplete="username"
      />
      <TextField
        label="App password"
        type="password"
        value={appPassword}
        onChange={setAppPassword}
        placeholder="xxxx-xxxx-xxxx-xxxx"
        hint="Not your main password. Make one in Bluesky under Settings → Privacy and security → App passwords."
        error={errors.appPassword}
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <ConnectFooter connecting={connecting} failure={failure} />
    </form>
  );
}
