import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/contract';
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

export interface CoreContext {
  clock: Clock;
  events: CoreEvents;
  profile: ProfileStore;
  channels: ChannelStore;
  posts: PostStore;
  media: MediaStore;
  activity: ActivityStore;
}
