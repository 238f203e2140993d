// The desktop behaviour of the real main entry, on the fake Electron with a real core: closing
// the window keeps Cadence in the tray (explained once), real quits, resume and notifications.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ClockModule from '../../src-main/core/clock';
import type * as CreateCore from '../../src-main/core/create-core';
import type { Core } from '../../src-main/core/create-core';
import { invokeCore } from '../../src-main/invoke-core';
import { ScriptedConnector } from '../support/scripted-connector';
import { SleepingClock } from '../support/sleeping-clock';
import { MIGRATIONS_FOLDER } from '../support/test-core';
import { MINUTE } from '../support/time';
import { bootMain, shutDownBooted, type BootedMain } from './boot-main';
import type { FakeBrowserWindow } from './fake-electron';

// The main entry runs on this clock and these networks instead of the system's.
const world = vi.hoisted(() => ({
  clock: null as SleepingClock | null,
  webhook: null as ScriptedConnector | null,
  cores: [] as Core[],
}));

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
vi.mock('../../src-main/core/clock', async (importOriginal) => {
  const real = await importOriginal<typeof ClockModule>();
  return { ...real, systemClock: () => world.clock ?? real.systemClock() };
});
vi.mock('../../src-main/core/create-core', async (importOriginal) => {
  const real = await importOriginal<typeof CreateCore>();
  return {
    ...real,
    createCore: (options: Parameters<typeof real.createCore>[0]) => {
      const core = real.createCore({
        ...options,
        migrationsFolder: MIGRATIONS_FOLDER,
        defaultTimeZone: 'America/New_York',
        connectors: { webhook: world.webhook! },
      });
      world.cores.push(core);
      return core;
    },
  };
});

// Wednesday 2026-11-25, 08:00 in New York.
const EIGHT_AM = Date.parse('2026-11-25T13:00:00Z');
const NINE_AM = Date.parse('2026-11-25T14:00:00Z');

beforeEach(() => {
  world.clock = new SleepingClock(EIGHT_AM);
  world.webhook = new ScriptedConnector('webhook', world.clock);
  world.cores.length = 0;
});
afterEach(shutDownBooted);

/** The app's window, once the renderer is ready and it has shown itself. */
function windowOf(booted: BootedMain): FakeBrowserWindow {
  const window = booted.electron.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was opened');
  if (!window.isVisible()) window.emit('ready-to-show');
  return window;
}

function coreOf(): Core {
  const core = world.cores.at(-1);
  if (!core) throw new Error('no core was started');
  return core;
}

