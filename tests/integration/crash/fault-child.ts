// The core in a child process, driven by the fault run over JSON lines on stdin and stdout, so
// the run can SIGKILL it and start it again on the same data folder. Its clock is a manual
// one that moves only when the parent says (the parent's fakes share that time), so backoff
// and rate-limit waits cost no real time. It publishes to every network through the real
// connectors, X included, over real sockets. While the parent has it offline, every new
// connection goes to a closed port and is refused, as a laptop without a network would see.
// Armed by the parent, it kills itself right after a publish was answered and before the
// answer is written: the moment when the post exists but the database does not know it.
// The parent starts each process ahead of need and boots the core in it when the last one died,
// so a restart does not wait for the packages to load.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Network } from '../../../src-main/shared/entities';
import { ManualClock } from '../../../src-main/core/clock';
import { secretKeyFor } from '../../../src-main/core/connectors/account-directory';
import type { Connector, ConnectorContext } from '../../../src-main/core/connectors/connector';
import { defaultConnectors } from '../../../src-main/core/connectors/registry';
import { xConnector } from '../../../src-main/core/connectors/x/x-connector';
import { createCore } from '../../../src-main/core/create-core';
import { RecordingNotifier, SwitchableOnlineSignal } from '../../../src-main/core/ports';
import type { ChildReply, ChildRequest, TargetRow } from './child-protocol';
import { fileSecretStore } from '../../support/file-secret-store';

const env = process.env;
/** Publishes still to answer before the process kills itself; 0 when not armed. */
let crashAfterPublishes = 0;

function crashingAfterSend(connector: Connector): Connector {
  return {
    ...connector,
    async publish(account, post) {
      const published = await connector.publish(account, post);
      if (crashAfterPublishes > 0 && --crashAfterPublishes === 0) {
        // Synchronous, so the line is in the pipe before the process dies.
        writeSync(1, `${JSON.stringify({ event: 'crash-after-send', network: connector.network })}\n`);
        process.kill(process.pid, 'SIGKILL');
      }
      return published;
    },
  };
}

/** The core on the data folder, with its clock at `now`: everything a restart redoes. */
function boot(now: number) {
  const clock = new ManualClock(now);
  const online = new SwitchableOnlineSignal(true);
  const refused = `http://127.0.0.1:${env.FAULT_CLOSED_PORT}/`;
  const ctx: ConnectorContext = {
    clock,
    fetch: (input, init) =>
      online.isOnline() ? globalThis.fetch(input, init) : globalThis.fetch(refused, { signal: init?.signal }),
    requestTimeoutMs: 15_000,
    endpoints: { x: { api: env.FAULT_X_API!, authorize: `${env.FAULT_X_API!}/i/oauth2/authorize` } },
  };
  const connectors: Partial<Record<Network, Connector>> = {
    ...defaultConnectors(ctx),
    x: xConnector(ctx, { mediaWait: { maxPollMs: 5, maxWaitMs: 5_000 } }),
  };
  for (const [network, connector] of Object.entries(connectors)) {
    connectors[network as Network] = crashingAfterSend(connector);
  }
  const secrets = fileSecretStore(`${env.CADENCE_DATA_DIR!}/test-secrets.json`);
  const core = createCore({
    clock,
    dataDir: env.CADENCE_DATA_DIR!,
    migrationsFolder: env.CADENCE_MIGRATIONS!,
    secrets,
    online,
    notifier: new RecordingNotifier(),
    defaultTimeZone: 'America/New_York',
    connectors,
    inboxSync: false,
  });
  const targetsWhere = (where: string) =>
    core.database.sqlite.prepare(`
      select t.id as targetId, c.network as network, t.state as state, t.next_attempt_at as nextAttemptAt,
             t.attempt_count as attempts, t.last_error as lastError, p.body as text
      from post_targets t join posts p on p.id = t.post_id join channels c on c.id = t.channel_id
      where ${where} order by t.id`);
  const queries = {
    unsettled: targetsWhere(UNSETTLED),
    'awaiting-owner': targetsWhere(AWAITING_OWNER),
    all: targetsWhere('1 = 1'),
  };
  return { clock, online, core, queries, secrets };
}

const UNSETTLED = `not (t.state in ('published', 'failed', 'missed') or (t.state = 'unknown' and t.next_attempt_at is null))`;
const AWAITING_OWNER = `t.state = 'unknown' and t.next_attempt_at is null`;
let booted: ReturnType<typeof boot> | null = null;

async function idle({ core, clock }: ReturnType<typeof boot>): Promise<ChildReply> {
  await core.whenIdle();
  return { now: clock.now(), nextDueAt: clock.nextDueAt() };
}

async function handle(request: ChildRequest): Promise<ChildReply> {
  if (request.op === 'boot') {
    booted = boot(request.now);
    return {};
  }
  if (!booted) throw new Error(`${request.op} before boot`);
  const { core, clock, online, queries } = booted;
  switch (request.op) {
    case 'call': {
      const result = await core.invoke(request.channel as never, request.input);
      return result.ok ? { value: result.value } : { error: result.error };
    }
    case 'idle':
      return idle(booted);
    case 'set':
      clock.set(request.to);
      return idle(booted);
    case 'online':
      online.set(request.online);
      return {};
    case 'arm-crash':
      crashAfterPublishes = request.afterPublishes;
      return {};
    case 'targets':
      return { targets: queries[request.which].all() as TargetRow[] };
    case 'reconnect': {
      // As Settings keeps a new sign-in: the secret in the keychain, the channel connected again.
      const sqlite = core.database.sqlite;
      const { id } = sqlite.prepare('select id from channels where network = ?').get(request.network) as {
        id: string;
      };
      await booted.secrets.set(secretKeyFor(id), request.secret);
      sqlite
        .prepare(`update channels set connection = 'connected', updated_at = ? where id = ?`)
        .run(clock.now(), id);
      return {};
    }
    case 'close':
      await core.close();
      setImmediate(() => process.exit(0));
      return {};
  }
}

function send(message: object): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const request = JSON.parse(line) as ChildRequest & { id: number };
  handle(request).then(
    (reply) => send({ id: request.id, ...reply }),
    (error: unknown) =>
      send({ id: request.id, failure: error instanceof Error ? error.stack : String(error) }),
  );
});
// Loaded: a restart now costs only the boot, which the parent asks for when it needs the core.
send({ event: 'loaded' });
