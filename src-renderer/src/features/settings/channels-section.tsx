import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnAppNote } from '@shared/contract/channels';
import type { Channel } from '@shared/entities';
import { useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';
import { call } from '../../lib/api';
import { AddChannelForm } from './add-channel-form';
import { displayHandle } from './channel-display';
import { ChannelList } from './channel-list';
import { ConnectPanel } from './connect/connect-panel';
import { InlineError } from '../../components/inline-error';

type Panel = { kind: 'connect'; reconnecting: Channel | null } | { kind: 'manual' } | null;

/** The accounts the owner posts to: connected ones Cadence publishes to, and ones added by hand for planning. */
export function ChannelsSection() {
  const { t } = useTranslation('settings');
  const channels = useAppDataStore((s) => s.channels);
  const reconnectAsked = useNavigationStore((s) => s.reconnectChannelId);
  const reconnectTaken = useNavigationStore((s) => s.reconnectTaken);
  // The calendar's at-risk banner may have sent the owner here to sign a channel in again.
  const [panel, setPanel] = useState<Panel>(() => {
    const asked = channels.find((channel) => channel.id === reconnectAsked);
    return asked ? { kind: 'connect', reconnecting: asked } : null;
  });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const secretsEncrypted = useSecretsEncrypted();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (reconnectAsked === null) return;
    // Taken once: coming back to Settings later opens no form by itself.
    reconnectTaken();
    sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [reconnectAsked, reconnectTaken]);

  function report(line: string) {
    setError(null);
    setMessage(line);
  }

  function connected(channel: Channel, reconnected: boolean, note?: OwnAppNote) {
    setPanel(null);
    const words = { name: channel.displayName, handle: displayHandle(channel) };
    const line = reconnected ? t('channels.reconnected', words) : t('channels.connected', words);
    report(note === 'member-only' ? `${line} ${t('channels.memberOnly')}` : line);
  }

  return (
    <section ref={sectionRef} className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('channels.title')}
      </h2>
      <p className="section-intro">{t('channels.intro')}</p>
      {secretsEncrypted === false && <p className="notice">{t('channels.webMode')}</p>}
      <ChannelList
        channels={channels}
        onReconnect={(channel) => setPanel({ kind: 'connect', reconnecting: channel })}
        onDone={report}
        onError={(line) => {
          setMessage(null);
          setError(line);
        }}
      />
      <div className="settings-actions channel-add-actions">
        <button
          type="button"
          className="button primary"
          aria-expanded={panel?.kind === 'connect' && panel.reconnecting === null}
          onClick={() => setPanel({ kind: 'connect', reconnecting: null })}
        >
          {t('channels.connect')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={panel?.kind === 'manual'}
          onClick={() => setPanel(panel?.kind === 'manual' ? null : { kind: 'manual' })}
        >
          {t('channels.addByHand')}
        </button>
      </div>
      {panel?.kind === 'connect' && (
        <ConnectPanel
          key={panel.reconnecting?.id ?? 'new'}
          reconnecting={panel.reconnecting}
          onConnected={(channel, note) => connected(channel, panel.reconnecting !== null, note)}
          onClose={() => setPanel(null)}
        />
      )}
      {panel?.kind === 'manual' && (
        <div className="manual-channel">
          <p className="field-hint">{t('channels.planningOnly')}</p>
          <AddChannelForm onAdded={(channel) => report(t('channels.added', { name: channel.displayName }))} />
        </div>
      )}
      <p role="status" className="confirmation">
        {message ?? ''}
      </p>
      <InlineError message={error} />
    </section>
  );
}

/** Whether sign-ins are kept by the OS keychain; null until the core has said. */
function useSecretsEncrypted(): boolean | null {
  const [encrypted, setEncrypted] = useState<boolean | null>(null);
  useEffect(() => {
    // Without an answer there is nothing true to warn about, so a failure shows nothing.
    call('app.info').then(
      (info) => setEncrypted(info.secretsEncrypted),
      () => setEncrypted(null),
    );
  }, []);
  return encrypted;
}
