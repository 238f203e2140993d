// The outbox: sending now, what is queued, and the owner's answer to an outcome Cadence cannot know.
import { z } from 'zod';
import { OutboxStatus } from '../app-settings';
import { Id, Post } from '../entities';
import { Preflight } from '../preflight';
import { ById, NoInput } from './common';

/** How far ahead "Will it go out?" looks, in hours (a day by default). */
const PreflightWindow = z.object({ hours: z.number().int().min(1).max(72).default(24) }).strict();

export const publishingContract = {
  'posts.publishNow': { input: ById, output: Post },
  'outbox.status': { input: NoInput, output: OutboxStatus },
  /** For an outcome only the owner can confirm (Telegram, Discord): it went out, or send it again. */
  'outbox.resolve': {
    input: z.object({ targetId: Id, resolution: z.enum(['published', 'send-again']) }).strict(),
    output: Post,
  },
  /** "Will it go out?": the posts due in the next hours, and which need Cadence running. */
  'outbox.preflight': { input: PreflightWindow, output: Preflight },
  /**
   * Hands every post in the window that can go to a network's own scheduler now; `automatic`: only
   * on channels set to hand off as the laptop goes to sleep. The answer after.
   */
  'outbox.handOffNow': {
    input: PreflightWindow.extend({ automatic: z.boolean().default(false) }),
    output: Preflight,
  },
} as const;
