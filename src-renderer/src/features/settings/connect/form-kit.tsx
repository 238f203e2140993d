// The pieces every connect form is made of: a labelled field with its help and its error,
// the optional name, and the Connect button with the core's answer beside it.
import { useId, type ReactNode } from 'react';
import type { OwnAppNote } from '@shared/contract/channels';
import { LIMITS, type Channel } from '@shared/entities';
import { t } from '../../../i18n/i18n';
import { InlineError } from '../../../components/inline-error';

/** What every network's connect form is given. */
export interface ConnectFormProps {
  /** The channel being reconnected; absent when connecting a new account. */
  channel?: Channel;
  /** `note`: what the sign-in could not give (LinkedIn Pages without Community Management). */
  onConnected(channel: Channel, note?: OwnAppNote): void;
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
  /** "password" for secrets the owner never needs to read back. */
  type?: 'text' | 'password';
  placeholder?: string;
  autoComplete?: string;
  /** A control beside the input, such as "Generate". */
  action?: ReactNode;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  placeholder,
  autoComplete = 'off',
  action,
}: TextFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <span className="field-with-action">
        <input
          id={inputId}
          type={type}
          value={value}
          placeholder={placeholder}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {action}
      </span>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <InlineError as="span" id={errorId} message={error && sentence(error)} />
    </div>
  );
}

export function NameField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <TextField
      label={t('connect:name')}
      value={value}
      onChange={(next) => onChange(next.slice(0, LIMITS.name))}
      hint={t('connect:nameHint')}
      error={error}
    />
  );
}

/** The submit button ("Connecting…" while the core signs in) and the core's error, if any. */
export function ConnectFooter({
  connecting,
  failure,
  label,
}: {
  connecting: boolean;
  failure: string | null;
  label?: string;
}) {
  return (
    <>
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={connecting}>
          {connecting ? t('connect:connecting') : (label ?? t('connect:connect'))}
        </button>
      </div>
      <InlineError message={failure} />
    </>
  );
}

/** Ends a schema message as a sentence, without doubling its own punctuation. */
function sentence(message: string): string {
  return /[.!?…)]$/.test(message) ? message : `${message}.`;
}