async function settings() {
  const read = await invokeCore(coreOf(), 'settings.get', undefined);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** A post on a connected webhook channel, due at 09:00 New York time. */
async function scheduleNineAm(core: Core): Promise<string> {
  const channel = await invokeCore(core, 'channels.connect', {
    network: 'webhook',
    url: 'http://127.0.0.1:9/hook',
    signingSecret: 'a-signing-secret-0123',
  });
  if (!channel.ok) throw new Error(channel.error.message);
  const draft = await invokeCore(core, 'posts.create', {
    body: 'Fresh bread at nine',
    channelIds: [channel.value.id],
  });
  if (!draft.ok) throw new Error(draft.error.message);
  const scheduled = await invokeCore(core, 'posts.schedule', {
    id: draft.value.id,
    local: '2026-11-25T09:00',
    timeZone: 'America/New_York',
  });
  if (!scheduled.ok) throw new Error(scheduled.error.message);
  await core.whenIdle();
  return scheduled.value.id;
}

describe('closing the window', () => {
  it('hides it and keeps running, explaining the tray the first time only, across restarts', async () => {
    const first = await bootMain();
    const window = windowOf(first);
    window.close();
    await vi.waitFor(() => expect(window.hide).toHaveBeenCalled());
    expect(window.isDestroyed()).toBe(false);
    expect(first.electron.app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(first.electron.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(first.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Cadence is still running in the tray so your scheduled posts go out.',
        detail: 'You can change this in Settings.',
      }),
    );
    expect(await settings()).toMatchObject({ closeToTray: true, closeToTrayExplained: true });

    first.electron.Tray.instances[0]!.clickItem('Open Cadence');
    expect(window.isVisible()).toBe(true);
    window.close();
    await vi.waitFor(() => expect(window.hide).toHaveBeenCalledTimes(2));
    expect(first.electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    await first.quit();

    // The setting was saved in the database: a restart does not explain again.
    const second = await bootMain({ dataDir: first.dataDir });
    const again = windowOf(second);
    again.close();
    await vi.waitFor(() => expect(again.hide).toHaveBeenCalled());
    expect(second.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(second.electron.app.exited).toBe(false);
  });

  it('quits when the owner turned closeToTray off', async () => {
    const booted = await bootMain();
    const turnedOff = await invokeCore(coreOf(), 'settings.update', { closeToTray: false });
    expect(turnedOff.ok).toBe(true);
    const window = windowOf(booted);
    const core = coreOf();
    window.close();
    await vi.waitFor(() => expect(booted.electron.app.exited).toBe(true));
    expect(window.isDestroyed()).toBe(true);
    expect(window.hide).not.toHaveBeenCalled();
    expect(booted.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(core.database.sqlite.open).toBe(false);
  });

  it('with closeToTray off and a post due, asks "Will it go out?" first, as quitting does', async () => {
    const booted = await bootMain();
    const core = coreOf();
    await invokeCore(core, 'settings.update', { closeToTray: false });
    await scheduleNineAm(core);
    const window = windowOf(booted);
    const { dialog } = booted.electron;
    // The owner stays: the window stays open and Cadence keeps running.
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window.close();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    const asked = dialog.showMessageBox.mock.calls[0]!.at(-1) as { message: string; buttons: string[] };
    expect(asked.message).toBe('1 post due in the next 24 h needs Cadence running: 9:00.');
    expect(asked.buttons.at(-1)).toBe('Quit anyway');
    await vi.waitFor(() => expect(booted.electron.powerSaveBlocker.held.size).toBe(1));
    expect(window.isDestroyed()).toBe(false);
    expect(booted.electron.app.exited).toBe(false);

    // Asked again, the owner quits anyway: the window closes and Cadence stops.
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window.close();
    await vi.waitFor(() => expect(booted.electron.app.exited).toBe(true));
    expect(window.isDestroyed()).toBe(true);
    expect(core.database.sqlite.open).toBe(false);
  });

  it('the dock icon (macOS activate) and a second launch bring the hidden window back', async () => {
    const booted = await bootMain();
    const window = windowOf(booted);
    window.close();
    await vi.waitFor(() => expect(window.hide).toHaveBeenCalled());
    expect(window.isVisible()).toBe(false);

    booted.electron.app.emit('activate');
    expect(window.isVisible()).toBe(true);
    window.hide();
    booted.electron.app.emit('second-instance');
    expect(window.isVisible()).toBe(true);
    expect(booted.electron.BrowserWindow.instances).toHaveLength(1);
  });
});

describe('quitting', () => {
  it('"Quit Cadence" in the tray really quits, even with the window hidden, and closes the core', async () => {
    const booted = await bootMain();
    const window = windowOf(booted);
    const core = coreOf();
    window.close();
    await vi.waitFor(() => expect(window.hide).toHaveBeenCalled());

    booted.electron.Tray.instances[0]!.clickItem('Quit Cadence');
    await vi.waitFor(() => expect(booted.electron.app.exited).toBe(true));
    expect(window.isDestroyed()).toBe(true);
    expect(core.database.sqlite.open).toBe(false);
    expect(booted.electron.Tray.instances[0]!.destroyed).toBe(true);
  });

  it('Cmd+Q (app.quit with the window open) closes the window without hiding it', async () => {
    const booted = await bootMain();
    const window = windowOf(booted);
    booted.electron.app.quit();
    await vi.waitFor(() => expect(booted.electron.app.exited).toBe(true));
    expect(window.hide).not.toHaveBeenCalled();
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('system wake', () => {
  it('publishes a post that fell due while the laptop slept as soon as the system resumes', async () => {
    const booted = await bootMain();
    const core = coreOf();
    const postId = await scheduleNineAm(core);
    windowOf(booted).close();

    // The lid closes at 08:00 and opens at 09:30: the timer, like Node's, has not fired.
    world.clock!.sleep(NINE_AM + 30 * MINUTE - EIGHT_AM);
    await core.whenIdle();
    expect(world.webhook!.publishes).toHaveLength(0);

    booted.electron.powerMonitor.emit('resume');
    await core.whenIdle();
    expect(world.webhook!.publishes).toHaveLength(1);
    const post = await invokeCore(core, 'posts.get', { id: postId });
    expect(post.ok && post.value.status).toBe('published');
  });

  it('also catches up on unlock, and a click on the missed-post notice opens the window', async () => {
    const booted = await bootMain();
    const core = coreOf();
    await scheduleNineAm(core);
    const window = windowOf(booted);
    window.close();
    await vi.waitFor(() => expect(window.hide).toHaveBeenCalled());

    // Asleep for a day: far beyond the two-hour grace window, so the post is held as missed.
    world.clock!.sleep(24 * 60 * MINUTE);
    booted.electron.powerMonitor.emit('unlock-screen');
    await core.whenIdle();
    expect(world.webhook!.publishes).toHaveLength(0);
    const notice = booted.electron.Notification.instances.at(-1);
    expect(notice?.options).toMatchObject({ title: 'A post was missed', urgency: 'critical' });

    notice!.emit('click');
    expect(window.isVisible()).toBe(true);
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('tray', () => {
  it('is created at start and shows what the real core has queued', async () => {
    const booted = await bootMain();
    const tray = booted.electron.Tray.instances[0]!;
    await vi.waitFor(() => expect(tray.labels[0]).toBe('Nothing scheduled'));
    await scheduleNineAm(coreOf());
    await vi.waitFor(() =>
      expect(tray.labels.slice(0, 3)).toEqual([
        'Next post: Wed 09:00',
        'Next 24 h: 1 post · 1 needs Cadence running at 9:00',
        '1 post queued',
      ]),
    );
    expect(tray.image).toMatchObject({ source: expect.stringMatching(/resources[\\/]tray-icon\.png$/) });
    expect((tray.image as { isEmpty(): boolean }).isEmpty()).toBe(false);
  });
});
