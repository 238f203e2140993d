import { useId, useState, type FormEvent } from 'react';
import { contract } from '@shared/contract';
import { LIMITS, NETWORK_LABELS, NETWORKS, type Channel, type Network } from '@shared/entities';
import { issueWords } from '@shared/messages/input-issue';
import { call, messageOf } from '../../lib/api';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { InlineError } from '../../components/inline-error';

/** A "Remind me" channel is added from the connect panel, with its network's preset. */
const MANUAL_NETWORKS = NETWORKS.filter(
  (network): network is Exclude<Network, 'reminder'> => network !== 'reminder',
);
type ManualNetwork = (typeof MANUAL_NETWORKS)[number];

type FieldErrors = Partial<Record<'displayName' | 'handle' | 'network', string>>;

/** Adds a channel by hand; checks the fields with the same rules the core applies. */
export function AddChannelForm({ onAdded }: { onAdded(channel: Channel): void }) {
  const [network, setNetwork] = useState<ManualNetwork>('bluesky');
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
        // The shared schema's own words, as the owner's language says them for each field.
        found[field] ??=
          field === 'displayName'
            ? t('settings:manual.nameMissing')
            : field === 'handle'
              ? t('settings:manual.handleMissing')
              : ownerWords(issueWords(issue));
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
      aria-label={t('settings:manual.label')}
      onSubmit={(event) => void add(event)}
      noValidate
    >
      <label className="field">
        <span className="field-label">{t('settings:manual.network')}</span>
        <select value={network} onChange={(event) => setNetwork(event.target.value as ManualNetwork)}>
          {MANUAL_NETWORKS.map((value) => (
            <option key={value} value={value}>
              {NETWORK_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label htmlFor={nameInputId} className="field-label">
          {t('settings:manual.name')}
        </label>
        <input
          id={nameInputId}
          type="text"
          value={displayName}
          maxLength={LIMITS.name}
          placeholder={t('settings:manual.namePlaceholder', { network: NETWORK_LABELS[network] })}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={errors.displayName ? nameErrorId : undefined}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <InlineError as="span" id={nameErrorId} message={errors.displayName && `${errors.displayName}.`} />
      </div>
      <div className="field">
        <label htmlFor={handleInputId} className="field-label">
          {t('settings:manual.handle')}
        </label>
        <input
          id={handleInputId}
          type="text"
          value={handle}
          maxLength={LIMITS.handle}
          placeholder={t(`settings:manual.examples.${network}`)}
          aria-invalid={errors.handle ? true : undefined}
          aria-describedby={errors.handle ? handleErrorId : undefined}
          onChange={(event) => setHandle(event.target.value)}
        />
        <InlineError as="span" id={handleErrorId} message={errors.handle && `${errors.handle}.`} />
      </div>
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={adding}>
          {t('settings:manual.add')}
        </button>
      </div>
      <InlineError message={failure || errors.network} />
    </form>
  );
}
