// A small popover of labels: tick to add, untick to remove, or type a new one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePopover } from '../../components/use-popover';
import { INBOX_LIMITS, InboxLabel } from '@shared/inbox';
import { useInboxStore } from './inbox-store';
import { InlineError } from '../../components/inline-error';

interface LabelPickerProps {
  /** The button's accessible name, e.g. "Labels for Sam Lee's mention". */
  buttonLabel: string;
  /** Labels every item in question already has. */
  applied: string[];
  onChange(add: string[], remove: string[]): void;
}

export function LabelPicker({ buttonLabel, applied, onChange }: LabelPickerProps) {
  const { t } = useTranslation('inbox');
  const knownLabels = useInboxStore((s) => s.knownLabels);
  const { open, setOpen, root, onKeyDown } = usePopover();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  const labels = [...new Set([...knownLabels, ...applied])].sort((a, b) => a.localeCompare(b));

  const create = () => {
    const parsed = InboxLabel.safeParse(draft);
    if (!parsed.success) {
      setError(t('labels.invalid'));
      return;
    }
    setError(null);
    setDraft('');
    if (!applied.includes(parsed.data)) onChange([parsed.data], []);
  };

  return (
    <div className="label-picker" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button"
        aria-label={buttonLabel}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('labels.button')}
      </button>
      {open && (
        <div className="label-picker-panel" id={panelId} role="group" aria-label={t('labels.title')}>
          {labels.length === 0 && <p className="field-hint">{t('labels.none')}</p>}
          {labels.map((label) => (
            <label key={label} className="label-picker-option">
              <input
                type="checkbox"
                checked={applied.includes(label)}
                onChange={(event) => (event.target.checked ? onChange([label], []) : onChange([], [label]))}
              />
              {label}
            </label>
          ))}
          <form
            className="label-picker-new"
            onSubmit={(event) => {
              event.preventDefault();
              create();
            }}
          >
            <input
              type="text"
              aria-label={t('labels.new')}
              placeholder={t('labels.new')}
              maxLength={INBOX_LIMITS.label}
              value={draft}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit" className="button">
              {t('labels.add')}
            </button>
          </form>
          <InlineError message={error} />
        </div>
      )}
    </div>
  );
}
