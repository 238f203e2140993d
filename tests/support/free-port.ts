// A port on 127.0.0.1 nothing listens on right now, for sign-ins whose redirect port is fixed
// (X's 8734, Meta's 8735): tests override it so parallel runs never meet on one port.
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
