import { create } from 'zustand';

export type View =
  | 'plan'
  | 'calendar'
  | 'drafts'
  /** Search over all posts (Find), with bulk actions on what it finds. */
  | 'search'
  | 'queue'
  | 'inbox'
  | 'insights'
  | 'composer'
  | 'settings'
  | 'brand-kit'
  | 'library'
  /** Posts in from a CSV, and the schedule out as a calendar file. */
  | 'post-files'
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
  /** The channel Settings opens the sign-in form for on arrival (the calendar's at-risk banner asks). */
  reconnectChannelId: string | null;
  go(view: Exclude<View, 'composer'>): void;
  openPost(postId: string | null): void;
  /** Opens Settings with the channel's sign-in form open, its posts kept. */
  reconnect(channelId: string): void;
  /** Settings took the channel to reconnect: going there again opens no form. */
  reconnectTaken(): void;
  /** Opens the first-run questions, unless the owner is already on their way somewhere. */
  welcome(): void;
}

export const useNavigationStore = create<NavigationState>((set) => ({
  view: 'calendar',
  postId: null,
  visit: 0,
  navigated: false,
  reconnectChannelId: null,
  go: (view) => set({ view, navigated: true, reconnectChannelId: null }),
  openPost: (postId) =>
    set((state) => ({ view: 'composer', postId, visit: state.visit + 1, navigated: true })),
  reconnect: (channelId) => set({ view: 'settings', navigated: true, reconnectChannelId: channelId }),
  reconnectTaken: () => set({ reconnectChannelId: null }),
  welcome: () => set((state) => (state.navigated ? {} : { view: 'first-run' })),
}));
