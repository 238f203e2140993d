import { useId, useState } from 'react';
import { LIMITS } from '@shared/entities';
import { useAppData } from '../../app/app-data';
import { useNavigation } from '../../app/navigation';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ApiError, call, messageOf } from '../../lib/api';
import { ChannelPicker } from './channel-picker';
import { isBlank } from './draft-journal';
import { MediaSection } from './media-section';
import { SaveStatusText } from './save-status';
import { ScheduleSection } from './schedule-section';
import { useDraftEditor, type DraftStart } from './use-draft-editor';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const countCharacters = (text: string) => [...segmenter.segment(text)].length;

export function ComposerEditor({ start }: { start: DraftStart }) {
  const editor = useDraftEditor(start);
  const { post, content, saver } = editor;
  const channels = useAppData((s) => s.channels);
  const timeZone = useAppData((s) => s.profile?.timeZone ?? 'UTC');
  const go = useNavigation((s) => s.go);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const textId = useId();
  const countId = useId();

  const published = post?.status === 'published';
  const characters = countCharacters(content.body);

  async function ensureSaved(): Promise<string> {
    // Scheduling an empty composer would only leave an untitled draft behind.
    if (!saver.id && isBlank(content) && !post) {
      throw new ApiError('INVALID_INPUT', 'Write something or attach an image before scheduling.');
    }
    const id = await saver.ensureCreated();
    if (saver.hasUnsavedChanges) {
      throw new ApiError('INTERNAL', 'Your latest changes are not saved yet. Wait a moment and try again.');
    }
    return id;
  }

  async function deletePost() {
    const id = saver.id;
    setDeleting(true);
    saver.discard();
    try {
      if (id) await call('posts.delete', { id });
      go('drafts');
    } catch (error) {
      saver.change(content);
      setDeleteError(messageOf(error));
      setConfirmingDelete(false);
    } finally {
      setDeleting(false);
    }
  }

  return (
    <div className="composer">
      <header className="page-header">
        <h1>{start.post ? 'Edit post' : 'New post'}</h1>
        {post && <span className={`status-pill status-${post.status}`}>{post.status}</span>}
        <SaveStatusText status={editor.status} hasPost={post !== null} />
      </header>
      {start.recovered && (
        <p className="notice">We brought back text you wrote before Cadence closed. It is being saved now.</p>
      )}
      {editor.deletedElsewhere && (
        <p role="alert" className="error-banner">
          This post was deleted in another window. Your text is still here; copy it before leaving.
        </p>
      )}
      {published && <p className="notice">This post is published, so it can no longer be edited.</p>}
      <div className="composer-layout">
        <div className="composer-main">
          <section className="composer-card composer-text">
            <label htmlFor={textId} className="composer-card-title">
              Post text
            </label>
            <textarea
              id={textId}
              className="composer-textarea"
              value={content.body}
              maxLength={LIMITS.body}
              readOnly={published}
              placeholder="What would you like to share?"
              aria-describedby={countId}
              autoFocus={!published}
              onChange={(event) => editor.update({ ...content, body: event.target.value })}
            />
            <p id={countId} className="character-count">
              {characters === 1 ? '1 character' : `${characters} characters`}
            </p>
          </section>
          <ChannelPicker
            channels={channels}
            selected={content.channelIds}
            readOnly={published}
            onChange={(channelIds) => editor.update({ ...content, channelIds })}
            onAddChannel={() => go('settings')}
          />
          <MediaSection
            media={post?.media ?? []}
            altTexts={content.altTexts}
            readOnly={published}
            ensureSaved={() => saver.ensureCreated()}
            onAltText={(id, altText) =>
              editor.update({ ...content, altTexts: { ...content.altTexts, [id]: altText } })
            }
            onAdded={editor.mediaAdded}
            onRemoved={editor.mediaRemoved}
          />
        </div>
        <aside className="composer-side">
          {!published && (
            <ScheduleSection
              key={post?.scheduledAt ?? 'unscheduled'}
              post={post}
              timeZone={timeZone}
              ensureSaved={ensureSaved}
              onChanged={editor.setPost}
            />
          )}
          {post && (
            <section className="composer-card">
              <button
                type="button"
                className="button danger-outline"
                onClick={() => setConfirmingDelete(true)}
              >
                Delete post
              </button>
              {deleteError && (
                <p role="alert" className="inline-error">
                  {deleteError}
                </p>
              )}
            </section>
          )}
        </aside>
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this post?"
        message="The text, images and schedule are removed from Cadence. This cannot be undone."
        confirmLabel="Delete permanently"
        busy={deleting}
        onConfirm={() => void deletePost()}
        onCancel={() => setConfirmingDelete(false)}
      />
    </div>
  );
}
