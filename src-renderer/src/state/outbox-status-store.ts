// The publishing queue at a glance (online, queued, needing attention, next due time),
// shared by the sidebar and the post pages. Refreshed on every outbox or post event.
import { create } from 'zustand';
import type { OutboxStatus } from '@shared/app-settings';
import { call } from '../lib/api';
import { sharedWatch } from '../lib/core-query';

interface OutboxStatusState {
  status: OutboxStatus | null;
}

export const useOutboxStatusStore = create<OutboxStatusState>(() => ({ status: null }));

// Events come in bursts while a post is sent; answers can cross, so only the newest lands.
// A failed read keeps the last known status; the next event tries again.
const outboxStatus = sharedWatch(
  () => call('outbox.status'),
  (answer) => {
    if (answer.ok) useOutboxStatusStore.setState({ status: answer.value });
  },
  { refreshOn: ['outbox.changed', 'post.changed', 'post.deleted'] },
);

/** Starts keeping the status fresh; returns the stop function. */
export const watchOutboxStatus = outboxStatus.start;
