// @atproto/api holds about 30 MB: a core that starts, answers the calendar and sits idle must not
// load it, and the first Bluesky sign-in loads it (npm run bench measures the idle memory this
// keeps low). The sign-in goes to a local server that drops the connection, so nothing leaves
// the machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

const loads = vi.hoisted(() => ({ api: 0 }));
vi.mock('@atproto/api', async (importOriginal) => {
  loads.api++;
  return importOriginal();
});

let running: TestCore | undefined;
let server: Server | undefined;
const data = tempDir();
afterEach(async () => {
  await running?.core.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  data.cleanup();
});

it('loads the Bluesky library only when a Bluesky channel is first used', async () => {
  running = startTestCore({ dataDir: data.dir });
  const { core } = running;
  expect((await core.invoke('posts.create', { body: 'Text only' })).ok).toBe(true);
  expect((await core.invoke('calendar.range', { from: 0, to: 30 * 86_400_000 })).ok).toBe(true);
  await core.whenIdle();
  expect(loads.api).toBe(0);

  server = createServer((request) => request.socket.destroy());
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const connected = await core.invoke('channels.connect', {
    network: 'bluesky',
    serviceUrl: `http://127.0.0.1:${port}`,
    identifier: 'bakery.test',
    appPassword: 'abcd-efgh-ijkl-mnop',
  });
  expect(connected.ok).toBe(false);
  expect(loads.api).toBe(1);
});
