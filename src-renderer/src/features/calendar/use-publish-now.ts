// "Publish now" from a calendar chip: the core sends the post at once (or when back online),
// the chip follows through the usual post events, and a refusal is shown in plain words.
import { useCallback, useState } from 'react';
import type { PostSummary } from '@shared/entities';
import { t } from '../../i18n/i18n';
import { call, messageOf } from '../../lib/api';

export interface PublishNow {
  publish(postId: string, excerpt: string): Promise<void>;
  error: string | null;
  dismissError(): void;
  /** A polite confirmation for screen readers. */
  announcement: string;
}

export function usePublishNow(patch: (postId: string, changes: Partial<PostSummary>) => void): PublishNow {
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const publish = useCallback(
    async (postId: string, excerpt: string) => {
      setError(null);
      try {
        const post = await call('posts.publishNow', { id: postId });
        patch(post.id, {
          status: post.status,
          scheduledAt: post.scheduledAt,
          scheduledLocal: post.scheduledLocal,
          scheduledTimeZone: post.scheduledTimeZone,
        });
        setAnnouncement(t('calendar:publishing', { excerpt }));
      } catch (failure) {
        setError(t('calendar:notPublished', { excerpt, reason: messageOf(failure) }));
      }
    },
    [patch],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { publish, error, dismissError, announcement };
}
