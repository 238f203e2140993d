// Under the filters: channels whose sync failed (with Refresh), what a network limits, and
// channels that cannot have an inbox at all, each in one plain sentence.
import { Trans, useTranslation } from 'react-i18next';
import type { InboxSourceInfo } from '@shared/inbox';
import { channelById, useAppDataStore } from '../../state/app-data-store';
import { failureWords } from '../../i18n/owner-words';
import { noInboxSentence } from './inbox-words';

interface InboxSourceNotesProps {
  sources: InboxSourceInfo[];
  refreshing: boolean;
  onRefresh(): void;
}

export function InboxSourceNotes({ sources, refreshing, onRefresh }: InboxSourceNotesProps) {
  const { t } = useTranslation('inbox');
  const channels = useAppDataStore((s) => s.channels);
  const failing = sources.filter((source) => source.hasInbox && source.lastError);
  const limited = sources.filter((source) => source.hasInbox && !source.lastError && source.notice);
  const without = sources.filter((source) => !source.hasInbox);
  if (failing.length + limited.length + without.length === 0) return null;

  return (
    <ul className="inbox-sources" aria-label={t('notes.label')}>
      {failing.map((source) => (
        <li key={source.channelId} className="inbox-source failing">
          <span className={`network-dot network-${source.network}`} aria-hidden="true" />
          <span>
            <Trans
              t={t}
              i18nKey="notes.failing"
              values={{
                channel: source.channelName,
                reason: failureWords(source.lastError ?? '', source.lastErrorKey),
              }}
              components={{ strong: <strong /> }}
            />
          </span>
          <button
            type="button"
            className="button"
            aria-label={t('refreshChannel', { channel: source.channelName })}
            disabled={refreshing}
            onClick={onRefresh}
          >
            {t('refresh')}
          </button>
        </li>
      ))}
      {limited.map((source) => (
        <li key={source.channelId} className="inbox-source">
          <span className={`network-dot network-${source.network}`} aria-hidden="true" />
          <span>
            <strong>{source.channelName}</strong>: {source.notice}
          </span>
        </li>
      ))}
      {without.map((source) => (
        <li key={source.channelId} className="inbox-source muted">
          <span className={`network-dot network-${source.network}`} aria-hidden="true" />
          <span>
            <strong>{source.channelName}</strong>:{' '}
            {noInboxSentence(source, channelById(channels, source.channelId)?.connection === 'manual')}
          </span>
        </li>
      ))}
    </ul>
  );
}
