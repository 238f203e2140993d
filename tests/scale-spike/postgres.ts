// A throwaway Postgres cluster for the spike: Debian's server binaries, a fresh data folder,
// listening on 127.0.0.1 only, removed when stopped. It stands for the workspace's hosted
// Postgres (docs/scale.md): the source database the sync service reads and the backend writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { tempDir } from '../support/temp-dir';

const HOST = '127.0.0.1';

export interface SpikePostgres {
  url: string;
  stop(): void;
}

/** The newest installed server's bin folder (/usr/lib/postgresql/<version>/bin). */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length > 0 ? join(root, versions.at(-1)!, 'bin') : '';
  if (!bin || !existsSync(join(bin, 'pg_ctl'))) {
    throw new Error('Postgres is not installed (no pg_ctl). On Debian/Ubuntu: apt-get install postgresql');
  }
  return bin;
}

/** Postgres refuses to run as root, so as root (CI) it runs as the postgres user. */
function asServerUser(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed: ${result.stderr || result.stdout || `exit ${result.status}`}`);
  }
}

export async function startPostgres(): Promise<SpikePostgres> {
  const bin = serverBin();
  const folder = tempDir('cadence-scale-pg-');
  const data = join(folder.dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(folder.dir, uid, gid);
  }
  asServerUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  const port = await freePort();
  // Test data only: no fsync. The socket goes in the data folder, not /var/run.
  const settings = `-c listen_addresses=${HOST} -p ${port} -k ${data} -c fsync=off -c synchronous_commit=off`;
  asServerUser(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(data, 'server.log'),
    '-w',
    '-t',
    '30',
    'start',
    '-o',
    settings,
  ]);
  return {
    url: `postgresql://postgres@${HOST}:${port}/postgres`,
    stop() {
      try {
        asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        folder.cleanup();
      }
    },
  };
}
