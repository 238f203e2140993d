// The last change Undo can reverse (a delete, a move, a bulk action), offered in a toast and on
// Ctrl/⌘+Z. The change is already done in the core; Undo asks the core to put the rows back,
// and the core says per post what it could not (changed or sent since).
import { create } from 'zustand';
import { t } from '../i18n/i18n';
import { ownerWords } from '../i18n/owner-words';
import { call, messageOf } from '../lib/api';

export interface UndoOutcomeWords {
  words: string;
  /** Each post left as it is now, with the core's reason in the owner's words. */
  reasons: string[];
}

interface UndoState {
  offer: { undoId: string; words: string } | null;
  outcome: UndoOutcomeWords | null;
  busy: boolean;
  /** Offers Undo for a change the core recorded; no id (nothing changed) offers nothing. */
  offerUndo(undoId: string | null, words: string): void;
  dismiss(): void;
  undo(): Promise<void>;
}

export const useUndoStore = create<UndoState>((set, get) => ({
  offer: null,
  outcome: null,
  busy: false,
  offerUndo: (undoId, words) => set(undoId ? { offer: { undoId, words }, outcome: null } : {}),
  dismiss: () => set({ offer: null, outcome: null }),
  undo: async () => {
    const { offer, busy } = get();
    if (!offer || busy) return;
    set({ busy: true });
    try {
      const { restored, skipped } = await call('undo.apply', { undoId: offer.undoId });
      set({
        outcome: {
          words: t('find:undo.undone', { count: restored.length }),
          reasons: skipped.map((skip) => ownerWords(skip.reason)),
        },
      });
    } catch (error) {
      set({ outcome: { words: messageOf(error), reasons: [] } });
    } finally {
      // An undo applies once, whatever it could put back.
      set({ offer: null, busy: false });
    }
  },
}));
