// What the owner is looking at survives opening a post and coming back.
import { create } from 'zustand';
import type { CalendarView, LocalDate } from './calendar-model';

interface CalendarViewState {
  view: CalendarView;
  /** A day inside the shown period; null follows today. */
  anchor: LocalDate | null;
  show(view: CalendarView, anchor: LocalDate | null): void;
}

export const useCalendarViewStore = create<CalendarViewState>((set) => ({
  view: 'month',
  anchor: null,
  show: (view, anchor) => set({ view, anchor }),
}));
