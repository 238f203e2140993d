// The unified inbox and saved replies.
import { z } from 'zod';
import { Id, LIMITS, Post } from '../entities';
import {
  INBOX_LIMITS,
  InboxCounts,
  InboxItem,
  InboxLabel,
  InboxList,
  InboxListInput,
  InboxSourceInfo,
  InboxStatus,
  InboxThread,
  ResponseTimes,
  SavedReply,
  SavedReplyBody,
  SavedReplyTitle,
} from '../inbox';
import { ById, Deleted, NoInput, Text } from './common';

export const inboxContract = {
  /** The unified inbox, newest first; filters combine. */
  'inbox.list': { input: InboxListInput, output: InboxList },
  /** An item with our original post and the conversation Cadence knows. */
  'inbox.get': { input: ById, output: InboxThread },
  /** new = unread, read = seen or "undone", done = handled. */
  'inbox.setStatus': {
    input: z.object({ ids: z.array(Id).min(1).max(INBOX_LIMITS.bulk), status: InboxStatus }).strict(),
    output: z.object({ updated: z.number().int().nonnegative() }),
  },
  'inbox.setLabels': {
    input: z
      .object({
        ids: z.array(Id).min(1).max(INBOX_LIMITS.bulk),
        add: z.array(InboxLabel).max(INBOX_LIMITS.labels).default([]),
        remove: z.array(InboxLabel).max(INBOX_LIMITS.labels).default([]),
      })
      .strict(),
    output: z.object({ updated: z.number().int().nonnegative() }),
  },
  /** Queues a reply in the outbox (sent at once when online, exactly once, with the usual retries). */
  'inbox.reply': {
    input: z
      .object({
        id: Id,
        text: Text(LIMITS.body).trim().min(1, 'input.replyText'),
        channelId: Id.optional(),
      })
      .strict(),
    output: z.object({ item: InboxItem, post: Post }),
  },
  /** Syncs every channel with an inbox now; resolves when the sync is done. */
  'inbox.refresh': { input: NoInput, output: z.array(InboxSourceInfo) },
  'inbox.counts': { input: NoInput, output: InboxCounts },
  /** Every channel: whether it has an inbox, and how its sync is doing. */
  'inbox.sources': { input: NoInput, output: z.array(InboxSourceInfo) },
  /** Weekly median time to first reply and items past the reply target, in the business time zone. */
  'inbox.responseTimes': {
    input: z
      .object({
        weeks: z.number().int().min(1).max(INBOX_LIMITS.weeks),
        /** Defaults to the current stage's reply target (24 h unless the plan says otherwise). */
        targetHours: z
          .number()
          .positive()
          .max(24 * 14)
          .optional(),
      })
      .strict(),
    output: ResponseTimes,
  },
  'savedReplies.list': { input: NoInput, output: z.array(SavedReply) },
  'savedReplies.create': {
    input: z.object({ title: SavedReplyTitle, body: SavedReplyBody }).strict(),
    output: SavedReply,
  },
  'savedReplies.update': {
    input: z.object({ id: Id, title: SavedReplyTitle.optional(), body: SavedReplyBody.optional() }).strict(),
    output: SavedReply,
  },
  'savedReplies.delete': { input: ById, output: Deleted },
} as const;
