// `npm run web -- --endpoints <file>` points each network at the address the file names, so an
// end-to-end run can sign in to X at its fake, on a redirect port of its own; a file that is not
// such a map stops web mode with the reason.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_QUERY } from '../../src-main/web/access';
import { openInBrowser } from '../fakes/oauth-kit';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { startXFake } from '../fakes/x/x-fake';
import { freePort } from '../support/free-port';
import { tempDir } from '../support/temp-dir';

const ROOT = resolve(import.meta.dirname, '../..');
// Two levels below the root, as web mode expects to find the built renderer.
const WEB_CLI = resolve(ROOT, 'node_modules/.tmp/cadence-web-cli-endpoints.mjs');

beforeAll(async () => {
  await build({
    entryPoints: [resolve(ROOT, 'src-main/web/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: WEB_CLI,
    logLevel: 'warning',
  });
});

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startWeb(args: string[]): { child: ChildProcess; seen: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, [WEB_CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const seen = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk) => (seen.stdout += chunk));
  child.stderr!.on('data', (chunk) => (seen.stderr += chunk));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, seen };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

async function printedUrl(web: ReturnType<typeof startWeb>): Promise<URL> {
  await new Promise<void>((ready, fail) => {
    const look = () => {
      if (/Open (http\S+)/.test(web.seen.stdout)) return ready();
      if (web.child.exitCode !== null) return fail(new Error(`web mode stopped: ${web.seen.stderr}`));
      setTimeout(look, 50);
    };
    look();
  });
  return new URL(/Open (http\S+)/.exec(web.seen.stdout)![1]!);
}

function folder(): string {
  const data = tempDir('cadence-web-endpoints-');
  cleanups.push(data.cleanup);
  return data.dir;
}

describe('web mode’s --endpoints', () => {
  it('sends the X sign-in to the fake named in the file, on the redirect port it names', async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
    const fake = await startXFake({
      config: { app: { clientId: 'cadence-x-client', redirectUris: [redirectUri] } },
    });
    cleanups.push(() => fake.close());
    const dir = folder();
    const file = join(dir, 'endpoints.json');
    writeFileSync(
      file,
      JSON.stringify({ x: { api: fake.url, authorize: fake.authorizeUrl, redirectPort: String(port) } }),
    );
    const web = startWeb(['--port', '0', '--data-dir', join(dir, 'data'), '--endpoints', file]);
    const page = await printedUrl(web);
    const call = async (channel: string, input: unknown) => {
      const url = new URL(`/api/invoke/${channel}`, page);
      url.searchParams.set(TOKEN_QUERY, page.searchParams.get(TOKEN_QUERY)!);
      const reply = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const result = (await reply.json()) as { ok: boolean; value?: never; error?: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value!;
    };

    await call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const flow: { authorizeUrl: string; redirectUri: string; flowId: string } = await call(
      'channels.ownAppStart',
      { network: 'x' },
    );
    expect(flow.redirectUri).toBe(redirectUri);
    const back = await approveXAuthorization(flow.authorizeUrl, {
      clientId: 'cadence-x-client',
      redirectUri,
    });
    expect((await openInBrowser(back.redirect.toString())).status).toBe(200);
    const channels: Array<{ network: string; handle: string }> = await call('channels.list', null);
    expect(channels).toMatchObject([{ network: 'x', handle: '@cadencebakery' }]);
    expect(fake.violations).toEqual([]);
  }, 90_000);

  it('stops with the reason when the file is not a map of networks to addresses', async () => {
    const dir = folder();
    const file = join(dir, 'endpoints.json');
    writeFileSync(file, JSON.stringify({ myspace: { api: 'http://127.0.0.1:9' } }));
    const web = startWeb(['--port', '0', '--data-dir', join(dir, 'data'), '--endpoints', file]);
    expect(await exited(web.child)).toBe(1);
    expect(web.seen.stderr).toContain(`--endpoints: ${file} is not a map of networks to addresses`);

    writeFileSync(file, '{ not json');
    const again = startWeb(['--port', '0', '--data-dir', join(dir, 'data'), '--endpoints', file]);
    expect(await exited(again.child)).toBe(1);
    expect(again.seen.stderr).toContain(`--endpoints: could not read ${file} as JSON`);
  }, 90_000);
});
