// Which networks Cadence signs in to with the owner's own developer app, and the guide Settings
// shows for each. Shared, so the connect screen and the core agree on the redirect address.
import type { Network } from '../entities';
import { linkedInGuide } from './linkedin';
import { metaGuide } from './meta';
import type { OwnAppGuide } from './own-app-guide';
import { threadsGuide } from './threads';
import { xGuide } from './x';

export const OWN_APP_GUIDES: Partial<Record<Network, OwnAppGuide>> = {
  x: xGuide,
  facebook: metaGuide,
  threads: threadsGuide,
  linkedin: linkedInGuide,
};

/**
 * The network whose app signs a channel in: one Meta app signs in to Facebook Pages and the
 * Instagram accounts linked to them, so an Instagram channel uses the app saved for Facebook.
 */
export function appNetworkOf(network: Network): Network {
  return network === 'instagram' ? 'facebook' : network;
}
