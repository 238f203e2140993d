// A restore or an import starts Cadence's engine again on other data, so the window loads again
// from it; what happened is said once the window is back, from here.
const NOTICE_KEY = 'cadence.backups.notice';

/** Read once as the window loads: the notice the restore or import left before it loaded again. */
const noticeAtLoad = readOnce();

/** Loads the window again on the restored data, with `notice` to show once it is back. */
export function startAgainWith(notice: string): void {
  sessionStorage.setItem(NOTICE_KEY, notice);
  window.location.reload();
}

export function noticeAfterRestart(): string | null {
  return noticeAtLoad;
}

function readOnce(): string | null {
  if (typeof sessionStorage === 'undefined') return null;
  const notice = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return notice;
}
