import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/entities';
import { assertSendable, type SendAction } from '@shared/sendable';
import { useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';
import { useOutboxStatusStore } from '../../state/outbox-status-store';
import { useUndoStore } from '../../state/undo-store';
import { t as translate } from '../../i18n/i18n';
import { ChannelCounters } from '../../components/channel-counters';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ApiError, call, mediaUrl, messageOf } from '../../lib/api';
import { KitHighlightField } from '../brand-kit/kit-highlight';
import { KitProblemList } from '../brand-kit/kit-problem-list';
import { LibraryInsert } from '../library/library-insert';
import { formatDateTime } from '../../lib/format';
import { confirmPostAnyway, PostAnywayDialog } from '../brand-kit/post-anyway';
import { useKitCheck } from '../brand-kit/use-kit-check';
import { ActivityLog } from './activity-log';
import { AllowanceWarnings } from './allowance-warnings';
import { CampaignField } from './campaign-field';
import { blockingReason, checkChannels, imageFacts, selectedChannels } from './channel-checks';
import { ChannelPicker } from './channel-picker';
import { ChannelVariants } from './channel-variants';
import { DeliveryStatus } from './delivery-status';
import { MediaSection } from './media-section';
import { PostKindField } from './post-kind-field';
import { NetworkPreviews } from './previews/network-previews';
import { isPreviewNetwork } from './previews/preview-looks';
import { useLinkCard } from './previews/use-link-card';
import { PublishSection } from './publish-section';
import { RepeatSection } from './repeat-section';
import { SaveStatusText } from './save-status';
import { QueueSection } from './queue-section';
import { ScheduleSection } from './schedule-section';
import { useDraftEditor, type DraftStart } from './use-draft-editor';
import { usePostKind } from './use-post-kind';
import { usePostActivity } from './use-post-activity';
import { usePostingAllowances } from './use-posting-allowances';
import { InlineError } from '../../components/inline-error';

