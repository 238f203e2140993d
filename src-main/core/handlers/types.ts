import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/contract';
import type { UndoLog } from '../batch/undo-log';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { ActivityStore } from '../store/activity-store';
import type { ChannelStore } from '../store/channel-store';
import type { MediaStore } from '../store/media-store';
import type { PostStore } from '../store/post-store';
import type { ProfileStore } from '../store/profile-store';

/** A handler receives input already parsed by the contract, so it never sees untrusted data. */
export type Handler<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** One domain's share of the contract, merged with the others in create-core. */
export type HandlerMap<C extends ChannelName> = { [K in C]: Handler<K> };

/** A handler for every channel of one file of shared/contract/, say `typeof postsContract`. */
export type ContractHandlers<DomainContract> = HandlerMap<keyof DomainContract & ChannelName>;

/** One domain of the core: its channels' handlers, and the work it runs in the background. */
export interface DomainModule<DomainContract> {
  handlers: ContractHandlers<DomainContract>;
  /** Starts the background work (timers, watchers); once, after every domain's handlers exist. */
  start(): void;
  /** Stops that work and waits for what is in flight, before the database closes. */
  stop(): Promise<void>;
  /** Resolves when nothing the domain started is in flight. */
  whenIdle(): Promise<void>;
}

/** The rest of a DomainModule, for a domain that only answers requests. */
export const NO_BACKGROUND_WORK = {
  start: () => {},
  stop: async () => {},
  whenIdle: async () => {},
};

export interface CoreContext {
  clock: Clock;
  events: CoreEvents;
  profile: ProfileStore;
  channels: ChannelStore;
  posts: PostStore;
  media: MediaStore;
  activity: ActivityStore;
  /** What a delete, a reschedule or a bulk action changed, for Undo (core/batch/undo-log.ts). */
  undo: UndoLog;
}
