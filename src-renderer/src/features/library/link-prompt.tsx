// The link a template's {link} stands for, asked for as the template is inserted.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function LinkPrompt(props: { pieceName: string; onLink(link: string): void; onCancel(): void }) {
  const { t } = useTranslation('library');
  const [link, setLink] = useState('');
  const inputId = useId();
  return (
    <form
      className="library-panel"
      aria-label={t('linkTitle', { name: props.pieceName })}
      onSubmit={(event) => {
        event.preventDefault();
        props.onLink(link.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label className="field-label" htmlFor={inputId}>
        {t('linkLabel')}
      </label>
      <input
        id={inputId}
        type="url"
        autoFocus
        placeholder="https://"
        value={link}
        onChange={(event) => setLink(event.target.value)}
      />
      <div className="library-form-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('insertTemplate')}
        </button>
      </div>
    </form>
  );
}
