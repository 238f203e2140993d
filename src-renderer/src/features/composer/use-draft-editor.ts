// The composer's state: the post as stored, the content as typed, and the saver between them.
import { useCallback, useEffect, useState } from 'react';
import type { MediaItem, Post } from '@shared/entities';
import { call, subscribe } from '../../lib/api';
import { contentOf, EMPTY_CONTENT, type DraftContent } from './draft-journal';
import { DraftSaver, type SaveStatus } from './draft-saver';

export interface DraftStart {
  post: Post | null;
  content: DraftContent;
  /** Content brought back from the journal, not yet in the store. */
  recovered: boolean;
}

export function useDraftEditor(start: DraftStart) {
  const [post, setPost] = useState<Post | null>(start.post);
  const [content, setContent] = useState<DraftContent>(start.content);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [deletedElsewhere, setDeletedElsewhere] = useState(false);
  const [saver] = useState(
    () =>
      new DraftSaver({
        postId: start.post?.id ?? null,
        stored: start.post ? contentOf(start.post) : EMPTY_CONTENT,
        storedUpdatedAt: start.post?.updatedAt ?? null,
        onStatus: setStatus,
        onPostSaved: setPost,
      }),
  );

  // Recovered text goes to the core straight away, through the same journaled path as typing.
  const [opening] = useState(start);
  useEffect(() => {
    if (opening.recovered) saver.change(opening.content);
  }, [saver, opening]);

  // Leaving the page, hiding the window or closing it: send what is pending right away.
  useEffect(() => {
    const flushNow = () => void saver.flush();
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', flushIfHidden);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', flushIfHidden);
      flushNow();
    };
  }, [saver]);

  // Another screen (a calendar drag, another window) changed this post: show it, but never
  // replace text the owner is in the middle of typing.
  useEffect(
    () =>
      subscribe((event) => {
        if (!('postId' in event) || event.postId !== saver.id) return;
        if (event.type === 'post.deleted') {
          if (!saver.isDiscarded) setDeletedElsewhere(true);
          return;
        }
        void call('posts.get', { id: event.postId })
          .then((fresh) => {
            setPost(fresh);
            if (saver.hasUnsavedChanges) return;
            const stored = contentOf(fresh);
            saver.accept(fresh, stored);
            setContent(stored);
          })
          .catch(() => {
            // A failed refresh leaves the current view; the next event or save tries again.
          });
      }),
    [saver],
  );

  const update = useCallback(
    (next: DraftContent) => {
      setContent(next);
      saver.change(next);
    },
    [saver],
  );

  const mediaAdded = useCallback(
    (item: MediaItem) => {
      saver.mediaAdded(item);
      setContent((current) => ({ ...current, altTexts: { ...current.altTexts, [item.id]: item.altText } }));
      setPost((current) => current && { ...current, media: [...current.media, item] });
    },
    [saver],
  );

  const mediaRemoved = useCallback(
    (id: string) => {
      saver.mediaRemoved(id);
      setContent((current) => {
        const altTexts = { ...current.altTexts };
        delete altTexts[id];
        return { ...current, altTexts };
      });
      setPost((current) => current && { ...current, media: current.media.filter((item) => item.id !== id) });
    },
    [saver],
  );

  return { post, setPost, content, update, status, saver, mediaAdded, mediaRemoved, deletedElsewhere };
}
