// The unified inbox and saved replies; the inbox sync reads each channel's in the background.
import type { inboxContract } from '../../shared/contract/inbox';
import type { InboxStore } from '../inbox/inbox-store';
import type { InboxSync } from '../inbox/inbox-sync';
import type { ReplyWriter } from '../inbox/reply-writer';
import type { ResponseTimeReport } from '../inbox/response-times';
import type { SavedReplyStore } from '../inbox/saved-reply-store';
import type { ContractHandlers, CoreContext, DomainModule } from './types';

export interface InboxContext {
  store: InboxStore;
  sync: InboxSync;
  replies: ReplyWriter;
  responseTimes: ResponseTimeReport;
  savedReplies: SavedReplyStore;
  /** Whether inboxes are read in the background; inbox.refresh works either way. */
  background: boolean;
}

export function inboxDomain(ctx: CoreContext, inbox: InboxContext): DomainModule<typeof inboxContract> {
  let unwatchReplies = () => {};
  return {
    handlers: inboxHandlers(ctx, inbox),
    start: () => {
      unwatchReplies = inbox.replies.watch();
      if (inbox.background) inbox.sync.start();
    },
    stop: () => {
      unwatchReplies();
      return inbox.sync.stop();
    },
    whenIdle: () => inbox.sync.whenIdle(),
  };
}

function inboxHandlers(ctx: CoreContext, inbox: InboxContext): ContractHandlers<typeof inboxContract> {
  const changed = () => ctx.events.emit({ type: 'inbox.changed' });
  return {
    'inbox.list': (input) => inbox.store.list(input),
    'inbox.get': ({ id }) => inbox.store.thread(id),
    'inbox.setStatus': ({ ids, status }) => {
      const updated = inbox.store.setStatus(ids, status);
      if (updated > 0) {
        changed();
        if (status !== 'new') inbox.sync.markSeen(seenUpTo(inbox.store, ids));
      }
      return { updated };
    },
    'inbox.setLabels': ({ ids, add, remove }) => {
      const updated = inbox.store.setLabels(ids, add, remove);
      if (updated > 0) changed();
      return { updated };
    },
    'inbox.reply': ({ id, text, channelId }) => {
      const post = inbox.replies.reply(id, text, channelId);
      return { item: inbox.store.item(id), post };
    },
    'inbox.refresh': async () => {
      await inbox.sync.refresh();
      return inbox.sync.sources();
    },
    'inbox.counts': () => inbox.store.counts(),
    'inbox.sources': () => inbox.sync.sources(),
    'inbox.responseTimes': ({ weeks, targetHours }) => inbox.responseTimes.weeks(weeks, targetHours),
    'savedReplies.list': () => inbox.savedReplies.list(),
    'savedReplies.create': (input) => inbox.savedReplies.create(input),
    'savedReplies.update': ({ id, ...changes }) => inbox.savedReplies.update(id, changes),
    'savedReplies.delete': ({ id }) => {
      inbox.savedReplies.delete(id);
      return { id };
    },
  };
}

/** Per channel, the newest item the owner just read: what networks with a "seen" mark are told. */
function seenUpTo(store: InboxStore, ids: string[]): { channelId: string; upTo: number }[] {
  const upTo = new Map<string, number>();
  for (const { channelId, receivedAt } of store.channelTimes(ids)) {
    upTo.set(channelId, Math.max(upTo.get(channelId) ?? 0, receivedAt));
  }
  return [...upTo].map(([channelId, at]) => ({ channelId, upTo: at }));
}
