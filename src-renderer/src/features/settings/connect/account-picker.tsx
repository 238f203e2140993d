// When one sign-in gives several accounts (a Facebook Page and its Instagram account, a
// LinkedIn profile and the company Pages it runs), the owner ticks the ones to connect.
import { useState } from 'react';
import { NETWORK_LABELS } from '@shared/entities';
import type { OwnAppCandidate } from '@shared/contract/channels';

const KIND_WORDS: Record<OwnAppCandidate['kind'], string> = {
  person: 'profile',
  page: 'Page',
  organisation: 'company Page',
  account: 'account',
};

export function candidateLabel(candidate: OwnAppCandidate): string {
  const what = `${NETWORK_LABELS[candidate.network]} ${KIND_WORDS[candidate.kind]}`;
  const name =
    candidate.displayName && candidate.displayName !== candidate.handle ? `${candidate.displayName} ` : '';
  return `${what}: ${name}${candidate.handle}`;
}

export function AccountPicker({
  candidates,
  busy,
  onChoose,
}: {
  candidates: OwnAppCandidate[];
  busy: boolean;
  onChoose(ids: string[]): void;
}) {
  // Everything the owner allowed is ticked; they untick what Cadence should leave alone.
  const [picked, setPicked] = useState<string[]>(() => candidates.map((candidate) => candidate.id));
  const toggle = (id: string, on: boolean) =>
    setPicked((now) => (on ? [...now, id] : now.filter((other) => other !== id)));

  return (
    <fieldset className="account-picker">
      <legend className="field-label">Choose the accounts to connect</legend>
      {candidates.map((candidate) => (
        <label key={candidate.id} className="check-field-row">
          <input
            type="checkbox"
            checked={picked.includes(candidate.id)}
            onChange={(event) => toggle(candidate.id, event.target.checked)}
          />
          <span>
            {candidateLabel(candidate)}
            {candidate.existingChannelName && (
              <span className="field-hint">
                {' '}
                (already in Cadence as “{candidate.existingChannelName}”: signs it in again)
              </span>
            )}
          </span>
        </label>
      ))}
      <div className="settings-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy || picked.length === 0}
          onClick={() => onChoose(picked)}
        >
          {busy ? 'Connecting…' : 'Connect the chosen accounts'}
        </button>
      </div>
    </fieldset>
  );
}
