// The core's events, apart from the request schemas: the web bridge parses every event it is
// sent, and this keeps the request schemas of every domain off the renderer's first screen.
import { z } from 'zod';
import { APP_COMMANDS } from '../app-commands';
import { Id } from '../entities';

/** Pushed from the core to every window. Small: the renderer re-reads what it shows. */
export const CoreEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('post.changed'), postId: Id }),
  z.object({ type: z.literal('post.deleted'), postId: Id }),
  z.object({ type: z.literal('channels.changed') }),
  z.object({ type: z.literal('profile.changed') }),
  /** A tick, a stage change or anything else the plan is checked from changed: re-read plan.get. */
  z.object({ type: z.literal('plan.changed') }),
  z.object({ type: z.literal('brandKit.changed') }),
  /** The queue, its next due time or the online state changed: re-read outbox.status. */
  z.object({ type: z.literal('outbox.changed') }),
  /** Saving started or stopped working: re-read storage.status. */
  z.object({ type: z.literal('storage.changed') }),
  /** Items arrived or changed, a reply went out, or a channel's sync state changed: re-read the inbox. */
  z.object({ type: z.literal('inbox.changed') }),
  /** A metrics snapshot was taken: re-read the Insights numbers. */
  z.object({ type: z.literal('metrics.changed') }),
  /** The owner's preferences changed: re-read settings.get (the desktop applies theme and login item). */
  z.object({ type: z.literal('settings.changed') }),
  /** Sent by the desktop app, never the core: the owner chose a menu command. */
  z.object({ type: z.literal('app.command'), command: z.enum(APP_COMMANDS) }),
  /**
   * Sent by web mode's bridge, never the core: the event stream is back after a drop, and what
   * changed meanwhile was not told: every watch reads again.
   */
  z.object({ type: z.literal('events.resumed') }),
]);
export type CoreEvent = z.infer<typeof CoreEvent>;
