import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Channel } from '@shared/entities';
import { canHandOff } from '@shared/hand-off';
import { call, messageOf } from '../../lib/api';
import {
  connectionLabel,
  displayHandle,
  followersText,
  isConnectable,
  testResultText,
  wasConnected,
} from './channel-display';
import { channelNetworkName } from '../../lib/network-name';
import { InlineError, OutcomeLine } from '../../components/inline-error';

export interface ChannelActions {
  onReconnect(channel: Channel): void;
  onDisconnect(channel: Channel): void;
  onRemove(channel: Channel): void;
}

type TestOutcome = { ok: true; text: string } | { ok: false; text: string };

/** One account: who it is, whether Cadence can publish to it, and what the owner can do about it. */
export function ChannelRow({ channel, actions }: { channel: Channel; actions: ChannelActions }) {
  const { t } = useTranslation('settings');
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const name = channel.displayName;
  // A "Remind me" channel has no sign-in to test or forget.
  const signedIn = channel.connection !== 'manual' && channel.network !== 'reminder';

  async function test() {
    setTesting(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, text: testResultText(await call('channels.test', { id: channel.id })) });
    } catch (caught) {
      setOutcome({ ok: false, text: messageOf(caught) });
    } finally {
      setTesting(false);
    }
  }

  return (
    <li className="channel-row">
      <ChannelAvatar channel={channel} />
      <span className="channel-row-text">
        <span className="channel-row-name">{name}</span>
        <span className="channel-row-detail">
          {t('channels.detail', { handle: displayHandle(channel), network: channelNetworkName(channel) })}
          {channel.followersCount !== null && ` · ${followersText(channel.followersCount)}`}
        </span>
        <span className={`connection-badge connection-${channel.connection}`}>
          {connectionLabel(channel)}
        </span>
        {signedIn && canHandOff(channel.network) && <HandOffOnSleep channel={channel} />}
        {outcome && (
          <OutcomeLine as="span" failed={!outcome.ok} text={outcome.text} okClassName="confirmation" />
        )}
      </span>
      <span className="channel-row-actions">
        {signedIn && (
          <button
            type="button"
            className="button"
            aria-label={t('channels.testNamed', { name })}
            disabled={testing}
            onClick={() => void test()}
          >
            {testing ? t('channels.testing') : t('channels.test')}
          </button>
        )}
        {isConnectable(channel.network) && (
          <ActionButton
            label={wasConnected(channel) ? t('channels.reconnect') : t('channels.connectVerb')}
            name={name}
            onClick={() => actions.onReconnect(channel)}
          />
        )}
        {signedIn && (
          <ActionButton
            label={t('channels.disconnect')}
            name={name}
            subtle
            onClick={() => actions.onDisconnect(channel)}
          />
        )}
        <ActionButton
          label={t('channels.remove')}
          name={name}
          subtle
          onClick={() => actions.onRemove(channel)}
        />
      </span>
    </li>
  );
}

/** "Hand off automatically when my laptop goes to sleep", for a network with its own scheduler. */
function HandOffOnSleep({ channel }: { channel: Channel }) {
  const { t } = useTranslation('settings');
  const [error, setError] = useState<string | null>(null);
  async function change(on: boolean) {
    setError(null);
    try {
      await call('channels.setHandOffOnSleep', { id: channel.id, on });
    } catch (caught) {
      setError(messageOf(caught));
    }
  }
  return (
    <span className="channel-row-option">
      <label>
        <input
          type="checkbox"
          checked={channel.handOffOnSleep}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('channels.handOffOnSleep', {
          name: channel.displayName,
          network: channelNetworkName(channel),
        })}
      </label>
      <InlineError message={error} as="span" />
    </span>
  );
}

/** The account's picture when the network gave one, else the network's initial. */
function ChannelAvatar({ channel }: { channel: Channel }) {
  const [broken, setBroken] = useState<string | null>(null);
  const url = channel.avatarUrl;
  if (url && broken !== url) {
    return (
      <img
        className="channel-avatar"
        src={url}
        alt=""
        referrerPolicy="no-referrer"
        onError={() => setBroken(url)}
      />
    );
  }
  return (
    <span className={`channel-avatar network-initial network-${channel.network}`} aria-hidden="true">
      {channelNetworkName(channel).charAt(0)}
    </span>
  );
}

/** Shows a short verb; its accessible name says which channel, as several rows carry the same verbs. */
function ActionButton(props: { label: string; name: string; subtle?: boolean; onClick(): void }) {
  const { t } = useTranslation('settings');
  return (
    <button
      type="button"
      className={props.subtle ? 'button subtle' : 'button'}
      aria-label={t('channels.action', { action: props.label, name: props.name })}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
