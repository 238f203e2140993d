// The real renderer in headless Debian Chromium against a real core over web mode's bridge,
// opened past the first-run questions: what the render and app-ready figures measure in.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { systemClock } from '../../src-main/core/clock';
import { createCore, type Core } from '../../src-main/core/create-core';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { MIGRATIONS } from './figures';

const CHROMIUM = '/usr/bin/chromium';
const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The grids mark each commit of their chips with this once its frame is painted (use-painted-mark.ts). */
export const RENDER_MARK = 'cadence:calendar-rendered';

export interface CalendarInChromium {
  core: Core;
  tab: Page;
  url: string;
  close(): Promise<void>;
}

/** A core on `dataDir`, its web server, and a Chromium tab that has not loaded anything yet. */
export async function openCalendarInChromium(
  dataDir: string,
  timeZone: string,
  rendererDir = RENDERER,
): Promise<CalendarInChromium> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('the renderer is not built (run `npm run build`)');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}`);
  let server: WebServer | null = null;
  let browser: Browser | null = null;
  const core = createCore({
    clock: systemClock(),
    dataDir,
    migrationsFolder: MIGRATIONS,
    secrets: memorySecretStore(),
    online: new SwitchableOnlineSignal(true),
    notifier: new RecordingNotifier(),
    defaultTimeZone: timeZone,
  });
  const close = async () => {
    await browser?.close();
    await server?.close();
    await core.close();
  };
  try {
    // Past the first-run questions, straight to the calendar; weeks start on Sunday.
    await core.invoke('onboarding.skip', { weekStartsOn: 0 });
    server = await startWebServer({ core, rendererDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const context = await browser.newContext({
      timezoneId: timeZone,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    return { core, tab: await context.newPage(), url: server.url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
