import { useState } from 'react';
import type { Channel } from '@shared/entities';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call, messageOf } from '../../lib/api';
import { ChannelRow } from './channel-row';

type Pending = { kind: 'disconnect' | 'remove'; channel: Channel };

interface ChannelListProps {
  channels: Channel[];
  onReconnect(channel: Channel): void;
  /** A line for the section's status area, e.g. "Removed Shop." */
  onDone(message: string): void;
  onError(message: string): void;
}

/** The owner's channels, each with its state and actions; disconnecting and removing ask first. */
export function ChannelList({ channels, onReconnect, onDone, onError }: ChannelListProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm({ kind, channel }: Pending) {
    setBusy(true);
    try {
      if (kind === 'remove') {
        await call('channels.remove', { id: channel.id });
        onDone(`Removed ${channel.displayName}.`);
      } else {
        await call('channels.disconnect', { id: channel.id });
        onDone(`Disconnected ${channel.displayName}. Its posts stay; reconnect to publish again.`);
      }
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  const name = pending?.channel.displayName ?? 'this channel';
  return (
    <>
      {channels.length > 0 && (
        <ul className="channel-list" aria-label="Your channels">
          {channels.map((channel) => (
            <ChannelRow
              key={channel.id}
              channel={channel}
              actions={{
                onReconnect,
                onDisconnect: (target) => setPending({ kind: 'disconnect', channel: target }),
                onRemove: (target) => setPending({ kind: 'remove', channel: target }),
              }}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'disconnect' ? `Disconnect ${name}?` : `Remove ${name}?`}
        message={
          pending?.kind === 'disconnect'
            ? 'Cadence forgets the sign-in and stops publishing here. The channel and its posts stay, so you can reconnect later.'
            : 'Drafts and scheduled posts stop going to this channel. Their text and images stay.'
        }
        confirmLabel={pending?.kind === 'disconnect' ? 'Disconnect' : 'Remove channel'}
        busy={busy}
        onConfirm={() => pending && void confirm(pending)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
