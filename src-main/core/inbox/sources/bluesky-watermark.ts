// Where the Bluesky inbox left off, kept as the sync cursor (JSON). listNotifications pages from
// the newest down and has no "since" parameter, so each sync reads from the top and stops where
// the last one began: below the newest time it saw, less an overlap.
//
// The overlap is there because the AppView sorts by min(createdAt, indexedAt): a post whose
// author's clock runs behind lands a little below notifications already seen. Inside the overlap,
// notifications are recognised by URI so none is listed or counted twice. A post backdated by
// more than the overlap is missed; that is the price of never reading the whole history.
import { z } from 'zod';

export const OVERLAP_MS = 15 * 60_000;
/** A busy account's overlap can hold many likes; past this many the oldest are forgotten. */
const MAX_RECENT = 5_000;

/** A notification URI and its sort time (ms). */
const Seen = z.tuple([z.string(), z.number()]);
export type Seen = z.infer<typeof Seen>;

const CursorState = z.object({
  v: z.literal(1),
  /** Everything from `newest - OVERLAP_MS` up was read; `recent` holds those URIs. */
  synced: z.object({ newest: z.number(), recent: z.array(Seen) }).nullable(),
  /** A reading pass that needs more batches: the page to read next and where to stop. */
  pass: z.object({ page: z.string(), stopBelow: z.number(), top: z.array(Seen) }).optional(),
});
export type CursorState = z.infer<typeof CursorState>;

const FIRST_SYNC: CursorState = { v: 1, synced: null };

/** The stored cursor, or a first sync when there is none or it is unreadable. */
export function readCursor(cursor: string | null): CursorState {
  if (cursor === null) return FIRST_SYNC;
  try {
    const parsed = CursorState.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : FIRST_SYNC;
  } catch {
    return FIRST_SYNC;
  }
}

export function writeCursor(state: CursorState): string {
  return JSON.stringify(state);
}

/** URIs read near the newest one, trimmed to the overlap below the newest. */
export function recentWindow(entries: Iterable<Seen>): { newest: number; recent: Seen[] } | null {
  const byUri = new Map<string, number>();
  for (const [uri, at] of entries) byUri.set(uri, Math.max(at, byUri.get(uri) ?? at));
  if (byUri.size === 0) return null;
  const newest = Math.max(...byUri.values());
  const recent = [...byUri]
    .filter(([, at]) => at >= newest - OVERLAP_MS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_RECENT);
  return { newest, recent };
}
