// Which networks can hold a post on their own servers and publish it at its time, so it goes out
// with the laptop closed (issue 11), and how far ahead each takes one. The connectors, the outbox
// and the composer all ask here.
import type { Network } from './entities';

export interface HandOffLead {
  /** The latest a post may be handed off before its time (Mastodon: 5 minutes, Facebook: 10). */
  minLeadMs: number;
  /** The earliest; null when the network sets no limit. */
  maxLeadMs: number | null;
}

export const HAND_OFF_LEADS: Partial<Record<Network, HandOffLead>> = {
  mastodon: { minLeadMs: 5 * 60_000, maxLeadMs: null },
  // scheduled_publish_time: 10 minutes to 30 days ahead (developers.facebook.com/docs/pages-api/posts).
  facebook: { minLeadMs: 10 * 60_000, maxLeadMs: 30 * 24 * 60 * 60_000 },
};

/** On top of the network's minimum, so a hand-off that takes a while still arrives in time. */
export const HAND_OFF_MARGIN_MS = 60_000;

export function canHandOff(network: Network): boolean {
  return HAND_OFF_LEADS[network] !== undefined;
}

/** Whether a post due at `dueAt` can be handed to `network`'s scheduler at `now`. */
export function handOffFits(network: Network, dueAt: number, now: number): boolean {
  const lead = HAND_OFF_LEADS[network];
  if (!lead) return false;
  const ahead = dueAt - now;
  return ahead >= lead.minLeadMs + HAND_OFF_MARGIN_MS && (lead.maxLeadMs === null || ahead <= lead.maxLeadMs);
}
