// What the owner is looking at survives opening a post and coming back.
import { create } from 'zustand';
import type { CalendarView, LocalDate } from './calendar-model';

interface CalendarState {
  view: CalendarView;
  /** A day inside the shown period; null follows today. */
  anchor: LocalDate | null;
  show(view: CalendarView, anchor: LocalDate | null): void;
}

export const useCalendarState = create<CalendarState>((set) => ({
  view: 'month',
  anchor: null,
  show: (view, anchor) => set({ view, anchor }),
}));
