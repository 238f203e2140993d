// Name and text of one saved reply, new or edited. Checked with the shared rules before
// the core sees it; the core's refusal shows in place with the text kept.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INBOX_LIMITS, SavedReplyBody, SavedReplyTitle, type SavedReply } from '@shared/inbox';
import { useSavedRepliesStore } from './saved-replies-store';
import { InlineError } from '../../components/inline-error';

export function SavedReplyForm({ reply, onDone }: { reply: SavedReply | null; onDone(): void }) {
  const { t } = useTranslation('inbox');
  const create = useSavedRepliesStore((s) => s.create);
  const update = useSavedRepliesStore((s) => s.update);
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const bodyId = useId();

  const save = async () => {
    const checkedTitle = SavedReplyTitle.safeParse(title);
    const checkedBody = SavedReplyBody.safeParse(body);
    const problem = checkedTitle.error?.issues[0]?.message ?? checkedBody.error?.issues[0]?.message;
    if (problem || !checkedTitle.success || !checkedBody.success) {
      setError(problem ?? t('saved.check'));
      return;
    }
    setSaving(true);
    const failure = reply
      ? await update(reply.id, checkedTitle.data, checkedBody.data)
      : await create(checkedTitle.data, checkedBody.data);
    setSaving(false);
    setError(failure);
    if (!failure) onDone();
  };

  return (
    <form
      className="saved-reply-form"
      aria-label={reply ? t('saved.editNamed', { title: reply.title }) : t('saved.new')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={titleId}>
          {t('saved.name')}
        </label>
        <input
          id={titleId}
          type="text"
          value={title}
          maxLength={INBOX_LIMITS.savedReplyTitle}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={bodyId}>
          {t('saved.text')}
        </label>
        <textarea
          id={bodyId}
          rows={3}
          value={body}
          maxLength={INBOX_LIMITS.savedReplyBody}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <InlineError message={error} />
      <div className="saved-reply-form-actions">
        <button type="button" className="button" onClick={onDone} disabled={saving}>
          {t('saved.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {reply ? t('saved.saveChanges') : t('saved.save')}
        </button>
      </div>
    </form>
  );
}
