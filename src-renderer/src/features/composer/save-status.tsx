import { t } from '../../i18n/i18n';
import type { SaveStatus } from './draft-saver';

function describe(status: SaveStatus, hasPost: boolean): string {
  switch (status.kind) {
    case 'saving':
      return t('composer:save.saving');
    case 'saved':
      return t('composer:save.saved');
    case 'error':
      return t('composer:save.failed', { reason: status.reason });
    case 'idle':
      return hasPost ? t('composer:save.saved') : t('composer:save.idle');
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
