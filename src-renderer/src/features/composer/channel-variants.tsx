import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Channel } from '@shared/entities';
import { problemWords } from '../../lib/problem-words';
import type { ChannelCheck } from './channel-checks';

interface ChannelVariantsProps {
  channels: readonly Channel[];
  body: string;
  variants: Readonly<Record<string, string>>;
  /** What each channel's network says about the post as it stands, for its notes. */
  checks: readonly ChannelCheck[];
  readOnly: boolean;
  /** null puts the channel back on the main text. */
  onChange(channelId: string, text: string | null): void;
}

/** Per-channel text: each selected channel can carry its own wording instead of the main text. */
export function ChannelVariants({
  channels,
  body,
  variants,
  checks,
  readOnly,
  onChange,
}: ChannelVariantsProps) {
  const { t } = useTranslation('composer');
  const headingId = useId();
  if (channels.length === 0) return null;
  const shown = readOnly ? channels.filter((channel) => variants[channel.id] !== undefined) : channels;
  if (shown.length === 0) return null;

  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('variants.title')}
      </h2>
      <ul className="variant-list">
        {shown.map((channel) => (
          <VariantRow
            key={channel.id}
            channel={channel}
            text={variants[channel.id]}
            warnings={checks.find((check) => check.channel.id === channel.id)?.warnings ?? []}
            readOnly={readOnly}
            onCustomize={() => onChange(channel.id, body)}
            onChange={(text) => onChange(channel.id, text)}
          />
        ))}
      </ul>
    </section>
  );
}

interface VariantRowProps {
  channel: Channel;
  text: string | undefined;
  warnings: ChannelCheck['warnings'];
  readOnly: boolean;
  onCustomize(): void;
  onChange(text: string | null): void;
}

function VariantRow({ channel, text, warnings, readOnly, onCustomize, onChange }: VariantRowProps) {
  const { t } = useTranslation('composer');
  const textId = useId();
  const name = channel.displayName;
  return (
    <li className="variant-row" role="group" aria-label={name}>
      {text === undefined ? (
        <div className="variant-summary">
          <span>
            <span className={`network-dot network-${channel.network}`} aria-hidden="true" />{' '}
            {t('variants.usesMain', { name })}
          </span>
          {!readOnly && (
            <button type="button" className="button subtle" onClick={onCustomize}>
              {t('variants.customize', { name })}
            </button>
          )}
        </div>
      ) : (
        <>
          <label htmlFor={textId} className="field-label">
            {t('variants.textFor', { name })}
          </label>
          <textarea
            id={textId}
            className="variant-textarea"
            rows={3}
            value={text}
            maxLength={LIMITS.body}
            readOnly={readOnly}
            onChange={(event) => onChange(event.target.value)}
          />
          {!readOnly && (
            <button type="button" className="button subtle variant-reset" onClick={() => onChange(null)}>
              {t('variants.useMain')}
            </button>
          )}
        </>
      )}
      {warnings.length > 0 && (
        <ul className="variant-notes">
          {warnings.map((warning) => (
            <li key={warning.message}>{problemWords(warning)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
