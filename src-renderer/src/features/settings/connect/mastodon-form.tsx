import { useState, type FormEvent } from 'react';
import { MastodonOAuthStart } from '@shared/connect-inputs';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { errorsByField, optionalName, useConnect, withScheme } from './use-connect';
import { useMastodonSignIn } from './use-mastodon-sign-in';

/** Mastodon (or a compatible server): sign in through the browser, or paste an access token. */
export function MastodonForm({ channel, onConnected }: ConnectFormProps) {
  const [server, setServer] = useState(channel?.serverUrl ?? '');
  const [name, setName] = useState('');
  const [useToken, setUseToken] = useState(false);
  const [accessToken, setAccessToken] = useState('');
  const { errors, failure, connecting, connect, setErrors } = useConnect(onConnected);
  const signIn = useMastodonSignIn(onConnected);
  const busy = connecting || signIn.starting || signIn.waiting;

  function common() {
    return { instanceUrl: withScheme(server), displayName: optionalName(name), channelId: channel?.id };
  }

  function startSignIn() {
    const parsed = MastodonOAuthStart.safeParse(common());
    if (!parsed.success) {
      setErrors(errorsByField(parsed.error.issues));
      return;
    }
    setErrors({});
    void signIn.start(parsed.data);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!useToken) return startSignIn();
    void connect({ network: 'mastodon', accessToken, ...common() }, () => setAccessToken(''));
  }

  return (
    <form className="connect-form" aria-label="Connect Mastodon" onSubmit={submit} noValidate>
      <TextField
        label="Server address"
        value={server}
        onChange={setServer}
        placeholder="mastodon.social"
        hint="The server your account is on: the part after the second @ in your handle."
        error={errors.instanceUrl}
        autoComplete="url"
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      {!useToken && (
        <div className="settings-actions">
          <button type="button" className="button primary" disabled={busy} onClick={startSignIn}>
            {signIn.starting ? 'Opening your browser…' : 'Sign in with Mastodon'}
          </button>
          {signIn.waiting && (
            <>
              <span role="status" className="field-hint">
                Approve Cadence in the browser window that opened. Cadence is waiting…
              </span>
              <button type="button" className="button" onClick={signIn.cancel}>
                Cancel
              </button>
            </>
          )}
        </div>
      )}
      {!useToken && signIn.failure && (
        <p role="alert" className="inline-error">
          {signIn.failure}
        </p>
      )}
      <button
        type="button"
        className="button subtle link-button"
        disabled={signIn.waiting}
        onClick={() => setUseToken(!useToken)}
      >
        {useToken ? 'Sign in through the browser instead' : 'Paste an access token instead'}
      </button>
      {useToken && (
        <>
          <TextField
            label="Access token"
            type="password"
            value={accessToken}
            onChange={setAccessToken}
            hint="In Mastodon: Preferences → Development → New application, with the read and write permissions. Copy “Your access token”."
            error={errors.accessToken}
          />
          <ConnectFooter connecting={connecting} failure={failure} />
        </>
      )}
    </form>
  );
}
