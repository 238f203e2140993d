// Runs the real renderer in Debian's Chromium against the real core, through web mode's
// HTTP bridge: the closest thing to the desktop app a machine without Electron can run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ManualClock } from '../../../src-main/core/clock';
import type { Core, CoreOptions } from '../../../src-main/core/create-core';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../src-main/shared/contract';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { tempDir } from '../../support/temp-dir';
import { startTestCore, type TestCore } from '../../support/test-core';

/** Debian's Chromium, or the Chromium-based browser CHROMIUM_PATH names (as on CI runners). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RENDERER_DIR = resolve(__dirname, '../../../out/renderer');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface StartAppOptions {
  /** The core's clock; the browser's clock starts at the same instant. Defaults to startTestCore's. */
  clock?: ManualClock;
  /** The business time zone: the new profile's zone and the browser's own. */
  timeZone?: string;
  /**
   * Show the first-run questions, as a new owner sees them. Off by default: other tests start
   * past them, as if the owner had chosen "Skip for now" (weeks starting on Sunday, as in en-US).
   */
  firstRun?: boolean;
  /** The browser's language (navigator.language), which Cadence speaks until told otherwise. Defaults to en-US. */
  locale?: string;
  /** Where each network's API lives: the fakes (CoreOptions.endpoints). */
  endpoints?: CoreOptions['endpoints'];
  /** Which addresses link cards may be read from: tests serve their pages on loopback, which the app refuses. */
  linkCardGuard?: CoreOptions['linkCardGuard'];
  /**
   * A browser to open the app in, in a context of its own, for tests that each start an app: it
   * outlives the app, and whoever launched it closes it. By default the app launches its own.
   */
  browser?: Browser;
}

export class AppHarness {
  /** Uncaught page errors and console errors (CSP violations included), for tests to assert on. */
  readonly browserErrors: string[] = [];

  private constructor(
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly dataDir: string,
    readonly timeZone: string,
    private running: TestCore,
    private server: WebServer,
    private readonly cleanupDataDir: () => void,
    /** What the core is started with, again on a restart. */
    private readonly coreChoices: Pick<StartAppOptions, 'endpoints' | 'linkCardGuard'>,
    private readonly ownsBrowser: boolean,
  ) {
    page.on('pageerror', (error) => this.browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.browserErrors.push(message.text());
    });
  }

  static async start(options: StartAppOptions = {}): Promise<AppHarness> {
    assertPrerequisites();
    const timeZone = options.timeZone ?? 'America/New_York';
    const data = tempDir('cadence-e2e-');
    let running: TestCore | null = null;
    let server: WebServer | null = null;
    let browser: Browser | null = null;
    let context: BrowserContext | null = null;
    try {
      running = startTestCore({
        dataDir: data.dir,
        clock: options.clock,
        timeZone,
        endpoints: options.endpoints,
        linkCardGuard: options.linkCardGuard,
      });
      if (!options.firstRun) await running.call('onboarding.skip', { weekStartsOn: 0 });
      server = await startWebServer({ core: running.core, rendererDir: RENDERER_DIR });
      browser = options.browser ?? (await launchChromium());
      context = await browser.newContext({ timezoneId: timeZone, locale: options.locale ?? 'en-US' });
      const page = await context.newPage();
      const harness = new AppHarness(
        browser,
        context,
        page,
        data.dir,
        timeZone,
        running,
        server,
        data.cleanup,
        { endpoints: options.endpoints, linkCardGuard: options.linkCardGuard },
        !options.browser,
      );
      await harness.syncBrowserClock();
      await harness.open();
      return harness;
    } catch (error) {
      await (options.browser ? context?.close() : browser?.close());
      await server?.close();
      await running?.core.close();
      data.cleanup();
      throw error;
    }
  }

  get core(): Core {
    return this.running.core;
  }

  get clock(): ManualClock {
    return this.running.clock;
  }

  /** The current core with its test helpers (online signal, recorded notices). */
  get testCore(): TestCore {
    return this.running;
  }

  /** The address the page opens, token included; changes on every restart. */
  get url(): string {
    return this.server.url;
  }

  /** Calls the core directly, behind the UI's back: for arranging data and checking what was stored. */
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
    return this.running.call(channel, input);
  }

  /** Loads the app page from the current server. */
  async open(): Promise<void> {
    await this.page.goto(this.server.url, { waitUntil: 'load' });
  }

  /**
   * Sets the browser's clock to the core's current instant; time then flows normally from there.
   * Call it after moving the ManualClock so that "today" agrees on both sides.
   */
  async syncBrowserClock(): Promise<void> {
    await this.context.clock.setSystemTime(this.running.clock.now());
  }

  /**
   * Quits and relaunches the app: the page is left first (as the window closes before the core
   * stops, so its unload handlers still reach a live core), then the server and the core stop and
   * start again on the same data folder with the same clock, and the new address opens.
   */
  async restartCore(): Promise<void> {
    const clock = this.running.clock;
    await this.page.goto('about:blank');
    await this.server.close();
    await this.running.core.close();
    this.running = startTestCore({
      dataDir: this.dataDir,
      clock,
      timeZone: this.timeZone,
      ...this.coreChoices,
    });
    this.server = await startWebServer({ core: this.running.core, rendererDir: RENDERER_DIR });
    await this.open();
  }

  /** Closes the browser (or the app's context of a shared one), the server and the core, and deletes the data folder. */
  async close(): Promise<void> {
    try {
      await (this.ownsBrowser ? this.browser.close() : this.context.close());
      await this.server.close();
      await this.running.core.close();
    } finally {
      this.cleanupDataDir();
    }
  }
}

/** Launches Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Opens the app in Chromium on an empty data folder. */
export function startApp(options: StartAppOptions = {}): Promise<AppHarness> {
  return AppHarness.start(options);
}

function assertPrerequisites(): void {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${RENDERER_DIR}/index.html is missing). Run \`npm run build\` before the e2e tests.`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install Debian's package (\`sudo apt-get install chromium\`), or set CHROMIUM_PATH to a Chromium or Chrome.`,
    );
  }
}
