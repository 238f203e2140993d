import { useId, useState } from 'react';
import { NETWORK_LABELS, type Channel } from '@shared/entities';
import { useAppData } from '../../app/app-data';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call, messageOf } from '../../lib/api';
import { AddChannelForm } from './add-channel-form';

/** The accounts the owner posts to, added by hand: network, a name to recognise it, and the handle. */
export function ChannelsSection() {
  const channels = useAppData((s) => s.channels);
  const [removing, setRemoving] = useState<Channel | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  async function remove(channel: Channel) {
    setBusy(true);
    setError(null);
    try {
      await call('channels.remove', { id: channel.id });
      setMessage(`Removed ${channel.displayName}.`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Channels
      </h2>
      <p className="section-intro">
        Add the accounts you post to. Each one becomes a choice in the composer and a label on the calendar.
      </p>
      {channels.length > 0 && (
        <ul className="channel-list" aria-label="Your channels">
          {channels.map((channel) => (
            <li key={channel.id} className="channel-row">
              <span className={`network-dot network-${channel.network}`} aria-hidden="true" />
              <span className="channel-row-text">
                <span className="channel-row-name">{channel.displayName}</span>
                <span className="channel-row-detail">
                  {NETWORK_LABELS[channel.network]} · {channel.handle}
                </span>
              </span>
              <button type="button" className="button subtle" onClick={() => setRemoving(channel)}>
                Remove {channel.displayName}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="subsection-title">Add a channel</h3>
      <AddChannelForm
        onAdded={(channel) => {
          setError(null);
          setMessage(`Added ${channel.displayName}.`);
        }}
      />
      <p role="status" className="confirmation">
        {message ?? ''}
      </p>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.displayName ?? 'this channel'}?`}
        message="Drafts and scheduled posts stop going to this channel. Their text and images stay."
        confirmLabel="Remove channel"
        busy={busy}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
