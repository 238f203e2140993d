// `npm run web -- [--port 5174] [--data-dir ./somewhere]`: Cadence in a browser, for development
// and headless machines. Secrets stay in memory; nothing here ships in the packaged app.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemClock } from '../core/clock';
import { createCore } from '../core/create-core';
import { memorySecretStore, SwitchableOnlineSignal, type Notifier } from '../core/ports';
import { readEndpointsFile } from './endpoints-file';
import { startWebServer } from './server';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `Usage: npm run web -- [--port <number>] [--data-dir <folder>] [--endpoints <json file>]

  --port       port on 127.0.0.1 (default: a free one)
  --data-dir   where Cadence keeps its data (default: $CADENCE_DATA_DIR or ./.cadence-data)
  --endpoints  where each network's API lives, for tests against fakes:
               {"x": {"api": "http://127.0.0.1:5001", "redirectPort": "18734"}, ...}`;

interface WebOptions {
  port: number;
  dataDir: string;
  endpoints: ReturnType<typeof readEndpointsFile> | undefined;
}

function parseOptions(): WebOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        'data-dir': { type: 'string' },
        endpoints: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, {
      cause: error,
    });
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not “${values.port}”.`);
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.CADENCE_DATA_DIR ?? '.cadence-data');
  const endpoints = values.endpoints === undefined ? undefined : readEndpointsFile(resolve(values.endpoints));
  return { port, dataDir, endpoints };
}

const consoleNotifier: Notifier = {
  notify: (notice) => console.log(`[cadence] ${notice.kind}: ${notice.title} — ${notice.body}`),
};

async function main(): Promise<void> {
  const { port, dataDir, endpoints } = parseOptions();
  const rendererDir = join(projectRoot, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built yet. Run `npm run build` first, then `npm run web` again.');
  }
  console.warn(
    '[cadence] Web mode keeps secrets (account tokens) in memory only: they are gone when this process stops.',
  );
  const core = createCore({
    clock: systemClock(),
    dataDir,
    migrationsFolder: join(projectRoot, 'src-main/core/db/migrations'),
    secrets: memorySecretStore(),
    online: new SwitchableOnlineSignal(true),
    notifier: consoleNotifier,
    endpoints,
    automaticBackups: true,
  });
  const server = await startWebServer({ core, rendererDir, port });
  console.log(`[cadence] Data folder: ${dataDir}`);
  console.log(`[cadence] Open ${server.url}`);
  console.log('[cadence] Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[cadence] ${signal}: stopping…`);
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`[cadence] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
