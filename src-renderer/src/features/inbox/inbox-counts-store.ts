// The inbox's unread count, for the sidebar badge and the inbox header; kept fresh by inbox
// and channel events while anything showing it is mounted.
import { create } from 'zustand';
import { call } from '../../lib/api';
import { sharedWatch } from '../../lib/core-query';

interface InboxCountsState {
  unread: number;
}

export const useInboxCountsStore = create<InboxCountsState>(() => ({ unread: 0 }));

// A failed read keeps the last known count; the next event tries again.
const inboxCounts = sharedWatch(
  () => call('inbox.counts'),
  (answer) => {
    if (answer.ok) useInboxCountsStore.setState({ unread: answer.value.unread });
  },
  { refreshOn: ['inbox.changed', 'channels.changed'] },
);

/** Starts keeping the count fresh; returns the stop function. */
export const watchInboxCounts = inboxCounts.start;
