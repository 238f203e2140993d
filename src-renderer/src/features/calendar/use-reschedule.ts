// Moving a post on the calendar: the chip moves at once, the core confirms, and any
// failure puts it back with a message. Skipped or repeated times ask the owner first.
import { useCallback, useRef, useState } from 'react';
import type { PostSummary } from '@shared/entities';
import { checkLocalTime, parseLocal } from '@shared/zoned-time';
import { t } from '../../i18n/i18n';
import { messageOf } from '../../lib/api';
import { scheduleAt } from '../../lib/schedule';
import { useUndoStore } from '../../state/undo-store';
import { dayLabel, type CalendarEntry } from './calendar-model';

export interface Reschedule {
  move(entry: CalendarEntry, local: string): Promise<boolean>;
  /** Why the last move failed, shown as an alert until dismissed. */
  error: string | null;
  dismissError(): void;
  /** A polite confirmation for screen readers. */
  announcement: string;
}

function movedWords(local: string): string {
  const { year, month, day } = parseLocal(local);
  return t('calendar:moved', { day: dayLabel({ year, month, day }), time: local.slice(11) });
}

export function useReschedule(
  timeZone: string,
  patch: (postId: string, changes: Partial<PostSummary>) => void,
): Reschedule {
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Each post's moves reach the core one after another, in the order the owner made them: a
  // quick second Alt+arrow waits for the first instead of racing it.
  const saving = useRef(new Map<string, { latest: number; done: Promise<boolean> }>());
  const moves = useRef(0);

  const save = useCallback(
    async (entry: CalendarEntry, local: string, before: Partial<PostSummary>, isLatest: () => boolean) => {
      const { post } = entry;
      try {
        const saved = await scheduleAt(post.id, local, timeZone);
        if (!saved) {
          patch(post.id, before);
          return false;
        }
        useUndoStore.getState().offerUndo(saved.undoId, t('find:undo.rescheduled'));
        // A later move of this post is already on screen; its own answer settles the chip.
        if (!isLatest()) return true;
        patch(post.id, {
          scheduledAt: saved.scheduledAt,
          scheduledLocal: saved.scheduledLocal,
          scheduledTimeZone: saved.scheduledTimeZone,
          status: saved.status,
        });
        setAnnouncement(movedWords(saved.scheduledLocal ?? local));
        return true;
      } catch (failure) {
        patch(post.id, before);
        setError(t('calendar:notMoved', { time: entry.time, reason: messageOf(failure) }));
        return false;
      }
    },
    [timeZone, patch],
  );

  const move = useCallback(
    (entry: CalendarEntry, local: string): Promise<boolean> => {
      const { post } = entry;
      if (post.status === 'published' || local === entry.local) return Promise.resolve(false);
      const before: Partial<PostSummary> = {
        scheduledAt: post.scheduledAt,
        scheduledLocal: post.scheduledLocal,
        scheduledTimeZone: post.scheduledTimeZone,
        status: post.status,
      };
      setError(null);
      const check = checkLocalTime(local, timeZone);
      // A skipped or repeated time waits for the owner's choice before it moves.
      if (check.kind === 'exact') {
        patch(post.id, { scheduledAt: check.utc, scheduledLocal: local, scheduledTimeZone: timeZone });
      }
      const number = ++moves.current;
      const isLatest = () => saving.current.get(post.id)?.latest === number;
      const previous = saving.current.get(post.id)?.done ?? Promise.resolve(true);
      // A move that did not save put the post back where it was saved; one made on top of it is
      // dropped with it.
      const done = previous.then((previousSaved) => previousSaved && save(entry, local, before, isLatest));
      saving.current.set(post.id, { latest: number, done });
      void done.then(() => {
        if (isLatest()) saving.current.delete(post.id);
      });
      return done;
    },
    [timeZone, patch, save],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { move, error, dismissError, announcement };
}
