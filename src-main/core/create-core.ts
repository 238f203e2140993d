// Builds the whole app behaviour from its outside world. Electron main, `npm run web` and
// the tests all call this, so they run the same code. It goes in phases: the stores over the
// database, then the services that work with them, then each domain's handlers; then the
// domains start. A start that fails in any of them closes the database and frees the folder.
import type { RestartCore } from './backups/database-swap';
import { openWhileLocked } from './db/data-folder-lock';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { createDispatch, type Dispatch } from './dispatch';
import type { CoreEventListener } from './events';
import { guardStorage } from './handlers/storage-guard';
import type { DomainModule, Handlers } from './handlers/types';
import type { WakeReason } from './outbox/outbox';
import type { CoreOptions } from './startup/core-options';
import { buildDomains } from './startup/domains';
import { restartableCore } from './startup/restartable-core';
import { buildServices, type Services } from './startup/services';
import { openStores, type Stores } from './startup/stores';

export type { CoreOptions };

export interface Core {
  invoke: Dispatch;
  subscribe(listener: CoreEventListener): () => void;
  /** Absolute path of a stored media file, for the media protocol and web mode. */
  mediaPath(sha256: string): string;
  readonly database: OpenedDatabase;
  /** Wakes the publishing timer: the system resumed from sleep, for example. */
  wake(reason: WakeReason): void;
  /** Resolves when the publishing timer has nothing in flight (for tests and shutdown). */
  whenIdle(): Promise<void>;
  /** Posts being sent right now; a restart to update waits until there are none. */
  sendsInFlight(): number;
  /** Stops the timer, lets an in-flight send record its result, then closes the database. */
  close(): Promise<void>;
}

export function createCore(options: CoreOptions): Core {
  // A restore or an import starts the core again on another database, behind this same object.
  return restartableCore((restart) => startCore(options, restart));
}

function startCore(options: CoreOptions, restart: RestartCore): Core {
  // Taken before the start-up copy and the migrations: a second process must touch nothing.
  const database = openWhileLocked(options.dataDir, () =>
    openDatabase({ dataDir: options.dataDir, migrationsFolder: options.migrationsFolder }),
  );
  let stores: Stores | undefined;
  const started: DomainModule<unknown>[] = [];
  try {
    stores = openStores(database, options);
    const services = buildServices(stores, options);
    const domains = buildDomains(stores, services, options, restart);
    // Every channel of the contract needs a handler: one missing here does not compile.
    const handlers: Handlers = {
      ...domains.posts.handlers,
      ...domains.queue.handlers,
      ...domains.series.handlers,
      ...domains.plan.handlers,
      ...domains.marketing.handlers,
      ...domains.settings.handlers,
      ...domains.channels.handlers,
      ...domains.inbox.handlers,
      ...domains.metrics.handlers,
      ...domains.backups.handlers,
      ...domains.library.handlers,
      ...domains.postFiles.handlers,
      ...domains.previews.handlers,
      ...domains.batch.handlers,
      ...domains.reminders.handlers,
      ...domains.publishing.handlers,
    };
    database.markStartSucceeded();
    // A disk that is already full or read-only shows at once, and the outbox waits for it.
    stores.storage.probe();
    for (const domain of Object.values(domains)) {
      started.push(domain);
      domain.start();
    }
    return openCore(database, stores, services, Object.values(domains), handlers);
  } catch (error) {
    // Nothing may keep the folder: the owner's next start, or another process, must find it free.
    void Promise.allSettled(started.map((domain) => domain.stop()));
    stores?.storage.stop();
    database.close();
    throw error;
  }
}

/** The running core: requests through the dispatch, and the domains' background work. */
function openCore(
  database: OpenedDatabase,
  stores: Stores,
  services: Services,
  domains: DomainModule<unknown>[],
  handlers: Handlers,
): Core {
  const { ctx, events, storage } = stores;
  const { outbox } = services;
  return {
    invoke: createDispatch(guardStorage(handlers, storage), stores.redactor.redact),
    subscribe: (listener) => events.subscribe(listener),
    mediaPath: (sha256) => ctx.media.pathFor(sha256),
    database,
    wake: (reason) => {
      outbox.wake(reason);
      if (reason === 'resume') {
        services.inboxSync.wake('resume');
        services.renewal.wake();
      }
    },
    whenIdle: async () => {
      await Promise.all(domains.map((domain) => domain.whenIdle()));
      // Once more for the outbox, which is what "idle" promises above all (nothing left to send):
      // waiting on every domain at once can see it idle before another domain's work wakes it (a
      // sign-in that ends sends the posts that waited for that channel).
      await outbox.whenIdle();
    },
    sendsInFlight: () => outbox.sendsInFlight(),
    close: async () => {
      await Promise.all(domains.map((domain) => domain.stop()));
      storage.stop();
      database.close();
    },
  };
}
