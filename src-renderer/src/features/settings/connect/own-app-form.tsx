// X, Facebook, Instagram, Threads and LinkedIn: the owner registers their own developer app
// (the guide says how), pastes its id and secret (kept in the keychain, never shown back),
// tests it, then signs in through the browser and picks the accounts to connect.
import { useEffect, useState, type ComponentType, type FormEvent } from 'react';
import { NETWORK_LABELS, type Network } from '@shared/entities';
import { OwnAppSave, type OwnAppSummary } from '@shared/contract/settings';
import { OWN_APP_GUIDES, appNetworkOf } from '@shared/own-app-guides/own-app-networks';
import { call, messageOf } from '../../../lib/api';
import { AccountPicker } from './account-picker';
import { type ConnectFormProps, NameField, TextField } from './form-kit';
import { OwnAppGuideView } from './own-app-guide-view';
import { errorsByField, optionalName, type FieldErrors } from './use-connect';
import { useOwnAppSignIn } from './use-own-app-sign-in';

export type OwnAppNetwork = 'x' | 'facebook' | 'instagram' | 'threads' | 'linkedin';

const WORDS: Record<OwnAppNetwork, { app: string; id: string; secret: string }> = {
  x: { app: 'X app', id: 'Client ID', secret: 'Client Secret' },
  facebook: { app: 'Meta app', id: 'App ID', secret: 'App Secret' },
  instagram: { app: 'Meta app', id: 'App ID', secret: 'App Secret' },
  threads: { app: 'Meta app for Threads', id: 'Threads App ID', secret: 'Threads App Secret' },
  linkedin: { app: 'LinkedIn app', id: 'Client ID', secret: 'Client Secret' },
};

function OwnAppForm({ network, channel, onConnected }: ConnectFormProps & { network: OwnAppNetwork }) {
  const label = NETWORK_LABELS[network];
  // Instagram accounts come through Facebook's sign-in, so the button says where the browser goes.
  const signInAt = NETWORK_LABELS[appNetworkOf(network)];
  const words = WORDS[network];
  const guide = OWN_APP_GUIDES[appNetworkOf(network)]!;
  const [saved, setSaved] = useState<OwnAppSummary | null>(null);
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [appNote, setAppNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
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
      setAppNote({ ok: true, text: `Your ${words.app} is ready. Choose Sign in with ${signInAt}.` });
    } catch (caught) {
      setAppNote({ ok: false, text: messageOf(caught) });
    } finally {
      setTesting(false);
    }
  }

  async function startSignIn(event?: FormEvent) {
    event?.preventDefault();
    setAppNote(null);
    if (!(await saveApp())) return;
    await signIn.start({ network, channelId: channel?.id, displayName: optionalName(name) });
  }

  const secretHint = saved?.secretSaved
    ? `A secret is saved in your computer’s keychain. Leave this empty to keep it.`
    : guide.clientSecret === 'optional'
      ? `Only if your app has one. Kept in your computer’s keychain, never shown again.`
      : `Kept in your computer’s keychain, never shown again.`;

  return (
    <form
      className="connect-form"
      aria-label={`Connect ${label}`}
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
          {testing ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      {appNote && (
        <p role={appNote.ok ? 'status' : 'alert'} className={appNote.ok ? 'field-hint' : 'inline-error'}>
          {appNote.text}
        </p>
      )}
      {!channel && <NameField value={name} onChange={setName} error={errors.displayName} />}
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={signIn.busy || testing}>
          {phase.kind === 'starting' ? 'Opening your browser…' : `Sign in with ${signInAt}`}
        </button>
        {(phase.kind === 'waiting' || phase.kind === 'choosing') && (
          <button type="button" className="button" onClick={signIn.cancel}>
            Cancel
          </button>
        )}
      </div>
      {phase.kind === 'waiting' && phase.codeReturn === 'loopback' && (
        <p role="status" className="field-hint">
          Allow Cadence in the browser window that opened. Cadence is waiting…
        </p>
      )}
      {phase.kind === 'waiting' && phase.codeReturn === 'pasted-address' && (
        <>
          <p role="status" className="field-hint">
            Allow Cadence in the browser window that opened. The browser then stops on a page that does not
            load: that is expected. Copy its whole address and paste it here.
          </p>
          <TextField label="Address the browser stopped on" value={address} onChange={setAddress} />
          <div className="settings-actions">
            <button
              type="button"
              className="button primary"
              disabled={address.trim() === ''}
              onClick={() => void signIn.paste(phase.flowId, address)}
            >
              Finish signing in
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
      {signIn.failure && (
        <p role="alert" className="inline-error">
          {signIn.failure}
        </p>
      )}
    </form>
  );
}

/** One connect form per network, as the connect panel wants them. */
export function ownAppFormFor(network: OwnAppNetwork): ComponentType<ConnectFormProps> {
  const Form = (props: ConnectFormProps) => <OwnAppForm network={network} {...props} />;
  Form.displayName = `${NETWORK_LABELS[network as Network]}Form`;
  return Form;
}
