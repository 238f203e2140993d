// The outbox: sending now, what is queued, and the owner's answer to an outcome Cadence cannot know.
import { z } from 'zod';
import { OutboxStatus } from '../app-settings';
import { Id, Post } from '../entities';
import { ById, NoInput } from './common';

export const publishingContract = {
  'posts.publishNow': { input: ById, output: Post },
  'outbox.status': { input: NoInput, output: OutboxStatus },
  /** For an outcome only the owner can confirm (Telegram, Discord): it went out, or send it again. */
  'outbox.resolve': {
    input: z.object({ targetId: Id, resolution: z.enum(['published', 'send-again']) }).strict(),
    output: Post,
  },
} as const;
