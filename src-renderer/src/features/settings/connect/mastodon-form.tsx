import { useState, type FormEvent } from 'react';
import { MastodonOAuthStart } from '@shared/connect-inputs';
import { ConnectFooter, type ConnectFormProps, NameField, TextField } from './form-kit';
import { errorsByField, optionalName, useConnect, withScheme } from './use-connect';
import { useMastodonSignIn } from './use-mastodon-sign-in';
import { t } from '../../../i18n/i18n';
import { InlineError } from '../../../components/inline-error';

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
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: 'Mastodon' })}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label={t('connect:mastodon.server')}
        value={server}
        onChange={setServer}
        placeholder="mastodon.social"
        hint={t('connect:mastodon.serverHint')}
        error={errors.instanceUrl}
        autoComplete="url"
      />
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      {!useToken && (
        <div className="settings-actions">
          <button type="button" className="button primary" disabled={busy} onClick={startSignIn}>
            {signIn.starting ? t('connect:openingBrowser') : t('connect:mastodon.signIn')}
          </button>
          {signIn.waiting && (
            <>
              <span role="status" className="field-hint">
                {t('connect:mastodon.waiting')}
              </span>
              <button type="button" className="button" onClick={signIn.cancel}>
                {t('connect:cancel')}
              </button>
            </>
          )}
        </div>
      )}
      {!useToken && <InlineError message={signIn.failure} />}
      <button
        type="button"
        className="button subtle link-button"
        disabled={signIn.waiting}
        onClick={() => setUseToken(!useToken)}
      >
        {useToken ? t('connect:mastodon.viaBrowser') : t('connect:mastodon.viaToken')}
      </button>
      {useToken && (
        <>
          <TextField
            label={t('connect:mastodon.token')}
            type="password"
            value={accessToken}
            onChange={setAccessToken}
            hint={t('connect:mastodon.tokenHint')}
            error={errors.accessToken}
          />
          <ConnectFooter connecting={connecting} failure={failure} />
        </>
      )}
    </form>
  );
}
