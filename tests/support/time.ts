// Durations in milliseconds, the unit of the injected clock and of every timestamp in Cadence.
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
