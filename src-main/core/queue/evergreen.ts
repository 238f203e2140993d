// Which evergreen post fills an empty queue slot: pure, so the rules are tested on their own.

const DAY = 24 * 60 * 60 * 1000;

export interface EvergreenCandidate {
  postId: string;
  /** The text it goes out with on this channel. */
  text: string;
  /** At least this many days between two of its uses on the channel. */
  gapDays: number;
  /** Not recycled into a slot after this instant; null for no end. */
  until: number | null;
  /** When it (or a recycled copy) is or was scheduled on this channel. */
  uses: number[];
}

/** A post on the channel's timeline, by time: what a recycled post must not repeat. */
export interface TimelinePost {
  at: number;
  text: string;
}

export interface EvergreenFill {
  postId: string;
  at: number;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * Fills each empty slot (ascending) with an evergreen post, or leaves it empty when none fits.
 * A candidate fits when it has not expired, no use of it is closer than its gap, and its text
 * differs from the posts just before and just after the slot, so the channel never shows the same
 * text twice in a row. Among those, the one used longest ago (never used first) goes.
 */
export function planEvergreenFill(
  emptySlots: number[],
  candidates: EvergreenCandidate[],
  timeline: TimelinePost[],
): EvergreenFill[] {
  const uses = new Map(candidates.map((c) => [c.postId, [...c.uses]]));
  const posts = [...timeline].sort((a, b) => a.at - b.at);
  const fills: EvergreenFill[] = [];
  for (const at of [...emptySlots].sort((a, b) => a - b)) {
    const before = posts.filter((p) => p.at < at).at(-1);
    const after = posts.find((p) => p.at > at);
    const fitting = candidates.filter((c) => {
      if (c.until !== null && at > c.until) return false;
      if (uses.get(c.postId)!.some((use) => Math.abs(use - at) < c.gapDays * DAY)) return false;
      return !(before && same(before.text, c.text)) && !(after && same(after.text, c.text));
    });
    const lastUse = (c: EvergreenCandidate) => Math.max(-Infinity, ...uses.get(c.postId)!);
    const chosen = fitting.sort((a, b) => lastUse(a) - lastUse(b) || a.postId.localeCompare(b.postId))[0];
    if (!chosen) continue;
    fills.push({ postId: chosen.postId, at });
    uses.get(chosen.postId)!.push(at);
    posts.push({ at, text: chosen.text });
    posts.sort((a, b) => a.at - b.at);
  }
  return fills;
}
