// The desktop app itself, in Electron through playwright's Electron driver: the built app opens
// its window on an empty data folder, a post is created and scheduled there, the tray shows it,
// and after quitting and starting again the post is still there. Runs wherever Electron's
// binary is installed (the CI workflow runs it on Windows, macOS and Linux); where it is not,
// every test is skipped with the reason.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_HOOKS_GLOBAL, TEST_HOOKS_VARIABLE, type TestHooks } from '../../src-main/test-hooks';
import type { TrayShown } from '../../src-main/tray';
import { tempDir, type TempDir } from '../support/temp-dir';
import { electronBinary } from '../tools/electron-binary.mjs';
import { AppPage } from './pages/app-page';
import { CalendarPage } from './pages/calendar-page';
import { ComposerPage } from './pages/composer-page';
import { OnboardingPage } from './pages/onboarding-page';

const ROOT = resolve(import.meta.dirname, '../..');
const BINARY = electronBinary();
const SKIP_REASON = BINARY
  ? null
  : "Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed): " +
    'the desktop smoke test runs where it is, as in the CI workflow on Windows, macOS and Linux';
const TEXT = 'Sourdough Saturday: the first loaves are out at 8';
const CHANNEL = 'Corner Bakery';

let data: TempDir;
let running: { app: ElectronApplication; window: Page } | null = null;
/** Three days from today on this machine's calendar (the app's business zone is this machine's). */
const day = localDate(new Date(Date.now() + 3 * 86_400_000));

beforeEach((context) => {
  if (SKIP_REASON) context.skip(SKIP_REASON);
});

beforeAll(() => {
  if (SKIP_REASON) return;
  if (!existsSync(resolve(ROOT, 'out/main/index.js'))) {
    throw new Error('The app is not built (out/main/index.js is missing). Run `npm run build` first.');
  }
  data = tempDir('cadence-desktop-');
});

afterAll(async () => {
  await running?.app.close();
  data?.cleanup();
});

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Starts the built app on the test's data folder and waits for its window. */
async function launch(): Promise<Page> {
  // npm test runs vitest as Electron's Node; the app itself must start as Electron.
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  }
  const app = await _electron.launch({
    executablePath: BINARY!,
    // Linux CI runners cannot give Chromium its sandbox (no setuid helper, no user namespaces).
    args: [...(process.platform === 'linux' ? ['--no-sandbox'] : []), ROOT],
    cwd: ROOT,
    env: { ...env, CADENCE_DATA_DIR: data.dir, [TEST_HOOKS_VARIABLE]: '1' },
  });
  const window = await app.firstWindow();
  running = { app, window };
  return window;
}

/** Quits as the owner does (the app menu or Cmd+Q): main closes the core, then exits. */
async function quit(): Promise<void> {
  const { app } = running!;
  running = null;
  await app.close();
}

function trayShown(): Promise<TrayShown | null> {
  return running!.app.evaluate(
    (_electron, name) =>
      (globalThis as unknown as Record<string, TestHooks | undefined>)[name]?.tray() ?? null,
    TEST_HOOKS_GLOBAL,
  );
}

function visibleWindows(): Promise<boolean[]> {
  return running!.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => window.isVisible()),
  );
}

describe('the desktop app', () => {
  it('opens its window on an empty data folder, with the first-run questions', async () => {
    const window = await launch();
    await expect.poll(visibleWindows).toEqual([true]);
    const onboarding = new OnboardingPage(window);
    await onboarding.heading.filter({ hasText: 'Welcome to Cadence' }).waitFor();
    await onboarding.skip();
    await new AppPage(window).waitUntilLoaded();
    await new CalendarPage(window).emptyState.waitFor();
  });

  it('creates a post and schedules it', async () => {
    const { window } = running!;
    const shell = new AppPage(window);
    const settings = await shell.goTo('Settings');
    await settings.addChannel({ network: 'Bluesky', name: CHANNEL, handle: 'cornerbakery.bsky.social' });
    await settings.channel(CHANNEL).waitFor();

    await shell.newPost();
    const composer = new ComposerPage(window);
    await composer.waitUntilLoaded();
    await composer.write(TEXT);
    await composer.pickChannel(CHANNEL);
    await composer.waitUntilSaved();
    await composer.schedule(day, '09:00');
    await composer.scheduledSummary.waitFor();
    await expect.poll(() => composer.alerts.allTextContents()).toEqual([]);
  });

  it('has a tray icon that shows the scheduled post', async () => {
    await expect.poll(async () => (await trayShown())?.menu[0]).toMatch(/^Next post: /);
    const shown = await trayShown();
    expect(shown?.menu).toEqual(expect.arrayContaining(['1 post queued', 'Open Cadence', 'Quit Cadence']));
    expect(shown?.toolTip).toMatch(/^Cadence\nNext post: /);
  });

  it('still has the post, scheduled, after quitting and starting again', async () => {
    await quit();
    const window = await launch();
    await new AppPage(window).waitUntilLoaded();
    const calendar = new CalendarPage(window);
    await calendar.waitUntilLoaded();
    await calendar.show('Month');
    await calendar.goToMonth(day.slice(0, 7));
    // The chip's accessible name: its time, text, channel and status.
    const chip = `09:00, ${TEXT}, Bluesky: ${CHANNEL}, Scheduled`;
    await calendar.day(day).getByRole('button', { name: chip, exact: true }).waitFor();
    await expect.poll(async () => (await trayShown())?.menu[0]).toMatch(/^Next post: /);
  });
});
