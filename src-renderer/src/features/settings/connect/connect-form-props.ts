import type { Channel } from '@shared/entities';

/** What every network's connect form is given. */
export interface ConnectFormProps {
  /** The channel being reconnected; absent when connecting a new account. */
  channel?: Channel;
  onConnected(channel: Channel): void;
}
