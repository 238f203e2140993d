// A copy of what the owner typed, written to localStorage synchronously on every change, so
// text survives a crash or a closed window between a keystroke and the core confirming the save.
import { z } from 'zod';
import type { Post } from '@shared/entities';

export interface DraftContent {
  body: string;
  channelIds: string[];
  /** Alt text by media id. */
  altTexts: Record<string, string>;
  /** Text written for one channel instead of the main text, by channel id. */
  variants: Record<string, string>;
}

export const EMPTY_CONTENT: DraftContent = { body: '', channelIds: [], altTexts: {}, variants: {} };

const JournalEntry = z.object({
  postId: z.string().nullable(),
  body: z.string(),
  channelIds: z.array(z.string()),
  altTexts: z.record(z.string(), z.string()),
  // Journals written before per-channel text existed have none.
  variants: z.record(z.string(), z.string()).default({}),
  /** When the owner last changed anything, by this device's clock. */
  editedAt: z.number(),
  /** The stored post's updatedAt the edits started from; null for a post not created yet. */
  baseUpdatedAt: z.number().nullable(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

const PREFIX = 'cadence.draft-journal.';
const keyFor = (postId: string | null) => `${PREFIX}${postId ?? 'new'}`;

export function writeJournal(entry: JournalEntry): void {
  try {
    localStorage.setItem(keyFor(entry.postId), JSON.stringify(entry));
  } catch {
    // Storage full or disabled: the debounced save to the core still runs.
  }
}

export function readJournal(postId: string | null): JournalEntry | null {
  try {
    const raw = localStorage.getItem(keyFor(postId));
    if (raw === null) return null;
    const parsed = JournalEntry.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.postId === postId ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearJournal(postId: string | null): void {
  try {
    localStorage.removeItem(keyFor(postId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

export function contentOf(post: Post): DraftContent {
  return {
    body: post.body,
    channelIds: post.targets.map((target) => target.channelId),
    altTexts: Object.fromEntries(post.media.map((item) => [item.id, item.altText])),
    variants: Object.fromEntries(
      post.targets.flatMap((target) =>
        target.bodyOverride === null ? [] : [[target.channelId, target.bodyOverride]],
      ),
    ),
  };
}

export function sameContent(a: DraftContent, b: DraftContent): boolean {
  if (a.body !== b.body) return false;
  const channelsA = [...a.channelIds].sort();
  const channelsB = [...b.channelIds].sort();
  if (channelsA.length !== channelsB.length || channelsA.some((id, i) => id !== channelsB[i])) return false;
  return sameRecord(a.altTexts, b.altTexts) && sameRecord(a.variants, b.variants);
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function isBlank(content: DraftContent): boolean {
  return content.body.trim() === '' && content.channelIds.length === 0;
}

/**
 * The content to bring back when the composer opens, or null when the store already has it.
 * A journal wins when it holds something different and either started from the stored
 * version or was edited after it: then the core never confirmed those keystrokes.
 */
export function recoverableContent(post: Post | null, entry: JournalEntry | null): DraftContent | null {
  if (!entry) return null;
  if (!post) return isBlank(entry) ? null : pick(entry);
  const stored = contentOf(post);
  const journaled: DraftContent = {
    body: entry.body,
    channelIds: entry.channelIds,
    // Images removed since cannot take alt text; images added since keep theirs.
    altTexts: { ...stored.altTexts, ...only(entry.altTexts, Object.keys(stored.altTexts)) },
    variants: entry.variants,
  };
  if (sameContent(stored, journaled)) return null;
  const fromThisVersion = entry.baseUpdatedAt !== null && entry.baseUpdatedAt >= post.updatedAt;
  return fromThisVersion || entry.editedAt > post.updatedAt ? journaled : null;
}

function pick(entry: JournalEntry): DraftContent {
  return { body: entry.body, channelIds: entry.channelIds, altTexts: {}, variants: entry.variants };
}

function only(record: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)));
}
