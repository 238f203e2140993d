// One notification for what arrived in the inbox during a sync, however many channels and items:
// a busy morning must not become a stack of notifications.
import { say } from '../../shared/messages/owner-message';
import { noticeOf, type Notice } from '../ports';

export interface Arrival {
  channelName: string;
  count: number;
}

/** The notice for a sync's arrivals, or null when nothing new arrived. */
export function inboxArrivalNotice(arrivals: readonly Arrival[]): Notice | null {
  const arrived = arrivals.filter((arrival) => arrival.count > 0);
  const total = arrived.reduce((sum, arrival) => sum + arrival.count, 0);
  if (total === 0) return null;
  const title = say('desktop.notices.inbox', { count: total });
  // Several channels are listed by name and count, which reads the same in every language.
  const body =
    arrived.length === 1
      ? say('desktop.notices.inboxOn', { channel: arrived[0]!.channelName })
      : arrived.map((arrival) => `${arrival.channelName}: ${arrival.count}`).join(' · ');
  return noticeOf('info', title, body);
}
