// Starts a real local Bluesky network for the tests: a PLC directory and a PDS, and with
// --appview the Bluesky AppView too. It runs under plain Node as a child process of the test
// runner, because its packages (and their native modules) are built for plain Node, while the
// test process may be Electron running as Node.
//
// Protocol: when ready it prints ONE JSON line to stdout, {"pdsUrl","plcUrl","appviewUrl"?},
// then stays up until stdin closes or it gets SIGTERM/SIGINT. Everything else goes to stderr.
//
// Options: --rate-limits  the PDS enforces its real rate limits (429 with ratelimit-* headers)
//          --appview      the full network with the AppView; needs DB_POSTGRES_URL and REDIS_HOST
// Service logs: LOG_ENABLED=true LOG_DESTINATION=/path/to/file (LOG_LEVEL=debug for more).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOOPBACK = '127.0.0.1';
const args = new Set(process.argv.slice(2));
const known = new Set(['--rate-limits', '--appview']);
const unknown = [...args].filter((arg) => !known.has(arg));
if (unknown.length > 0) fail(`unknown option(s): ${unknown.join(' ')} (known: ${[...known].join(' ')})`, 2);
const rateLimits = args.has('--rate-limits');
const appview = args.has('--appview');

if (appview) {
  const missing = ['DB_POSTGRES_URL', 'REDIS_HOST'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    fail(
      `--appview needs Postgres and Redis: set ${missing.join(' and ')} ` +
        '(e.g. DB_POSTGRES_URL=postgresql://user:pass@127.0.0.1:5432/db REDIS_HOST=127.0.0.1:6379).',
      2,
    );
  }
}

// stdout carries only the ready line. The atproto services log through pino, which writes to
// stdout unless LOG_DESTINATION names a file, so their logs are on only with LOG_ENABLED=true
// and a LOG_DESTINATION file; a few dependencies use console, which goes to stderr.
if (!process.env.LOG_DESTINATION) process.env.LOG_ENABLED = 'false';
console.log = console.info = console.debug = console.error;

// The services call listen(port) without a host, which binds every interface. Tests must stay
// on loopback, so a listen without a host is bound to 127.0.0.1.
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...listenArgs) {
  const [first, second] = listenArgs;
  if (typeof first === 'number' && (listenArgs.length === 1 || typeof second === 'function')) {
    listenArgs.splice(1, 0, LOOPBACK);
  } else if (first && typeof first === 'object' && first.host === undefined && first.path === undefined) {
    listenArgs[0] = { ...first, host: LOOPBACK };
  }
  return originalListen.apply(this, listenArgs);
};

// dev-env puts each PDS's databases and blobs in fresh folders under os.tmpdir(); pointing
// TMPDIR at one folder of ours lets shutdown remove them all.
const dataDir = await mkdtemp(join(tmpdir(), 'cadence-bluesky-'));
process.env.TMPDIR = dataDir;
// A schema of its own per run, so parallel runs can share one Postgres; letters only, as bsky requires.
const schema = `cadence_${[...randomBytes(12)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
const { default: devEnv } = await import('@atproto/dev-env');

// Without the AppView, dev-env points the PDS at https://appview.invalid and
// https://moderator.invalid; a closed loopback port keeps any forwarded call on this machine.
const nowhere = 'http://127.0.0.1:9';
const pdsConfig = appview
  ? { rateLimitsEnabled: rateLimits }
  : { rateLimitsEnabled: rateLimits, bskyAppViewUrl: nowhere, modServiceUrl: nowhere };

let network;
try {
  network = appview
    ? await devEnv.TestNetwork.create({ dbPostgresSchema: schema, pds: pdsConfig })
    : await devEnv.TestNetworkNoAppView.create({ pds: pdsConfig });
} catch (err) {
  await rm(dataDir, { recursive: true, force: true });
  fail(`the network did not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, 1);
}

const loopbackUrl = (port) => `http://${LOOPBACK}:${port}`;
const ready = { pdsUrl: loopbackUrl(network.pds.port), plcUrl: loopbackUrl(network.plc.port) };
if (appview) ready.appviewUrl = loopbackUrl(network.bsky.port);
process.stdout.write(`${JSON.stringify(ready)}\n`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // A hung close must not leave an orphan holding ports.
  setTimeout(() => process.exit(1), 15_000).unref();
  try {
    await network.close();
    if (appview) await dropSchemas();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}

// The AppView and Ozone each migrate their own schema; drop them so runs leave nothing behind.
async function dropSchemas() {
  const db = new devEnv.Database({ url: process.env.DB_POSTGRES_URL, schema: 'public' });
  try {
    await db.pool.query(`DROP SCHEMA IF EXISTS appview_${schema} CASCADE`);
    await db.pool.query(`DROP SCHEMA IF EXISTS ozone_${schema} CASCADE`);
  } finally {
    await db.close();
  }
}

process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

function fail(message, code) {
  process.stderr.write(`[start-network] ${message}\n`);
  process.exit(code);
}
