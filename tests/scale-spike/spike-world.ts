// Everything the spike runs on, all on 127.0.0.1: a throwaway Postgres with one workspace (the
// Corner Bakery: Maya owns it, Sam writes for it), the sync service stand-in, the workspace
// backend, the fake webhook receiver that counts posts, and two devices: Maya's laptop and Sam's.
import pg from 'pg';
import { ManualClock } from '../../src-main/core/clock';
import { startWebhookReceiverFake, type WebhookReceiverFake } from '../fakes/webhook-receiver-fake';
import { Device } from './device';
import type { Identity } from './loopback-http';
import { startPostgres, type SpikePostgres } from './postgres';
import { startSyncService, type SyncService } from './sync-service-standin';
import { startWorkspaceBackend, type WorkspaceBackend } from './workspace-backend';
import { addWorkspace, createWorkspaceSchema } from './workspace-schema';

export const WORKSPACE = 'ws-corner-bakery';
export const SHOP_SITE = 'ch-shop-site';
/** Longer than a request may take (REQUEST_TIMEOUT_MS), short so step 5's expiry comes quickly. */
export const LEASE_TTL_MS = 3_000;
export const REQUEST_TIMEOUT_MS = 1_500;
const SIGNING_SECRET = 'corner-bakery-signing-secret-0123';

const TOKENS: Record<string, Identity> = {
  'token-maya-laptop': { userId: 'maya', device: 'maya-laptop' },
  'token-sam-laptop': { userId: 'sam', device: 'sam-laptop' },
};

export interface SpikeWorld {
  clock: ManualClock;
  pool: pg.Pool;
  sync: SyncService;
  backend: WorkspaceBackend;
  hook: WebhookReceiverFake;
  maya: Device;
  sam: Device;
  /** Webhook requests that carried a post (not the test event sent on connect). */
  postsReceived(): number;
  /** Posts the receiver stored: a resend with the same Idempotency-Key stores nothing new. */
  postsDelivered(): number;
  stop(): Promise<void>;
}

export async function startSpikeWorld(): Promise<SpikeWorld> {
  const stops: Array<() => unknown> = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step();
  };
  try {
    const postgres: SpikePostgres = await startPostgres();
    stops.push(() => postgres.stop());
    const pool = new pg.Pool({ connectionString: postgres.url, max: 8 });
    stops.push(() => pool.end());
    await createWorkspaceSchema(pool);
    await addWorkspace(pool, WORKSPACE, 'Corner Bakery', [
      { userId: 'maya', role: 'owner' },
      { userId: 'sam', role: 'writer' },
    ]);
    const identities = new Map(Object.entries(TOKENS));
    const sync = await startSyncService(pool, postgres.url, identities);
    stops.push(() => sync.close());
    const backend = await startWorkspaceBackend(pool, identities);
    stops.push(() => backend.close());
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const hook = await startWebhookReceiverFake({ secret: SIGNING_SECRET, now: () => clock.now() });
    stops.push(() => hook.close());

    const device = async (name: string, token: string) => {
      const started = await Device.start({
        name,
        token,
        workspaceId: WORKSPACE,
        clock,
        syncUrl: sync.url,
        backendUrl: backend.url,
        leaseTtlMs: LEASE_TTL_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
      });
      stops.push(() => started.close());
      await started.connectWebhook(SHOP_SITE, hook.url, SIGNING_SECRET);
      await started.goOnline();
      return started;
    };
    const maya = await device('maya-laptop', 'token-maya-laptop');
    const sam = await device('sam-laptop', 'token-sam-laptop');
    return {
      clock,
      pool,
      sync,
      backend,
      hook,
      maya,
      sam,
      postsReceived: () =>
        hook.requests.filter((request) => request.headers['x-cadence-event'] === 'post').length,
      postsDelivered: () =>
        hook.deliveries.filter((delivery) => (delivery.body as { type?: string }).type !== 'cadence.test')
          .length,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
