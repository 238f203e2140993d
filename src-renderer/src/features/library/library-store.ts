// The owner's library pieces, shared by the Library screen and the composer's insert menu.
import { create } from 'zustand';
import type { LibraryItem, LibraryKind } from '@shared/library';
import { call, messageOf } from '../../lib/api';
import { changeThenReload } from '../../lib/change-then-reload';

export interface PieceFields {
  kind: LibraryKind;
  name: string;
  body: string;
}

interface LibraryState {
  items: LibraryItem[] | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Each returns null on success, or the message to show. */
  create(fields: PieceFields): Promise<string | null>;
  update(id: string, fields: PieceFields): Promise<string | null>;
  remove(id: string): Promise<string | null>;
}

export const useLibraryStore = create<LibraryState>((set, get) => {
  const attempt = (change: () => Promise<unknown>) => changeThenReload(change, () => get().load());
  return {
    items: null,
    loadError: null,
    async load() {
      try {
        set({ items: await call('library.list'), loadError: null });
      } catch (error) {
        set({ loadError: messageOf(error) });
      }
    },
    create: (fields) => attempt(() => call('library.create', fields)),
    update: (id, fields) => attempt(() => call('library.update', { id, ...fields })),
    remove: (id) => attempt(() => call('library.delete', { id })),
  };
});
