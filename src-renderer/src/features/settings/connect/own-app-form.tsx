// X, Facebook, Instagram, Threads and LinkedIn: the owner registers their own developer app
// (the guide says how), pastes its id and secret (kept in the keychain, never shown back),
// tests it, then signs in through the browser and picks the accounts to connect.
import { useEffect, useState, type ComponentType, type FormEvent } from 'react';
import { NETWORK_LABELS, type Network } from '@shared/entities';
import { OwnAppSave, type OwnAppSummary } from '@shared/contract/settings';
import { OWN_APP_GUIDES, appNetworkOf } from '@shared/own-app-guides/own-app-networks';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { call, messageOf } from '../../../lib/api';
import { AccountPicker } from './account-picker';
import { type ConnectFormProps, NameField, TextField } from './form-kit';
import { OwnAppGuideView } from './own-app-guide-view';
import { errorsByField, optionalName, type FieldErrors } from './use-connect';
import { useOwnAppSignIn } from './use-own-app-sign-in';
import { t } from '../../../i18n/i18n';
import { InlineError, OutcomeLine } from '../../../components/inline-error';

export type OwnAppNetwork = 'x' | 'facebook' | 'instagram' | 'threads' | 'linkedin';

/** What the network calls the app and its two keys, in the owner's language. */
function wordsFor(network: OwnAppNetwork) {
  return {
    app: t(`connect:ownApp.app.${network}`),
    id: t(`connect:ownApp.id.${network}`),
    secret: t(`connect:ownApp.secret.${network}`),
  };
}

