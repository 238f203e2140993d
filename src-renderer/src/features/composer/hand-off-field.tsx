import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS, type Post } from '@shared/entities';
import { canHandOff } from '@shared/hand-off';
import { call, messageOf } from '../../lib/api';
import { formatList } from '../../lib/format';
import { useAppDataStore } from '../../state/app-data-store';
import { InlineError } from '../../components/inline-error';

interface HandOffFieldProps {
  post: Post;
  onChanged(post: Post): void;
}

/**
 * "Let Mastodon publish it": shown when a chosen channel's network can hold the post on its own
 * servers, so it goes out at its time even with the laptop closed (issue 11).
 */
export function HandOffField({ post, onChanged }: HandOffFieldProps) {
  const { t } = useTranslation('composer');
  const channels = useAppDataStore((s) => s.channels);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const networks = [
    ...new Set(
      post.targets
        .map((target) => channels.find((c) => c.id === target.channelId)?.network)
        .filter((network) => network !== undefined && canHandOff(network)),
    ),
  ];
  if (networks.length === 0 || post.status === 'published') return null;
  const names = formatList(networks.map((network) => NETWORK_LABELS[network!]));

  async function change(handOff: boolean) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call('posts.update', { id: post.id, handOff }));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="hand-off-field">
      <label>
        <input
          type="checkbox"
          checked={post.targets.some((target) => target.handOff)}
          disabled={busy}
          aria-describedby={hintId}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('handOff.label', { networks: names })}
      </label>
      <p id={hintId} className="field-hint">
        {t('handOff.hint', { networks: names })}
      </p>
      <InlineError message={error} />
    </div>
  );
}
