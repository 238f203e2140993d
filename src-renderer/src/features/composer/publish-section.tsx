import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Channel, type Post } from '@shared/entities';
import { useNavigationStore } from '../../state/navigation-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { t as translate } from '../../i18n/i18n';
import { call, messageOf } from '../../lib/api';
import { formatList } from '../../lib/format';
import { channelNetworkName } from '../../lib/network-name';
import { InlineError } from '../../components/inline-error';

interface PublishSectionProps {
  post: Post | null;
  /** The channels picked for this post. */
  channels: readonly Channel[];
  /** Why the post cannot go out as written, or null. */
  blockedReason: string | null;
  /** Saves pending edits (creating the post if needed) and returns the post's id. */
  ensureSaved(): Promise<string>;
  onChanged(post: Post): void;
}

function notConnectedMessage(channels: readonly Channel[]): string {
  const names = channels.map((c) =>
    translate('composer:publish.channel', { name: c.displayName, network: channelNetworkName(c) }),
  );
  return translate('composer:publish.notConnected', { channels: formatList(names) });
}

/** "Publish now": the post goes out at once, or as soon as the computer is back online. */
export function PublishSection({
  post,
  channels,
  blockedReason,
  ensureSaved,
  onChanged,
}: PublishSectionProps) {
  const { t } = useTranslation('composer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [explaining, setExplaining] = useState(false);
  const go = useNavigationStore((s) => s.go);
  const headingId = useId();
  const reasonId = useId();

  const reason = blockedReason ?? (channels.length === 0 ? t('publish.pickChannel') : null);

  async function publish() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call('posts.publishNow', { id: await ensureSaved() }));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  function start() {
    if (channels.every((channel) => channel.connection !== 'connected')) setExplaining(true);
    else void publish();
  }

  if (post?.status === 'published') return null;
  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('publish.title')}
      </h2>
      <button
        type="button"
        className="button primary publish-now"
        disabled={busy || reason !== null}
        aria-describedby={reason ? reasonId : undefined}
        onClick={start}
      >
        {busy ? t('publish.publishing') : t('publish.now')}
      </button>
      {reason && (
        <p id={reasonId} className="publish-blocked">
          {reason}
        </p>
      )}
      <InlineError message={error} />
      <ConfirmDialog
        open={explaining}
        title={t('publish.connectTitle')}
        message={notConnectedMessage(channels)}
        confirmLabel={t('publish.openSettings')}
        tone="primary"
        onConfirm={() => go('settings')}
        onCancel={() => setExplaining(false)}
      />
    </section>
  );
}
