import type { SaveStatus } from './draft-saver';

function describe(status: SaveStatus, hasPost: boolean): string {
  switch (status.kind) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved — ${status.reason}. Your text is kept on this device.`;
    case 'idle':
      return hasPost ? 'Saved' : 'Saves as you type';
  }
}

/** Announces autosave progress politely; errors stay on screen until the next successful save. */
export function SaveStatusText({ status, hasPost }: { status: SaveStatus; hasPost: boolean }) {
  return (
    <p role="status" className={`save-status save-status-${status.kind}`}>
      {describe(status, hasPost)}
    </p>
  );
}
