// The owner's saved replies, shared by the "Insert saved reply" menu and their manager.
import { create } from 'zustand';
import type { SavedReply } from '@shared/inbox';
import { call, messageOf } from '../../lib/api';
import { changeThenReload } from '../../lib/change-then-reload';

interface SavedRepliesState {
  replies: SavedReply[] | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Each returns null on success, or the message to show. */
  create(title: string, body: string): Promise<string | null>;
  update(id: string, title: string, body: string): Promise<string | null>;
  remove(id: string): Promise<string | null>;
}

export const useSavedRepliesStore = create<SavedRepliesState>((set, get) => {
  const attempt = (change: () => Promise<unknown>) => changeThenReload(change, () => get().load());
  return {
    replies: null,
    loadError: null,
    async load() {
      try {
        const replies = await call('savedReplies.list');
        set({ replies: [...replies].sort((a, b) => a.title.localeCompare(b.title)), loadError: null });
      } catch (error) {
        set({ loadError: messageOf(error) });
      }
    },
    create: (title, body) => attempt(() => call('savedReplies.create', { title, body })),
    update: (id, title, body) => attempt(() => call('savedReplies.update', { id, title, body })),
    remove: (id) => attempt(() => call('savedReplies.delete', { id })),
  };
});
