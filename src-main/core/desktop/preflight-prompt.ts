// What Cadence says and offers when the laptop is about to sleep or Cadence to quit while posts
// still need it (issue 11), decided here from the "Will it go out?" answer so the Electron glue
// only shows it: the tray's line, the quit dialog's words and buttons, and the sleep notice.
import { keepAwakeUntil, needingCadence, type Preflight, type PreflightPost } from '../../shared/preflight';
import type { Words } from '../../shared/messages/words';
import { drawableInMenus } from './menu-text';

/** Posts due within this many hours are kept in mind before sleep and quit (the longest keep-awake choice). */
export const PREFLIGHT_HOURS = 24;

export type QuitChoice = 'hand-off' | 'stay-awake' | 'stay-open' | 'quit';

export interface QuitPrompt {
  title: string;
  message: string;
  detail: string;
  /** In the order shown; the first is the default, the last cancels nothing. */
  buttons: { choice: QuitChoice; label: string }[];
  /** For 'stay-awake': until when the laptop is kept awake. */
  awakeUntil: number | null;
}

/** The wall-clock times posts are due, in the business zone: "09:00, 13:00". */
export function dueTimes(posts: readonly PreflightPost[], timeZone: string, words: Words): string {
  const times = [...new Set(posts.map((post) => clockTime(post.scheduledAt, timeZone, words)))];
  return new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(times);
}

/** A time of day as the owner's locale writes it, in the business zone: "9:00 AM", "09:00". */
export function clockTime(at: number, timeZone: string, words: Words): string {
  const format = new Intl.DateTimeFormat(words.locale, { timeZone, hour: 'numeric', minute: '2-digit' });
  return drawableInMenus(format.format(at));
}

/**
 * The tray's answer: "Next 24 h: 5 posts · 3 go out on their own · 2 need Cadence running at
 * 09:00 and 13:00"; null when nothing is due then (the tray's other lines say what comes next).
 */
export function preflightLine(answer: Preflight, timeZone: string, words: Words): string | null {
  const hours = Math.round((answer.until - answer.from) / 3_600_000);
  if (answer.total === 0) return null;
  const needing = needingCadence(answer);
  const parts = [words('desktop.preflight.due', { hours, count: answer.total })];
  if (answer.onTheirOwn > 0) parts.push(words('desktop.preflight.onTheirOwn', { count: answer.onTheirOwn }));
  if (needing.length > 0) {
    const times = dueTimes(needing, timeZone, words);
    parts.push(words('desktop.preflight.needCadence', { count: needing.length, times }));
  }
  return parts.join(' · ');
}

/**
 * The question before quitting, or null when nothing due soon needs Cadence. "Keep this laptop
 * awake" covers the posts due within `keepAwakeHours`, the owner's choice in Settings.
 */
export function quitPrompt(
  answer: Preflight,
  timeZone: string,
  words: Words,
  keepAwakeHours: number,
): QuitPrompt | null {
  const needing = needingCadence(answer);
  if (needing.length === 0) return null;
  const hours = Math.round((answer.until - answer.from) / 3_600_000);
  const times = dueTimes(needing, timeZone, words);
  const handOff = answer.canHandOff.length;
  const buttons: QuitPrompt['buttons'] = [];
  if (handOff > 0) {
    buttons.push({
      choice: 'hand-off',
      label: words('desktop.preflight.handOffAndQuit', { count: handOff }),
    });
  }
  const awakeUntil = keepAwakeUntil(answer, keepAwakeHours * 3_600_000, false);
  if (awakeUntil !== null) {
    const time = clockTime(awakeUntil, timeZone, words);
    buttons.push({ choice: 'stay-awake', label: words('desktop.preflight.stayAwake', { time }) });
  } else {
    buttons.push({ choice: 'stay-open', label: words('desktop.preflight.stayOpen') });
  }
  buttons.push({ choice: 'quit', label: words('desktop.preflight.quitAnyway') });
  const message = words('desktop.preflight.message', { count: needing.length, hours, times });
  return {
    title: words('desktop.preflight.quitTitle'),
    message,
    detail: handOff > 0 ? words('desktop.preflight.canHandOff', { count: handOff }) : '',
    buttons,
    awakeUntil,
  };
}

/** The notice as the laptop goes to sleep, or null when nothing due soon waits for Cadence. */
export function sleepNotice(
  answer: Preflight,
  timeZone: string,
  words: Words,
): { title: string; body: string } | null {
  const waiting = needingCadence(answer);
  if (waiting.length === 0) return null;
  return {
    title: words('desktop.preflight.sleepTitle', { count: waiting.length }),
    body: words('desktop.preflight.sleepBody', { times: dueTimes(waiting, timeZone, words) }),
  };
}