export function ComposerEditor({ start }: { start: DraftStart }) {
  const { t } = useTranslation('composer');
  const editor = useDraftEditor(start);
  const { post, content, saver } = editor;
  const channels = useAppDataStore((s) => s.channels);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const go = useNavigationStore((s) => s.go);
  const openPost = useNavigationStore((s) => s.openPost);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const online = useOutboxStatusStore((s) => s.status?.online ?? null);
  const activity = usePostActivity(post?.id ?? null);
  const dateField = useRef<HTMLInputElement>(null);
  const textField = useRef<HTMLTextAreaElement>(null);
  const businessName = useAppDataStore((s) => s.profile?.name ?? '');
  const textId = useId();
  const countId = useId();

  const published = post?.status === 'published';
  const picked = useMemo(
    () => selectedChannels(channels, content.channelIds),
    [channels, content.channelIds],
  );
  const images = useMemo(
    () => imageFacts(post?.media ?? [], content.altTexts),
    [post?.media, content.altTexts],
  );
  const checks = useMemo(() => checkChannels(picked, content, images), [picked, content, images]);
  const blocked = published ? null : blockingReason(checks);
  const limits = useMemo(() => Object.fromEntries(picked.map((c) => [c.id, c.limits])), [picked]);
  // A send (the post's status) or the connection coming back may change what the networks say.
  const allowances = usePostingAllowances(picked, `${post?.status ?? 'new'} ${String(online)}`);
  const postKind = usePostKind(post, editor.setPost);
  const kitProblems = useKitCheck(content.body, postKind.kind);
  // Only asked for when a preview will show it: a link typed for other networks is not read.
  const previewed = picked.some((channel) => isPreviewNetwork(channel.network));
  const linkCard = useLinkCard(previewed ? content.body : '');

  async function ensureSaved(action: SendAction): Promise<string> {
    // Checked before anything is saved: an empty composer would only leave an untitled draft
    // behind. Nothing saved yet means no image yet either.
    if (!saver.id && !post) assertSendable({ body: content.body, media: [] }, action);
    const id = await saver.ensureCreated();
    if (saver.hasUnsavedChanges) {
      throw new ApiError('INTERNAL', t('notSavedYet'));
    }
    await postKind.ensureSaved(id);
    if (!(await confirmPostAnyway(kitProblems, action))) {
      throw new ApiError(
        'INVALID_INPUT',
        action === 'scheduling' ? t('kitNotScheduled') : t('kitNotPublished'),
      );
    }
    return id;
  }

  /** A new draft with this post's words, variants, images and campaign, opened at once. */
  async function duplicate() {
    if (!post) return;
    setDeleteError(null);
    try {
      if (saver.hasUnsavedChanges) throw new ApiError('INTERNAL', t('notSavedYet'));
      const copy = await call('posts.duplicate', { id: post.id });
      openPost(copy.id);
    } catch (error) {
      setDeleteError(messageOf(error));
    }
  }

  async function deletePost() {
    const id = saver.id;
    setDeleting(true);
    saver.discard();
    try {
      if (id) {
        const { undoId } = await call('posts.delete', { id });
        useUndoStore.getState().offerUndo(undoId, translate('find:undo.deleted', { count: 1 }));
      }
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
        <h1>{start.post ? t('editPost') : t('newPost')}</h1>
        {post && <span className={`status-pill status-${post.status}`}>{t(`status.${post.status}`)}</span>}
        <SaveStatusText status={editor.status} hasPost={post !== null} />
      </header>
      {start.recovered && <p className="notice">{t('recovered')}</p>}
      {editor.deletedElsewhere && (
        <p role="alert" className="error-banner">
          {t('deletedElsewhere')}
        </p>
      )}
      {published && <p className="notice">{t('publishedReadOnly')}</p>}
      <div className="composer-layout">
        <div className="composer-main">
          <section className="composer-card composer-text">
            <label htmlFor={textId} className="composer-card-title">
              {t('text')}
            </label>
            <KitHighlightField text={content.body} problems={kitProblems}>
              <textarea
                ref={textField}
                id={textId}
                className="composer-textarea"
                value={content.body}
                maxLength={LIMITS.body}
                readOnly={published}
                placeholder={t('placeholder')}
                aria-describedby={countId}
                autoFocus={!published}
                onChange={(event) => editor.update({ ...content, body: event.target.value })}
              />
            </KitHighlightField>
            {!published && (
              <LibraryInsert
                textarea={textField}
                text={content.body}
                context={{
                  business: businessName,
                  // The post's day as the owner reads dates; {date} stays as written until it has one.
                  date: post?.scheduledAt
                    ? formatDateTime(post.scheduledAt, { dateStyle: 'full', timeZone })
                    : '',
                }}
                onText={(body) => editor.update({ ...content, body })}
              />
            )}
            <div id={countId} className="composer-counters">
              {picked.length === 0 ? (
                <p className="field-hint">{t('pickForCounts')}</p>
              ) : (
                <ChannelCounters
                  channels={picked}
                  text={content.body}
                  variants={content.variants}
                  images={images}
                  limits={limits}
                  allowances={allowances}
                />
              )}
            </div>
            {!published && (
              <KitProblemList problems={kitProblems} textareaId={textId} onOpenKit={() => go('brand-kit')} />
            )}
          </section>
          <PostKindField
            kind={postKind.kind}
            readOnly={published}
            error={postKind.error}
            onChange={postKind.choose}
          />
          <CampaignField
            post={post}
            channels={picked}
            body={content.body}
            readOnly={published}
            ensureCreated={() => saver.ensureCreated()}
            onSaved={editor.setPost}
          />
          <ChannelPicker
            channels={channels}
            selected={content.channelIds}
            readOnly={published}
            onChange={(channelIds) =>
              editor.update({ ...content, channelIds, variants: only(content.variants, channelIds) })
            }
            onAddChannel={() => go('settings')}
          />
          <ChannelVariants
            channels={picked}
            body={content.body}
            variants={content.variants}
            checks={checks}
            readOnly={published}
            onChange={(channelId, text) =>
              editor.update({
                ...content,
                variants:
                  text === null
                    ? without(content.variants, channelId)
                    : { ...content.variants, [channelId]: text },
              })
            }
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
          <NetworkPreviews
            channels={picked}
            body={content.body}
            variants={content.variants}
            media={post?.media ?? []}
            altTexts={content.altTexts}
            card={linkCard}
            pictureUrl={mediaUrl}
          />
        </div>
        <aside className="composer-side">
          {!published && <AllowanceWarnings channels={picked} readings={allowances} />}
          <PublishSection
            post={post}
            channels={picked}
            blockedReason={blocked}
            ensureSaved={() => ensureSaved('publishing')}
            onChanged={editor.setPost}
          />
          {post && (
            <DeliveryStatus
              post={post}
              channels={channels}
              timeZone={timeZone}
              online={online}
              activity={activity.entries}
              onChanged={editor.setPost}
              onPickNewTime={() => dateField.current?.focus()}
            />
          )}
          {!published && (
            <ScheduleSection
              key={post?.scheduledAt ?? 'unscheduled'}
              post={post}
              channelIds={content.channelIds}
              timeZone={timeZone}
              ensureSaved={() => ensureSaved('scheduling')}
              onChanged={editor.setPost}
              blocked={blocked !== null}
              dateRef={dateField}
            />
          )}
          {!published && (
            <QueueSection
              post={post}
              timeZone={timeZone}
              ensureSaved={() => ensureSaved('scheduling')}
              onChanged={editor.setPost}
              blocked={blocked !== null}
            />
          )}
          {post?.status === 'scheduled' && post.scheduledLocal && (
            <RepeatSection
              key={`${post.seriesId ?? 'single'} ${post.scheduledLocal}`}
              post={post}
              ensureSaved={() => ensureSaved('scheduling')}
              onChanged={editor.setPost}
              onDeleted={() => {
                saver.discard();
                go('calendar');
              }}
            />
          )}
          {post && (
            <section className="composer-card composer-post-actions">
              <button type="button" className="button" onClick={() => void duplicate()}>
                {t('duplicate')}
              </button>
              <button
                type="button"
                className="button danger-outline"
                onClick={() => setConfirmingDelete(true)}
              >
                {t('delete.button')}
              </button>
              <InlineError message={deleteError} />
            </section>
          )}
          {post && <ActivityLog entries={activity.entries} error={activity.error} timeZone={timeZone} />}
        </aside>
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title={t('delete.title')}
        message={t('delete.message')}
        confirmLabel={t('delete.confirm')}
        busy={deleting}
        onConfirm={() => void deletePost()}
        onCancel={() => setConfirmingDelete(false)}
      />
      <PostAnywayDialog />
    </div>
  );
}

function only(variants: Record<string, string>, channelIds: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(variants).filter(([id]) => channelIds.includes(id)));
}

function without(variants: Record<string, string>, channelId: string): Record<string, string> {
  return only(
    variants,
    Object.keys(variants).filter((id) => id !== channelId),
  );
}
