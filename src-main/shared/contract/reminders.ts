// "Remind me" channels (issue 11 §3): the reminders waiting for the owner, and what they answer.
import { z } from 'zod';
import { HttpsUrl, Id, Instant, Post } from '../entities';
import { NoInput } from './common';

/** An image of a reminded post, to drag into the network's composer. */
export const ReminderImage = z.object({
  mediaId: Id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  mimeType: z.string(),
  altText: z.string(),
});
export type ReminderImage = z.infer<typeof ReminderImage>;

/** One post waiting to be posted by hand: what the "Post it now" panel shows. */
export const DueReminder = z.object({
  targetId: Id,
  postId: Id,
  channelName: z.string(),
  /** "TikTok": the network as the buttons name it ("Open TikTok"). */
  networkName: z.string(),
  composerUrl: z.string(),
  /** The channel's text variant, campaign links tagged: exactly what to paste. */
  text: z.string(),
  scheduledAt: Instant.nullable(),
  /** When it is held as missed unless the owner says it was posted. */
  deadline: Instant.nullable(),
  images: z.array(ReminderImage),
});
export type DueReminder = z.infer<typeof DueReminder>;

/** A snoozed reminder: its post, and when it reminds the owner again (what the panel says). */
export const SnoozedReminder = z.object({ post: Post, remindsAgainAt: Instant });
export type SnoozedReminder = z.infer<typeof SnoozedReminder>;

const ByTarget = z.object({ targetId: Id }).strict();

export const remindersContract = {
  'reminders.list': { input: NoInput, output: z.array(DueReminder) },
  /** "I posted it": published, with the live post's address when the owner gives one. */
  'reminders.posted': {
    input: z.object({ targetId: Id, liveUrl: HttpsUrl.optional() }).strict(),
    output: Post,
  },
  /** Reminds again in exactly 15 minutes. */
  'reminders.snooze': { input: ByTarget, output: SnoozedReminder },
  /** Shows the post's images as files in the system's file manager (desktop only). */
  'reminders.showInFolder': { input: ByTarget, output: z.null() },
  /** Starts dragging one image as a file, for the browser's upload field (desktop only). */
  'reminders.startDrag': { input: z.object({ targetId: Id, mediaId: Id }).strict(), output: z.null() },
} as const;
