// Data every screen needs: the business profile (its time zone drives every date shown)
// and the channels. Kept fresh by the core's events.
import { create } from 'zustand';
import type { Channel, Profile } from '@shared/entities';
import { call } from '../lib/api';
import { sharedWatch } from '../lib/core-query';

interface AppDataState {
  profile: Profile | null;
  channels: Channel[];
  loadError: string | null;
  load(): Promise<void>;
}

const appData = sharedWatch(
  () => Promise.all([call('profile.get'), call('channels.list')]),
  (answer) =>
    useAppDataStore.setState(
      answer.ok
        ? { profile: answer.value[0], channels: answer.value[1], loadError: null }
        : { loadError: answer.message },
    ),
  { refreshOn: ['profile.changed', 'channels.changed'] },
);

export const useAppDataStore = create<AppDataState>(() => ({
  profile: null,
  channels: [],
  loadError: null,
  load: appData.reload,
}));

/** Starts reading the profile and channels, and again when either changes; returns the stop function. */
export const watchAppData = appData.start;

export function channelById(channels: Channel[], id: string): Channel | undefined {
  return channels.find((channel) => channel.id === id);
}
