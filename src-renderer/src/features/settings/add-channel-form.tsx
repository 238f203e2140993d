import { useId, useState, type FormEvent } from 'react';
import { contract } from '@shared/contract';
import { LIMITS, NETWORK_LABELS, NETWORKS, type Channel, type Network } from '@shared/entities';
import { call, messageOf } from '../../lib/api';

const HANDLE_EXAMPLES: Record<Network, string> = {
  bluesky: 'yourname.bsky.social',
  mastodon: '@you@mastodon.social',
  telegram: '@yourchannel',
  discord: 'Server name / #announcements',
  webhook: 'newsletter-feed',
  x: '@yourname',
  facebook: 'Your Page name',
  instagram: '@yourbusiness',
  threads: '@yourbusiness',
  linkedin: 'Your name or company page',
};

type FieldErrors = Partial<Record<'displayName' | 'handle' | 'network', string>>;

/** Adds a channel by hand; checks the fields with the same rules the core applies. */
export function AddChannelForm({ onAdded }: { onAdded(channel: Channel): void }) {
  const [network, setNetwork] = useState<Network>('bluesky');
  const [displayName, setDisplayName] = useState('');
  const [handle, setHandle] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const nameErrorId = useId();
  const handleErrorId = useId();
  const nameInputId = useId();
  const handleInputId = useId();

  async function add(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const parsed = contract['channels.add'].input.safeParse({ network, displayName, handle });
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        found[field] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setAdding(true);
    try {
      const channel = await call('channels.add', parsed.data);
      setDisplayName('');
      setHandle('');
      onAdded(channel);
    } catch (caught) {
      setFailure(messageOf(caught));
    } finally {
      setAdding(false);
    }
  }

  return (
    <form
      className="add-channel"
      aria-label="Add a channel by hand"
      onSubmit={(event) => void add(event)}
      noValidate
    >
      <label className="field">
        <span className="field-label">Network</span>
        <select value={network} onChange={(event) => setNetwork(event.target.value as Network)}>
          {NETWORKS.map((value) => (
            <option key={value} value={value}>
              {NETWORK_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label htmlFor={nameInputId} className="field-label">
          Channel name
        </label>
        <input
          id={nameInputId}
          type="text"
          value={displayName}
          maxLength={LIMITS.name}
          placeholder={`e.g. ${NETWORK_LABELS[network]} for the shop`}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={errors.displayName ? nameErrorId : undefined}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        {errors.displayName && (
          <span id={nameErrorId} role="alert" className="inline-error">
            {errors.displayName}.
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={handleInputId} className="field-label">
          Handle
        </label>
        <input
          id={handleInputId}
          type="text"
          value={handle}
          maxLength={LIMITS.handle}
          placeholder={HANDLE_EXAMPLES[network]}
          aria-invalid={errors.handle ? true : undefined}
          aria-describedby={errors.handle ? handleErrorId : undefined}
          onChange={(event) => setHandle(event.target.value)}
        />
        {errors.handle && (
          <span id={handleErrorId} role="alert" className="inline-error">
            {errors.handle}.
          </span>
        )}
      </div>
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={adding}>
          Add channel
        </button>
      </div>
      {(failure || errors.network) && (
        <p role="alert" className="inline-error">
          {failure ?? errors.network}
        </p>
      )}
    </form>
  );
}