function OwnAppForm({ network, channel, onConnected }: ConnectFormProps & { network: OwnAppNetwork }) {
  const label = NETWORK_LABELS[network];
  // Instagram accounts come through Facebook's sign-in, so the button says where the browser goes.
  const signInAt = NETWORK_LABELS[appNetworkOf(network)];
  const words = wordsFor(network);
  const guide = OWN_APP_GUIDES[appNetworkOf(network)]!;
  const [saved, setSaved] = useState<OwnAppSummary | null>(null);
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [appNote, setAppNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const [forgetting, setForgetting] = useState<'asking' | 'busy' | null>(null);
  const signIn = useOwnAppSignIn(onConnected);
  const { phase } = signIn;

  useEffect(() => {
    let current = true;
    void call('apps.get').then((apps) => {
      const mine = apps.find((app) => app.network === appNetworkOf(network)) ?? null;
      if (!current || !mine) return;
      setSaved(mine);
      setClientId(mine.clientId);
    });
    return () => {
      current = false;
    };
  }, [network]);

  /** Keeps what was typed in the keychain first; the secret then leaves the page. */
  async function saveApp(): Promise<boolean> {
    const parsed = OwnAppSave.safeParse({ network, clientId, clientSecret: secret.trim() || undefined });
    if (!parsed.success) {
      setErrors(errorsByField(parsed.error.issues));
      return false;
    }
    setErrors({});
    try {
      setSaved(await call('apps.save', parsed.data));
      setSecret('');
      return true;
    } catch (caught) {
      setAppNote({ ok: false, text: messageOf(caught) });
      return false;
    }
  }

  async function testApp() {
    setAppNote(null);
    setTesting(true);
    try {
      if (!(await saveApp())) return;
      await call('apps.test', { network });
      setAppNote({ ok: true, text: t('connect:ownApp.ready', { app: words.app, network: signInAt }) });
    } catch (caught) {
      setAppNote({ ok: false, text: messageOf(caught) });
    } finally {
      setTesting(false);
    }
  }

  async function forgetApp() {
    setForgetting('busy');
    try {
      await call('apps.remove', { network: appNetworkOf(network) });
      setSaved(null);
      setClientId('');
      setSecret('');
      setAppNote({ ok: true, text: t('connect:ownApp.forgotten', { app: words.app }) });
    } catch (caught) {
      setAppNote({ ok: false, text: messageOf(caught) });
    } finally {
      setForgetting(null);
    }
  }

  async function startSignIn(event?: FormEvent) {
    event?.preventDefault();
    setAppNote(null);
    if (!(await saveApp())) return;
    await signIn.start({ network, channelId: channel?.id, displayName: optionalName(name) });
  }

  const secretHint = saved?.secretSaved
    ? t('connect:ownApp.secretSaved')
    : guide.clientSecret === 'optional'
      ? t('connect:ownApp.secretOptional')
      : t('connect:ownApp.secretKept');

  return (
    <form
      className="connect-form"
      aria-label={t('connect:label', { network: label })}
      onSubmit={(e) => void startSignIn(e)}
      noValidate
    >
      <OwnAppGuideView guide={guide} appName={words.app} />
      <TextField label={words.id} value={clientId} onChange={setClientId} error={errors.clientId} />
      <TextField
        label={words.secret}
        type="password"
        value={secret}
        onChange={setSecret}
        hint={secretHint}
        error={errors.clientSecret}
      />
      <div className="settings-actions">
        <button
          type="button"
          className="button"
          disabled={testing || signIn.busy}
          onClick={() => void testApp()}
        >
          {testing ? t('connect:ownApp.testing') : t('connect:ownApp.test')}
        </button>
        {saved && (
          <button
            type="button"
            className="button"
            disabled={testing || signIn.busy || forgetting !== null}
            onClick={() => setForgetting('asking')}
          >
            {t('connect:ownApp.forget')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={forgetting !== null}
        title={t('connect:ownApp.forgetTitle', { app: words.app })}
        message={t(
          network === 'threads' ? 'connect:ownApp.forgetMessageThreads' : 'connect:ownApp.forgetMessage',
        )}
        confirmLabel={t('connect:ownApp.forget')}
        busy={forgetting === 'busy'}
        onConfirm={() => void forgetApp()}
        onCancel={() => setForgetting(null)}
      />
      {appNote && <OutcomeLine failed={!appNote.ok} text={appNote.text} okClassName="field-hint" />}
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={signIn.busy || testing}>
          {phase.kind === 'starting'
            ? t('connect:openingBrowser')
            : t('connect:ownApp.signIn', { network: signInAt })}
        </button>
        {(phase.kind === 'waiting' || phase.kind === 'choosing') && (
          <button type="button" className="button" onClick={signIn.cancel}>
            {t('connect:cancel')}
          </button>
        )}
      </div>
      {phase.kind === 'waiting' && phase.codeReturn === 'loopback' && (
        <p role="status" className="field-hint">
          {t('connect:ownApp.waiting')}
        </p>
      )}
      {phase.kind === 'waiting' && phase.codeReturn === 'pasted-address' && (
        <>
          <p role="status" className="field-hint">
            {t('connect:ownApp.waitingPaste')}
          </p>
          <TextField label={t('connect:ownApp.address')} value={address} onChange={setAddress} />
          <div className="settings-actions">
            <button
              type="button"
              className="button primary"
              disabled={address.trim() === ''}
              onClick={() => void signIn.paste(phase.flowId, address)}
            >
              {t('connect:ownApp.finish')}
            </button>
          </div>
        </>
      )}
      {(phase.kind === 'choosing' || phase.kind === 'finishing') && (
        <AccountPicker
          candidates={phase.candidates}
          busy={phase.kind === 'finishing'}
          onChoose={(ids) => void signIn.choose(phase.flowId, phase.candidates, ids)}
        />
      )}
      <InlineError message={signIn.failure} />
    </form>
  );
}

/** One connect form per network, as the connect panel wants them. */
export function ownAppFormFor(network: OwnAppNetwork): ComponentType<ConnectFormProps> {
  const Form = (props: ConnectFormProps) => <OwnAppForm network={network} {...props} />;
  Form.displayName = `${NETWORK_LABELS[network as Network]}Form`;
  return Form;
}
