// Data every screen needs: the business profile (its time zone drives every date shown)
// and the channels. Kept fresh by the core's events.
import { create } from 'zustand';
import type { Channel, Profile } from '@shared/entities';
import { call, messageOf, subscribe } from '../lib/api';

interface AppDataState {
  profile: Profile | null;
  channels: Channel[];
  loadError: string | null;
  load(): Promise<void>;
}

export const useAppData = create<AppDataState>((set) => ({
  profile: null,
  channels: [],
  loadError: null,
  async load() {
    try {
      const [profile, channels] = await Promise.all([call('profile.get'), call('channels.list')]);
      set({ profile, channels, loadError: null });
    } catch (error) {
      set({ loadError: messageOf(error) });
    }
  },
}));

/** Starts listening for profile and channel changes; returns the unsubscribe function. */
export function watchAppData(): () => void {
  const { load } = useAppData.getState();
  void load();
  return subscribe((event) => {
    if (event.type === 'profile.changed' || event.type === 'channels.changed') void load();
  });
}

export function channelById(channels: Channel[], id: string): Channel | undefined {
  return channels.find((channel) => channel.id === id);
}
