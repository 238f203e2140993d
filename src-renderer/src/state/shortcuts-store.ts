import { create } from 'zustand';

/** Whether the keyboard shortcuts are shown (Help > Keyboard Shortcuts, "?", or the sidebar). */
export const useShortcutsStore = create<{ open: boolean; show(): void; hide(): void }>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
