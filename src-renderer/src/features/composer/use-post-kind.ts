// The post's kind, organic or campaign, saved on its own beside the autosaved text. A kind
// picked before the post exists is kept here and saved once the post is created.
import { useCallback, useEffect, useState } from 'react';
import type { Post, PostKind } from '@shared/entities';
import { call, messageOf } from '../../lib/api';

export function usePostKind(post: Post | null, onSaved: (post: Post) => void) {
  const [chosen, setChosen] = useState<PostKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kind = chosen ?? post?.kind ?? 'organic';
  const postId = post?.id ?? null;
  const storedKind = post?.kind ?? null;

  const save = useCallback(
    (id: string, next: PostKind) =>
      call('posts.update', { id, kind: next }).then(
        (saved) => {
          setError(null);
          onSaved(saved);
        },
        (caught: unknown) => {
          setError(messageOf(caught));
          throw caught;
        },
      ),
    [onSaved],
  );

  useEffect(() => {
    if (postId === null || chosen === null || storedKind === chosen) return;
    save(postId, chosen).catch(() => {
      // Shown as `error`; scheduling saves the kind again before it goes on.
    });
  }, [postId, storedKind, chosen, save]);

  /** Makes sure the stored post has the kind shown, before it is scheduled or published. */
  const ensureSaved = useCallback(
    async (id: string) => {
      if (chosen !== null && storedKind !== chosen) await save(id, chosen);
    },
    [chosen, storedKind, save],
  );

  return { kind, choose: setChosen, ensureSaved, error };
}
