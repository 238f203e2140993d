import { useId, useState } from 'react';
import { NETWORK_LABELS, type Channel, type Post } from '@shared/entities';
import { useNavigationStore } from '../../app/navigation-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call, messageOf } from '../../lib/api';

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
  const names = channels.map((c) => `${c.displayName} (${NETWORK_LABELS[c.network]})`).join(', ');
  return `Cadence is not signed in to ${names}, so it cannot publish there yet. Connect the channel in Settings, then publish.`;
}

/** "Publish now": the post goes out at once, or as soon as the computer is back online. */
export function PublishSection({
  post,
  channels,
  blockedReason,
  ensureSaved,
  onChanged,
}: PublishSectionProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [explaining, setExplaining] = useState(false);
  const go = useNavigationStore((s) => s.go);
  const headingId = useId();
  const reasonId = useId();

  const reason = blockedReason ?? (channels.length === 0 ? 'Pick at least one channel to publish to.' : null);

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
        Publish
      </h2>
      <button
        type="button"
        className="button primary publish-now"
        disabled={busy || reason !== null}
        aria-describedby={reason ? reasonId : undefined}
        onClick={start}
      >
        {busy ? 'Publishing…' : 'Publish now'}
      </button>
      {reason && (
        <p id={reasonId} className="publish-blocked">
          {reason}
        </p>
      )}
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={explaining}
        title="Connect the channel first"
        message={notConnectedMessage(channels)}
        confirmLabel="Open Settings"
        tone="primary"
        onConfirm={() => go('settings')}
        onCancel={() => setExplaining(false)}
      />
    </section>
  );
}
