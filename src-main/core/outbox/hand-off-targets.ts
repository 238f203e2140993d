// Targets the owner asked to hand to a network's own scheduler, and when each can go: far enough
// ahead of its time for the network, within how far ahead it takes one, once the post has not
// changed for a minute (so typing in the composer does not hand it off at every pause), and not
// before a failed hand-off's next try.
import { sql } from 'drizzle-orm';
import type { Network } from '../../shared/entities';
import { HAND_OFF_LEADS, HAND_OFF_MARGIN_MS } from '../../shared/hand-off';
import type { AppDatabase } from '../db/open-database';
import type { DueTarget } from './due-targets';

/** A post edited this recently is still being written: its hand-off waits. */
export const HAND_OFF_SETTLE_MS = 60_000;

interface Candidate {
  targetId: string;
  postId: string;
  channelId: string;
  network: Network;
  scheduledAt: number;
  postUpdatedAt: number;
  retryAt: number | null;
}

/** The window in which a candidate may be handed off, or null when its time is too close. */
function windowOf(candidate: Candidate): { from: number; until: number } | null {
  const lead = HAND_OFF_LEADS[candidate.network];
  if (!lead) return null;
  const until = candidate.scheduledAt - lead.minLeadMs - HAND_OFF_MARGIN_MS;
  const from = Math.max(
    candidate.postUpdatedAt + HAND_OFF_SETTLE_MS,
    candidate.retryAt ?? 0,
    lead.maxLeadMs === null ? 0 : candidate.scheduledAt - lead.maxLeadMs,
  );
  return from <= until ? { from, until } : null;
}

function candidates(db: AppDatabase, now: number): Candidate[] {
  return db.all<Candidate>(sql`
    select t.id as targetId, t.post_id as postId, t.channel_id as channelId, c.network as network,
           p.scheduled_at as scheduledAt, p.updated_at as postUpdatedAt, t.next_attempt_at as retryAt
    from post_targets t
    join posts p on p.id = t.post_id
    join channels c on c.id = t.channel_id
    where t.hand_off = 1 and t.state = 'scheduled' and p.status = 'scheduled'
      and p.reply_to_item_id is null and p.scheduled_at > ${now}
      -- A paused queue's posts are not sent, so no network's scheduler gets them either.
      and not (p.queued = 1 and c.queue_paused = 1)`);
}

/**
 * Targets to hand off now, as the outbox's lanes take them. `rightAway` skips the settling minute
 * and a refused hand-off's wait: the owner asked for it, before the laptop sleeps or Cadence quits.
 */
export function handOffsDue(db: AppDatabase, now: number, rightAway = false): DueTarget[] {
  return candidates(db, now).flatMap((candidate) => {
    const window = windowOf(rightAway ? { ...candidate, postUpdatedAt: 0, retryAt: null } : candidate);
    if (!window || window.from > now || window.until < now) return [];
    return [
      {
        targetId: candidate.targetId,
        postId: candidate.postId,
        channelId: candidate.channelId,
        state: 'scheduled' as const,
        dueAt: now,
        scheduledAt: candidate.scheduledAt,
        isReply: false,
        handOff: true,
      },
    ];
  });
}

/** The next moment a waiting candidate may be handed off, or null when none waits. */
export function nextHandOffAt(db: AppDatabase, now: number): number | null {
  const starts = candidates(db, now)
    .map(windowOf)
    .filter((window): window is { from: number; until: number } => window !== null && window.from > now)
    .map((window) => window.from);
  return starts.length > 0 ? Math.min(...starts) : null;
}
