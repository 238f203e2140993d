import { create } from 'zustand';

export type View = 'calendar' | 'drafts' | 'composer' | 'settings';

interface NavigationState {
  view: View;
  /** The post open in the composer; null starts a new one. */
  postId: string | null;
  go(view: Exclude<View, 'composer'>): void;
  openPost(postId: string | null): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  view: 'calendar',
  postId: null,
  go: (view) => set({ view }),
  openPost: (postId) => set({ view: 'composer', postId }),
}));
