// The one list of IPC channels, merged from one file per domain. Each channel names its input
// and output schema; main and the web bridge parse every input against it, and the preload
// refuses names not listed here. Events and the bridge's shape are defined here too, so this
// file is the one place main, preload and renderer take channel names from.
import { z } from 'zod';
import { APP_COMMANDS } from '../app-commands';
import { Id } from '../entities';
import { backupsContract } from './backups';
import { channelsContract } from './channels';
import { inboxContract } from './inbox';
import { marketingContract } from './marketing';
import { metricsContract } from './metrics';
import { planContract } from './plan';
import { postsContract } from './posts';
import { publishingContract } from './publishing';
import { settingsContract } from './settings';

export const contract = {
  ...postsContract,
  ...publishingContract,
  ...channelsContract,
  ...inboxContract,
  ...planContract,
  ...metricsContract,
  ...marketingContract,
  ...settingsContract,
  ...backupsContract,
} as const;

/**
 * A name listed by two domains would silently keep only the later definition; instead this type
 * becomes that name, and EachNameInOneDomain stops compiling.
 */
type SharedName<Domains extends object[], Seen = never> = Domains extends [
  infer First,
  ...infer Rest extends object[],
]
  ? [keyof First & Seen] extends [never]
    ? SharedName<Rest, Seen | keyof First>
    : keyof First & Seen
  : true;
type IsTrue<T extends true> = T;
export type EachNameInOneDomain = IsTrue<
  SharedName<
    [
      typeof postsContract,
      typeof publishingContract,
      typeof channelsContract,
      typeof inboxContract,
      typeof planContract,
      typeof metricsContract,
      typeof marketingContract,
      typeof settingsContract,
      typeof backupsContract,
    ]
  >
>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

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
]);
export type CoreEvent = z.infer<typeof CoreEvent>;

export { EVENT_CHANNEL, type CadenceBridge } from './bridge';
