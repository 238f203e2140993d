// The owner's own developer apps (client id and secret), one per network, kept in the keychain
// under `app:<network>` like every credential. The database and the renderer never see the secret.
import { z } from 'zod';
import type { Network } from '../../shared/entities';
import { appNetworkOf } from '../../shared/own-app-guides/own-app-networks';
import type { SecretStore } from '../ports';
import type { OwnApp } from './connector';

export const appKeyFor = (network: Network) => `app:${appNetworkOf(network)}`;

const StoredApp = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1).nullable(),
});

export class OwnAppStore {
  constructor(private readonly secrets: SecretStore) {}

  /** The app saved for the network (Instagram: the Meta app saved for Facebook); null when none or damaged. */
  async get(network: Network): Promise<OwnApp | null> {
    const raw = await this.secrets.get(appKeyFor(network));
    if (raw === null) return null;
    try {
      const parsed = StoredApp.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async save(network: Network, app: OwnApp): Promise<void> {
    const clientSecret = app.clientSecret?.trim() || null;
    await this.secrets.set(
      appKeyFor(network),
      JSON.stringify({ clientId: app.clientId.trim(), clientSecret } satisfies OwnApp),
    );
  }

  async remove(network: Network): Promise<void> {
    await this.secrets.delete(appKeyFor(network));
  }
}
