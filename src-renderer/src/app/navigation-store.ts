import { create } from 'zustand';

export type View =
  | 'plan'
  | 'calendar'
  | 'drafts'
  | 'inbox'
  | 'insights'
  | 'composer'
  | 'settings'
  | 'brand-kit'
  /** The first-run questions again, from Settings, to review the business stage. */
  | 'business-stage';

interface NavigationState {
  view: View;
  /** The post open in the composer; null starts a new one. */
  postId: string | null;
  /** Counts openPost calls, so opening "New post" again starts a fresh composer even when postId stays null. */
  visit: number;
  go(view: Exclude<View, 'composer'>): void;
  openPost(postId: string | null): void;
}

export const useNavigationStore = create<NavigationState>((set) => ({
  view: 'calendar',
  postId: null,
  visit: 0,
  go: (view) => set({ view }),
  openPost: (postId) => set((state) => ({ view: 'composer', postId, visit: state.visit + 1 })),
}));
