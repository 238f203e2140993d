// When one sign-in gives several accounts (a Facebook Page and its Instagram account, a
// LinkedIn profile and the company Pages it runs), the owner ticks the ones to connect.
import { useState } from 'react';
import { NETWORK_LABELS } from '@shared/entities';
import type { OwnAppCandidate } from '@shared/contract/channels';
import { t } from '../../../i18n/i18n';

export function candidateLabel(candidate: OwnAppCandidate): string {
  const name =
    candidate.displayName && candidate.displayName !== candidate.handle
      ? `${candidate.displayName} ${candidate.handle}`
      : candidate.handle;
  return t('connect:picker.label', {
    network: NETWORK_LABELS[candidate.network],
    kind: t(`connect:picker.kind.${candidate.kind}`),
    name,
  });
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
      <legend className="field-label">{t('connect:picker.legend')}</legend>
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
                {t('connect:picker.already', { name: candidate.existingChannelName })}
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
          {busy ? t('connect:connecting') : t('connect:picker.connect')}
        </button>
      </div>
    </fieldset>
  );
}
