// Vitest globalSetup of the AppView tests: `npm test` starts the Postgres and Redis they need
// by itself (tests/tools/test-services.sh, on 127.0.0.1), points the tests at them through
// DB_POSTGRES_URL and REDIS_HOST, and at the end stops only what it started, so services that
// were already running (by hand, or for another run) stay up.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { APPVIEW_SKIP_REASON, SERVICES_START_ERROR } from '../support/appview-services';

const SCRIPT = join(import.meta.dirname, 'test-services.sh');

type Env = Record<string, string | undefined>;

/**
 * Starts (or reuses) the services with the script's settings in `env` and writes the exports
 * into `env`; returns the teardown that stops the ones this call started. When they cannot be
 * started, `env` says why instead: the AppView tests then fail with that, and nothing else does.
 */
export function startTestServices(env: Env = process.env): (() => void) | undefined {
  if (APPVIEW_SKIP_REASON) return undefined;
  // The caller's own services (set by hand or by `eval "$(test-services.sh start)"`).
  if (env.DB_POSTGRES_URL && env.REDIS_HOST) return undefined;
  const run = spawnSync('bash', [SCRIPT, 'start'], { env, encoding: 'utf8' });
  if (run.status !== 0) {
    const why = lastWord(run.stderr) || run.error?.message || `exit ${run.status}`;
    env[SERVICES_START_ERROR] = why;
    console.warn(`[test-services] Postgres and Redis for the AppView tests did not start: ${why}`);
    return undefined;
  }
  for (const [, name, value] of run.stdout.matchAll(/^export (\w+)=(.*)$/gm)) env[name!] = value;
  const started = /^# started: (.*)$/m.exec(run.stdout)?.[1]?.split(' ').filter(Boolean) ?? [];
  if (started.length === 0) return undefined;
  return () => {
    spawnSync('bash', [SCRIPT, 'stop', ...started], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  };
}

/** The script's last log line says why it stopped ("port 54329 is taken; set …"). */
function lastWord(stderr: string | null): string | undefined {
  return stderr
    ?.trim()
    .split('\n')
    .at(-1)
    ?.replace(/^\[test-services\] /, '');
}

export default function setup(): (() => void) | undefined {
  return startTestServices(process.env);
}
