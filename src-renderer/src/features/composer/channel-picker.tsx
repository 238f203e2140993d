import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Channel } from '@shared/entities';
import { channelNetworkName } from '../../lib/network-name';

interface ChannelPickerProps {
  channels: Channel[];
  selected: string[];
  readOnly: boolean;
  onChange(channelIds: string[]): void;
  onAddChannel(): void;
}

/** Where the post goes: one checkbox per channel, or an invitation to add the first one. */
export function ChannelPicker({ channels, selected, readOnly, onChange, onAddChannel }: ChannelPickerProps) {
  const { t } = useTranslation('composer');
  const headingId = useId();

  function toggle(id: string, checked: boolean) {
    const rest = selected.filter((channelId) => channelId !== id && channels.some((c) => c.id === channelId));
    onChange(checked ? [...rest, id] : rest);
  }

  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('channels.title')}
      </h2>
      {channels.length === 0 ? (
        <div className="channel-invite">
          <p>{t('channels.invite')}</p>
          <button type="button" className="button" onClick={onAddChannel}>
            {t('channels.add')}
          </button>
        </div>
      ) : (
        <ul className="channel-options">
          {channels.map((channel) => (
            <li key={channel.id}>
              <label className="channel-option" title={channel.handle}>
                <input
                  type="checkbox"
                  checked={selected.includes(channel.id)}
                  disabled={readOnly}
                  onChange={(event) => toggle(channel.id, event.target.checked)}
                />
                <span className={`network-dot network-${channel.network}`} aria-hidden="true" />
                {channel.displayName}
                <span className="channel-network">
                  {t('channels.network', { network: channelNetworkName(channel) })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
