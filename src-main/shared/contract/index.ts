// The one list of IPC channels, merged from one file per domain. Each channel names its input
// and output schema; main and the web bridge parse every input against it. The events
// (events.ts) and the bridge's shape (bridge.ts) live beside it, re-exported here, so the
// preload and the renderer's first screen need none of the request schemas.
import type { z } from 'zod';
import { backupsContract } from './backups';
import { batchContract } from './batch';
import { channelsContract } from './channels';
import { inboxContract } from './inbox';
import { libraryContract } from './library';
import { marketingContract } from './marketing';
import { metricsContract } from './metrics';
import { planContract } from './plan';
import { postFilesContract } from './post-files';
import { postsContract } from './posts';
import { previewsContract } from './previews';
import { publishingContract } from './publishing';
import { queueContract } from './queue';
import { seriesContract } from './series';
import { remindersContract } from './reminders';
import { settingsContract } from './settings';

export const contract = {
  ...postsContract,
  ...seriesContract,
  ...publishingContract,
  ...queueContract,
  ...channelsContract,
  ...inboxContract,
  ...planContract,
  ...metricsContract,
  ...marketingContract,
  ...settingsContract,
  ...backupsContract,
  ...libraryContract,
  ...postFilesContract,
  ...previewsContract,
  ...batchContract,
  ...remindersContract,
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
      typeof seriesContract,
      typeof publishingContract,
      typeof queueContract,
      typeof channelsContract,
      typeof inboxContract,
      typeof planContract,
      typeof metricsContract,
      typeof marketingContract,
      typeof settingsContract,
      typeof backupsContract,
      typeof libraryContract,
      typeof postFilesContract,
      typeof previewsContract,
      typeof batchContract,
      typeof remindersContract,
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

export { CoreEvent } from './events';

export { EVENT_CHANNEL, type CadenceBridge } from './bridge';
