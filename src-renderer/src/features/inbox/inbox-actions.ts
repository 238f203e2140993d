// Triage through the core, each told to screen readers in a sentence. The list re-reads
// itself afterwards; the core's inbox.changed event does the same for other windows.
import type { InboxItem, InboxStatus } from '@shared/inbox';
import { t } from '../../i18n/i18n';
import { call, messageOf } from '../../lib/api';
import { useInboxStore } from './inbox-store';
import { kindWords } from './inbox-words';

/** "undone" puts a done item back among the read ones. */
export type TriageStatus = InboxStatus | 'undone';

export function authorOf(item: Pick<InboxItem, 'authorName' | 'authorHandle'>): string {
  return item.authorName?.trim() || item.authorHandle;
}

function subject(items: InboxItem[]): string {
  const [only] = items;
  if (items.length === 1 && only) {
    return t('inbox:announce.one', { author: authorOf(only), kind: kindWords(only.kind).toLowerCase() });
  }
  return t('inbox:announce.many', { count: items.length });
}

const quoted = (labels: string[]) => labels.map((label) => t('inbox:announce.label', { label })).join(', ');

function labelWords(add: string[], remove: string[], subject: string): string {
  if (add.length > 0 && remove.length > 0) {
    return t('inbox:announce.addedRemoved', { added: quoted(add), removed: quoted(remove), subject });
  }
  return add.length > 0
    ? t('inbox:announce.added', { labels: quoted(add), subject })
    : t('inbox:announce.removed', { labels: quoted(remove), subject });
}

async function run(action: () => Promise<unknown>, announcement: string): Promise<boolean> {
  const store = useInboxStore.getState();
  try {
    await action();
    store.setActionError(null);
    store.announce(announcement);
    await store.reload();
    return true;
  } catch (error) {
    store.setActionError(messageOf(error));
    return false;
  }
}

// Each status the owner sets by hand is numbered, so that marking an item read on opening never
// undoes a choice made while its thread was still loading.
let statusChoices = 0;
const choiceNumbers = new Map<string, number>();

/** How many statuses the owner has set so far; an opening remembers it to compare with later. */
export function statusChoiceCount(): number {
  return statusChoices;
}

export function setItemsStatus(items: InboxItem[], status: TriageStatus): Promise<boolean> {
  const ids = items.map((item) => item.id);
  if (ids.length === 0) return Promise.resolve(false);
  for (const id of ids) choiceNumbers.set(id, ++statusChoices);
  const target: InboxStatus = status === 'undone' ? 'read' : status;
  return run(
    () => call('inbox.setStatus', { ids, status: target }),
    t(`inbox:announce.${status}`, { subject: subject(items) }),
  );
}

/**
 * Marks an item read as the owner opens it; quiet, since opening is announced already. Left alone
 * when the owner has set its status since `openedAt` (a statusChoiceCount() taken on opening).
 */
export async function markOpened(item: InboxItem, openedAt: number): Promise<void> {
  if (item.status !== 'new' || (choiceNumbers.get(item.id) ?? 0) > openedAt) return;
  try {
    await call('inbox.setStatus', { ids: [item.id], status: 'read' });
    void useInboxStore.getState().reload();
  } catch {
    // Still new; the owner can mark it read by hand.
  }
}

export function changeLabels(items: InboxItem[], add: string[], remove: string[]): Promise<boolean> {
  const ids = items.map((item) => item.id);
  if (ids.length === 0 || (add.length === 0 && remove.length === 0)) return Promise.resolve(false);
  useInboxStore.getState().rememberLabels(add);
  return run(() => call('inbox.setLabels', { ids, add, remove }), labelWords(add, remove, subject(items)));
}
