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
  | 'business-stage'
  /** The first-run questions, shown at a newcomer's first start and from the plan's card until answered or skipped. */
  | 'first-run';

interface NavigationState {
  view: View;
  /** The post open in the composer; null starts a new one. */
  postId: string | null;
  /** Counts openPost calls, so opening "New post" again starts a fresh composer even when postId stays null. */
  visit: number;
  /** Whether the owner has gone anywhere yet (the sidebar, a new post). */
  navigated: boolean;
  go(view: Exclude<View, 'composer'>): void;
  openPost(postId: string | null): void;
  /** Opens the first-run questions, unless the owner is already on their way somewhere. */
  welcome(): void;
}

export const useNavigationStore = create<NavigationState>((set) => ({
  view: 'calendar',
  postId: null,
  visit: 0,
  navigated: false,
  go: (view) => set({ view, navigated: true }),
  openPost: (postId) =>
    set((state) => ({ view: 'composer', postId, visit: state.visit + 1, navigated: true })),
  welcome: () => set((state) => (state.navigated ? {} : { view: 'first-run' })),
}));
