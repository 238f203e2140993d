import { useId, useState, type ComponentType } from 'react';
import type { OwnAppNote } from '@shared/contract/channels';
import { NETWORK_LABELS, type Channel } from '@shared/entities';
import { CONNECTABLE_NETWORKS, isConnectable, type ConnectableNetwork } from '../channel-display';
import { BlueskyForm } from './bluesky-form';
import type { ConnectFormProps } from './form-kit';
import { DiscordForm } from './discord-form';
import { MastodonForm } from './mastodon-form';
import { ownAppFormFor } from './own-app-form';
import { TelegramForm } from './telegram-form';
import { ReminderForm } from './reminder-form';
import { WebhookForm } from './webhook-form';
import { t } from '../../../i18n/i18n';
import { channelNetworkName } from '../../../lib/network-name';

const FORMS: Record<ConnectableNetwork, ComponentType<ConnectFormProps>> = {
  instagram: ownAppFormFor('instagram'),
  facebook: ownAppFormFor('facebook'),
  linkedin: ownAppFormFor('linkedin'),
  x: ownAppFormFor('x'),
  threads: ownAppFormFor('threads'),
  bluesky: BlueskyForm,
  mastodon: MastodonForm,
  telegram: TelegramForm,
  discord: DiscordForm,
  webhook: WebhookForm,
  reminder: ReminderForm,
};

/** "Remind me" is no brand: it is said in the owner's language. */
function pickerName(network: ConnectableNetwork): string {
  return network === 'reminder' ? t('connect:reminder.title') : NETWORK_LABELS[network];
}

interface ConnectPanelProps {
  /** Reconnecting this channel: its network is fixed and its posts stay with it. */
  reconnecting: Channel | null;
  onConnected(channel: Channel, note?: OwnAppNote): void;
  onClose(): void;
}

/** Signs in to an account so Cadence can publish to it: pick the network, then fill its form. */
export function ConnectPanel({ reconnecting, onConnected, onClose }: ConnectPanelProps) {
  const [picked, setPicked] = useState<ConnectableNetwork>('bluesky');
  const headingId = useId();
  const pickerId = useId();
  const network = reconnecting && isConnectable(reconnecting.network) ? reconnecting.network : picked;
  const Form = FORMS[network];
  const title = reconnecting
    ? t('connect:reconnectTitle', { name: reconnecting.displayName })
    : t('connect:title');

  return (
    <section className="connect-panel" aria-labelledby={headingId}>
      <div className="connect-panel-header">
        <h3 id={headingId} className="subsection-title">
          {title}
        </h3>
        <button type="button" className="button subtle" onClick={onClose}>
          {t('connect:close')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      {reconnecting ? (
        <p className="field-hint">
          {t('connect:reconnectHint', {
            network: reconnecting ? channelNetworkName(reconnecting) : pickerName(network),
          })}
        </p>
      ) : (
        <fieldset className="network-picker">
          <legend className="field-label">{t('connect:choose')}</legend>
          {CONNECTABLE_NETWORKS.map((value) => (
            <label key={value} className={`network-choice${value === network ? ' picked' : ''}`}>
              <input
                type="radio"
                name="connect-network"
                value={value}
                checked={value === network}
                aria-label={pickerName(value)}
                aria-describedby={`${pickerId}-${value}`}
                onChange={() => setPicked(value)}
              />
              <span className="network-choice-name" aria-hidden="true">
                {pickerName(value)}
              </span>
              <span id={`${pickerId}-${value}`} className="network-choice-hint">
                {t(`connect:hints.${value}`)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Form
        key={`${network}:${reconnecting?.id ?? 'new'}`}
        channel={reconnecting ?? undefined}
        onConnected={onConnected}
      />
    </section>
  );
}
