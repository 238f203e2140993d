// How many posts a month cell shows, in a module of its own so that what asks the core for a
// month (use-calendar-posts.ts, and the bench's cold start, which times that very read) can use it
// without the calendar's words and formats.

/** Chips a month cell shows; a fuller day shows one fewer and "+N more" for the rest. */
export const MONTH_CHIPS_PER_DAY = 3;
