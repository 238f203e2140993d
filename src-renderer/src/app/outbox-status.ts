// The publishing queue at a glance (online, queued, needing attention, next due time),
// shared by the sidebar and the post pages. Refreshed on every outbox or post event.
import { create } from 'zustand';
import type { OutboxStatus } from '@shared/app-settings';
import { call, subscribe } from '../lib/api';

interface OutboxStatusState {
  status: OutboxStatus | null;
  refresh(): Promise<void>;
}

// Events come in bursts while a post is sent; answers can cross, so only the newest request lands.
let latestRequest = 0;

export const useOutboxStatus = create<OutboxStatusState>((set) => ({
  status: null,
  async refresh() {
    const request = ++latestRequest;
    try {
      const status = await call('outbox.status');
      if (request === latestRequest) set({ status });
    } catch {
      // Keep the last known status; the next event tries again.
    }
  },
}));

/** Starts keeping the status fresh; returns the unsubscribe function. */
export function watchOutboxStatus(): () => void {
  const { refresh } = useOutboxStatus.getState();
  void refresh();
  return subscribe((event) => {
    if (event.type === 'outbox.changed' || event.type === 'post.changed' || event.type === 'post.deleted') {
      void refresh();
    }
  });
}
