import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('settings');
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm({ kind, channel }: Pending) {
    setBusy(true);
    try {
      if (kind === 'remove') {
        await call('channels.remove', { id: channel.id });
        onDone(t('channels.removed', { name: channel.displayName }));
      } else {
        await call('channels.disconnect', { id: channel.id });
        onDone(t('channels.disconnected', { name: channel.displayName }));
      }
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  const name = pending?.channel.displayName ?? t('channels.thisChannel');
  return (
    <>
      {channels.length > 0 && (
        <ul className="channel-list" aria-label={t('channels.list')}>
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
        title={
          pending?.kind === 'disconnect'
            ? t('channels.disconnectTitle', { name })
            : t('channels.removeTitle', { name })
        }
        message={
          pending?.kind === 'disconnect' ? t('channels.disconnectMessage') : t('channels.removeMessage')
        }
        confirmLabel={pending?.kind === 'disconnect' ? t('channels.disconnect') : t('channels.removeChannel')}
        busy={busy}
        onConfirm={() => pending && void confirm(pending)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
