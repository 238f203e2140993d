// The Bluesky AppView tests need Postgres and Redis. Without them these tests FAIL with a
// message that says how to start them: a missing service must never turn into a silent skip.
import net from 'node:net';
import { until } from './until';

const HOW_TO =
  'Start them on loopback with: eval "$(tests/tools/test-services.sh start)" ' +
  '(needs `postgresql` and `redis-server` installed; .ci/run does all of this in CI).';

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
    throw new Error(
      `The Bluesky AppView tests need Postgres and Redis, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. ${HOW_TO}`,
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
