// Kind, name and text of one library piece, new or edited. The core checks it; its refusal
// shows in place with what the owner typed kept.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_KINDS, LIBRARY_LIMITS, type LibraryItem, type LibraryKind } from '@shared/library';
import { useLibraryStore } from './library-store';
import { InlineError } from '../../components/inline-error';

export function PieceForm({ piece, onDone }: { piece: LibraryItem | null; onDone(): void }) {
  const { t } = useTranslation('library');
  const create = useLibraryStore((s) => s.create);
  const update = useLibraryStore((s) => s.update);
  const [kind, setKind] = useState<LibraryKind>(piece?.kind ?? 'snippet');
  const [name, setName] = useState(piece?.name ?? '');
  const [body, setBody] = useState(piece?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const kindId = useId();
  const nameId = useId();
  const bodyId = useId();
  const hintId = useId();

  const save = async () => {
    setSaving(true);
    const fields = { kind, name, body };
    const failure = piece ? await update(piece.id, fields) : await create(fields);
    setSaving(false);
    setError(failure);
    if (!failure) onDone();
  };

  return (
    <form
      className="card library-form"
      aria-label={piece ? t('editNamed', { name: piece.name }) : t('new')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={kindId}>
          {t('kindLabel')}
        </label>
        <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as LibraryKind)}>
          {LIBRARY_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`kind.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={nameId}>
          {t('name')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={LIBRARY_LIMITS.name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={bodyId}>
          {t('text')}
        </label>
        <textarea
          id={bodyId}
          rows={4}
          value={body}
          maxLength={LIBRARY_LIMITS.body}
          aria-describedby={hintId}
          onChange={(event) => setBody(event.target.value)}
        />
        <p id={hintId} className="field-hint">
          {t(`hint.${kind}`)}
        </p>
      </div>
      <InlineError message={error} />
      <div className="library-form-actions">
        <button type="button" className="button" onClick={onDone} disabled={saving}>
          {t('cancel')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {piece ? t('saveChanges') : t('save')}
        </button>
      </div>
    </form>
  );
}
