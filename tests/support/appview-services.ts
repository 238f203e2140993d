// The Bluesky AppView tests need Postgres and Redis, which `npm test` starts by itself
// (tests/tools/test-services-setup.ts). Without them these tests FAIL with a message that says
// why and what to do: a missing service must never turn into a silent skip. Only where the
// services cannot run at all are the tests skipped, with the reason.
import net from 'node:net';
import { beforeEach } from 'vitest';
import { until } from './until';

/** Why the AppView tests cannot run on this platform, or null where they can. */
export const APPVIEW_SKIP_REASON =
  process.platform === 'win32'
    ? 'the Bluesky AppView needs Redis, which has no Windows build: these tests run on Linux and macOS'
    : null;

/** Where npm test writes why it could not start the services, for the failure to say. */
export const SERVICES_START_ERROR = 'CADENCE_TEST_SERVICES_ERROR';

/** Skips each test of the calling file, with the reason, where the AppView cannot run. */
export function skipWhereAppviewCannotRun(): void {
  beforeEach((context) => {
    if (APPVIEW_SKIP_REASON) context.skip(APPVIEW_SKIP_REASON);
  });
}

const HOW_TO =
  '`npm test` starts them itself when `postgresql` and `redis-server` are installed ' +
  '(Debian/Ubuntu: apt-get install postgresql redis-server; macOS: brew install postgresql@17 redis); ' +
  'to use your own, set DB_POSTGRES_URL and REDIS_HOST.';

const APPVIEW_WAIT_MS = 20_000;

/** Waits for the AppView, which indexes from the PDS's firehose a moment after each write. */
export function untilAppView<T>(probe: () => Promise<T | null>): Promise<T> {
  return until(probe, { timeoutMs: APPVIEW_WAIT_MS, failure: 'the AppView did not catch up' });
}

/** Throws a plain explanation unless DB_POSTGRES_URL and REDIS_HOST name services that answer. */
export async function requireAppviewServices(): Promise<void> {
  const postgresUrl = process.env.DB_POSTGRES_URL;
  const redisHost = process.env.REDIS_HOST;
  const missing = [!postgresUrl && 'DB_POSTGRES_URL', !redisHost && 'REDIS_HOST'].filter(Boolean);
  if (missing.length > 0) {
    const startError = process.env[SERVICES_START_ERROR];
    const why = startError ? ` Starting them failed: ${startError}.` : '';
    throw new Error(
      `The Bluesky AppView tests need Postgres and Redis, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set.${why} ${HOW_TO}`,
    );
  }
  const postgres = new URL(postgresUrl!);
  const [redisHostname, redisPort] = redisHost!.split(':');
  await expectListening('Postgres (DB_POSTGRES_URL)', postgres.hostname, Number(postgres.port || 5432));
  await expectListening('Redis (REDIS_HOST)', redisHostname!, Number(redisPort || 6379));
}

function expectListening(name: string, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: 2_000 });
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`The Bluesky AppView tests need ${name} at ${host}:${port}, but ${why}. ${HOW_TO}`));
    };
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('timeout', () => fail('it did not answer'));
    socket.once('error', (error) => fail(`it cannot be reached (${error.message})`));
  });
}
