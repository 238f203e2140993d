// npm test starts the Postgres and Redis the AppView tests need, reuses ones already running,
// stops only what it started, and says why when they cannot start. Runs its own pair on free
// ports in a folder of its own, so the services of the run around it are never touched.
import { spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  requireAppviewServices,
  SERVICES_START_ERROR,
  skipWhereAppviewCannotRun,
} from '../support/appview-services';
import { freePort } from '../support/free-port';
import { tempDir, type TempDir } from '../support/temp-dir';
import { startTestServices } from './test-services-setup';

type Env = Record<string, string | undefined>;

let folder: TempDir;
let settings: Env;
const teardowns: Array<() => void> = [];

skipWhereAppviewCannotRun();

beforeEach(async () => {
  folder = tempDir('cadence-services-');
  const { DB_POSTGRES_URL: _postgres, REDIS_HOST: _redis, ...rest } = process.env;
  settings = {
    ...rest,
    CADENCE_TEST_SERVICES_DIR: folder.dir,
    CADENCE_TEST_PG_PORT: String(await freePort()),
    CADENCE_TEST_REDIS_PORT: String(await freePort()),
  };
});

afterEach(() => {
  for (const teardown of teardowns.splice(0).reverse()) teardown();
  folder.cleanup();
  vi.unstubAllEnvs();
});

function start(env: Env): Env {
  const teardown = startTestServices(env);
  if (teardown) teardowns.push(teardown);
  return env;
}

/** What a Redis or a Postgres server says to a first line, or null when nothing listens. */
function answer(hostPort: string, line: string | Buffer): Promise<string | null> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = connect({ host: host!, port: Number(port) });
    socket.once('connect', () => socket.write(line));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString('latin1'));
    });
    socket.once('error', () => resolve(null));
  });
}

const redisPing = (env: Env) => answer(env.REDIS_HOST!, 'PING\r\n');
/** An SSLRequest: Postgres answers it with one byte, N or S. */
const postgresHello = (env: Env) =>
  answer(new URL(env.DB_POSTGRES_URL!).host, Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]));

describe('the services npm test starts for the AppView tests', () => {
  it('starts Postgres and Redis on loopback and points the tests at them', async () => {
    const env = start({ ...settings });
    expect(env.DB_POSTGRES_URL).toBe(
      `postgresql://cadence_test@127.0.0.1:${settings.CADENCE_TEST_PG_PORT}/cadence_test`,
    );
    expect(env.REDIS_HOST).toBe(`127.0.0.1:${settings.CADENCE_TEST_REDIS_PORT}`);
    expect(await redisPing(env)).toBe('+PONG\r\n');
    expect(await postgresHello(env)).toMatch(/^[NS]$/);
  });

  it('leaves services that were already running to whoever started them', async () => {
    const first = start({ ...settings });
    const second = { ...settings };
    const reuse = startTestServices(second);
    expect(reuse).toBeUndefined();
    expect(second.DB_POSTGRES_URL).toBe(first.DB_POSTGRES_URL);

    teardowns.pop()!();
    expect(await redisPing(first)).toBeNull();
    expect(await postgresHello(first)).toBeNull();
  });

  it('uses the services DB_POSTGRES_URL and REDIS_HOST name, starting none', () => {
    const env = {
      ...settings,
      DB_POSTGRES_URL: 'postgresql://me@127.0.0.1:5432/mine',
      REDIS_HOST: '127.0.0.1:6379',
    };
    expect(startTestServices(env)).toBeUndefined();
    expect(env.DB_POSTGRES_URL).toBe('postgresql://me@127.0.0.1:5432/mine');
  });

  it('says why when they cannot start, and the AppView tests then fail with it', async () => {
    // Another program on the Redis port.
    const other = createServer().listen(Number(settings.CADENCE_TEST_REDIS_PORT), '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const env = start({ ...settings });
      expect(env.DB_POSTGRES_URL).toBeUndefined();
      const why = `port ${settings.CADENCE_TEST_REDIS_PORT} is taken; set CADENCE_TEST_REDIS_PORT to a free port`;
      expect(env[SERVICES_START_ERROR]).toContain(why);

      vi.stubEnv('DB_POSTGRES_URL', undefined);
      vi.stubEnv('REDIS_HOST', undefined);
      vi.stubEnv(SERVICES_START_ERROR, env[SERVICES_START_ERROR]);
      await expect(requireAppviewServices()).rejects.toThrow(
        `Starting them failed: ${env[SERVICES_START_ERROR]}`,
      );
    } finally {
      other.close();
      // Postgres did start before Redis failed; nothing else stops it.
      spawnSync('bash', [join(import.meta.dirname, 'test-services.sh'), 'stop'], { env: settings });
    }
  });
});
