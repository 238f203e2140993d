// The delay from a post's due time to its request reaching the network, through the real
// core, timer and webhook connector with the system clock, against a receiver on loopback.
// Posts are scheduled normally, then their instant is moved a second or two ahead in the
// database (the composer schedules to the minute, and a bench should not wait for minutes).
import { createServer, type Server } from 'node:http';
import { systemClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { tempDir } from '../support/temp-dir';
import { median, MIGRATIONS, round, type Figure } from './figures';

const POSTS = 20;
const ZONE = 'America/New_York';

function receiver(arrivals: Map<string, number>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const arrivedAt = Date.now();
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const parsed = JSON.parse(body) as { id?: string; type?: string };
      if (parsed.id) arrivals.set(parsed.id, arrivedAt);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/hook` });
    }),
  );
}

export async function measurePublishDelay(): Promise<Figure[]> {
  const { dir: dataDir, cleanup } = tempDir('cadence-bench-delay-');
  const arrivals = new Map<string, number>();
  const { server, url } = await receiver(arrivals);
  const core = createCore({
    clock: systemClock(),
    dataDir,
    migrationsFolder: MIGRATIONS,
    secrets: memorySecretStore(),
    online: new SwitchableOnlineSignal(true),
    notifier: new RecordingNotifier(),
    defaultTimeZone: ZONE,
  });
  const call = async (channel: string, input: unknown) => {
    const result = await core.invoke(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string; targets: Array<{ id: string }> };
  };
  try {
    const channel = await call('channels.connect', {
      network: 'webhook',
      url,
      signingSecret: 'bench-secret-0123456789',
    });
    const due = new Map<string, number>();
    const start = Date.now() + 1_500;
    for (let i = 0; i < POSTS; i++) {
      const post = await call('posts.create', { body: `Delay probe ${i}`, channelIds: [channel.id] });
      await call('posts.schedule', {
        id: post.id,
        local: localStringAt(Date.now() + 3_600_000, ZONE),
        timeZone: ZONE,
      });
      const at = start + i * 150;
      core.database.sqlite.prepare('update posts set scheduled_at = ? where id = ?').run(at, post.id);
      due.set(post.targets[0]!.id, at);
    }
    core.wake('scheduled');
    const deadline = Date.now() + 30_000;
    while (arrivals.size < POSTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const delays = [...due].flatMap(([targetId, at]) => {
      const arrived = arrivals.get(targetId);
      return arrived === undefined ? [] : [arrived - at];
    });
    if (delays.length < POSTS) throw new Error(`only ${delays.length} of ${POSTS} posts arrived`);
    return [
      {
        metric: 'publish_delay_due_to_request',
        value: round(median(delays), 1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        goal: 'report',
        detail: `median of ${POSTS} posts, max ${Math.max(...delays)} ms, webhook on loopback, system clock`,
      },
    ];
  } finally {
    await core.close();
    server.close();
    cleanup();
  }
}
